/**
 * A page under a strict Content-Security-Policy with Trusted Types (no inline script or style, no eval,
 * only `lit-html`'s policy) runs a whole sign-in with no violation. The page and its bundle are served by the
 * test server under /__csp__/ with that policy; it reports back by postMessage.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetSim, sim } from '../helpers/sim.js';

interface CspResult {
  kind: 'csp-result';
  success: boolean;
  error?: string;
  violations: string[];
  rejections: string[];
}

describe('<okta-verify-signin> under a strict CSP with Trusted Types', () => {
  beforeEach(resetSim);

  it('signs in with a code and with a push: zero policy violations, zero unhandled rejections', async () => {
    await sim.setSettings({ pollRefreshMs: 150 });
    const result = new Promise<CspResult>((resolve) =>
      window.addEventListener('message', function listen(e: MessageEvent<CspResult>) {
        if (e.data?.kind !== 'csp-result') return;
        window.removeEventListener('message', listen);
        resolve(e.data);
      }),
    );
    await fixture(html`<iframe src="/__csp__/index.html" title="strict CSP page"></iframe>`);
    const { success, error, violations, rejections } = await result;
    expect(violations).to.deep.equal([]);
    expect(rejections).to.deep.equal([]);
    expect(success, error).to.equal(true);
  });
});
