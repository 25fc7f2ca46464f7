/**
 * The flow's chunk that cannot be loaded (offline) when the widget appears: the first step is there, the
 * banner says the network failed, and "Try again" loads the chunk and starts the sign-in. In a page of its
 * own (a test file is one page), so that nothing has loaded the chunk before.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { CLIENT_ID, ISSUER, resetSim } from '../helpers/sim.js';
import { signInWithPassword, waitFor } from '../helpers/widget.js';

describe('the flow chunk offline', () => {
  beforeEach(resetSim);

  it('the first step shows, the banner offers "Try again", which starts the sign-in', async () => {
    await executeServerCommand('block-requests', { pattern: 'signin-kit' });
    try {
      const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
      const banner = () => el.shadowRoot!.querySelector<HTMLElement>('[part=error]');
      await waitUntil(() => banner(), 'the network banner', { timeout: 8000 });
      expect(el.step).to.equal('identify');
      expect(el.querySelector('input[name=username]'), 'the first step stays usable').to.exist;
      await executeServerCommand('block-requests', { pattern: 'signin-kit', off: true });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!.click();
      await waitUntil(() => !banner() && !el.starting, 'the sign-in started', { timeout: 8000 });
      await signInWithPassword(el, 'verified@example.com');
      await waitFor(el, 'choose-authenticator');
    } finally {
      await executeServerCommand('block-requests', { pattern: 'signin-kit', off: true });
    }
  });
});
