/**
 * A page under a strict Content-Security-Policy with Trusted Types (no inline script or style, no eval,
 * only `lit-html`'s policy) runs a whole sign-in with no violation. The page and its bundle are served by the
 * test server under /__csp__/ with that policy; it reports back by postMessage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetSim } from '../helpers/sim.js';

interface CspResult {
  kind: 'csp-result';
  success: boolean;
  error?: string;
  violations: string[];
}

describe('<okta-verify-signin> under a strict CSP with Trusted Types', () => {
  beforeEach(resetSim);

  it('signs in with a code with zero securitypolicyviolation events', async () => {
    const result = new Promise<CspResult>((resolve) =>
      window.addEventListener('message', function listen(e: MessageEvent<CspResult>) {
        if (e.data?.kind !== 'csp-result') return;
        window.removeEventListener('message', listen);
        resolve(e.data);
      }),
    );
    await fixture(html`<iframe src="/__csp__/index.html" title="strict CSP page"></iframe>`);
    const { success, error, violations } = await result;
    expect(violations).to.deep.equal([]);
    expect(success, error).to.equal(true);
  });
});
