/** The widget's error banner: its words and its button say the same way forward, whatever failed. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import type { IdxClient, OktaVerifySignin } from '../../src/index.js';

/** A client whose first request fails with `error`. */
const failing = (error: unknown): IdxClient => ({ idx: { start: () => Promise.reject(error), proceed: () => Promise.reject(error) } });

async function banner(client?: IdxClient): Promise<{ text: string; button: string }> {
  const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin optimistic="false" .authClient=${client}></okta-verify-signin>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'the banner', { timeout: 3000 });
  const part = el.shadowRoot!.querySelector('[part=error]')!;
  return { text: part.querySelector('span')!.textContent!.trim(), button: part.querySelector('[part=error-action]')!.textContent!.trim() };
}

describe('<okta-verify-signin> error banner', () => {
  it('an unknown failure only a new start gets past says "Start over", as its button does', async () => {
    const { text, button } = await banner(failing(new Error('boom')));
    expect(button).to.equal('Start over');
    expect(text).to.contain('Start over');
    expect(text).to.not.contain('Try again');
  });

  it('a refused request (400 with Okta\'s body) says "Try again", as its button does', async () => {
    const { text, button } = await banner(failing({ name: 'AuthApiError', errorSummary: 'Api validation failed', xhr: { status: 400 } }));
    expect(button).to.equal('Try again');
    expect(text).to.contain('Try again');
  });

  it('a widget that is not set up says so, with "Start over"', async () => {
    const { text, button } = await banner();
    expect(button).to.equal('Start over');
    expect(text).to.contain('not set up correctly');
  });
});
