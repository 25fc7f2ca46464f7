/**
 * Okta's own messages in the widget's language: every request the widget's okta-auth-js client sends carries
 * `Accept-Language` with the language the widget shows, kept current as `lang` changes, and the org answers
 * in it. The messages here are ones the widget has no wording of its own for, so the text is Okta's.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { en } from '../../src/i18n/en.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { CLIENT_ID, ISSUER, requestLog, resetSim } from '../helpers/sim.js';
import { input, signInWithPassword, stepRoot, waitFor } from '../helpers/widget.js';

const REUSED_KEY = 'password.passwordHistory';

/** What the widget shows, its step's light DOM (fields and their errors) and shadow root. */
const shown = (el: OktaVerifySignin) => `${el.textContent} ${stepRoot(el).textContent}`;

async function submitPassword(el: OktaVerifySignin, password: string): Promise<void> {
  input(el, 'password').value = password;
  input(el, 'confirm').value = password;
  el.querySelector('form')!.requestSubmit();
  await waitUntil(() => el.busy, 'request started');
  await waitUntil(() => !el.busy, 'request finished', { timeout: 8000 });
}

describe('<okta-verify-signin> asks Okta for its messages in the widget\'s language', () => {
  beforeEach(() => resetSim());
  failOnUnhandledRejections();

  it('lang="de": Okta\'s German text, the header on every request, and French after lang changes', async () => {
    expect(Object.hasOwn(en.$messages, REUSED_KEY), 'a message the widget has no wording for').to.equal(false);
    const since = (await requestLog()).length;
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin lang="de" issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitFor(el, 'identify');
    await waitUntil(() => !el.starting, 'transaction started', { timeout: 8000 });
    await signInWithPassword(el, 'expired@example.com');
    await waitFor(el, 'set-password');

    await submitPassword(el, 'Okta-Verify-1');
    await waitUntil(() => shown(el).includes('Das Passwort wurde vor Kurzem schon verwendet'), 'Okta\'s German message', { timeout: 3000 });
    expect(shown(el)).to.not.contain('used too recently');

    const sent = (await requestLog()).slice(since).filter((r) => r.path.startsWith('/idp/') || r.path.startsWith('/oauth2/'));
    expect(sent.map((r) => r.path)).to.include.members(['/oauth2/default/v1/interact', '/idp/idx/introspect', '/idp/idx/identify', '/idp/idx/challenge/answer']);
    expect(sent.map((r) => `${r.path} ${r.acceptLanguage}`), 'every request').to.deep.equal(sent.map((r) => `${r.path} de`));

    // The widget's language changes; the next request asks for it.
    el.lang = 'fr-CA';
    const before = (await requestLog()).length;
    await submitPassword(el, 'Okta-Verify-1');
    await waitUntil(() => shown(el).includes('Ce mot de passe a été utilisé trop récemment'), 'Okta\'s French message', { timeout: 3000 });
    const after = (await requestLog()).slice(before);
    expect(after.map((r) => `${r.path} ${r.acceptLanguage}`)).to.deep.equal(['/idp/idx/challenge/answer fr']);
  });

  it('no lang anywhere but <html lang="ja">: the header is the page\'s language; an unshipped one asks for English', async () => {
    document.documentElement.lang = 'ja';
    try {
      const since = (await requestLog()).length;
      const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
      await waitFor(el, 'identify');
      await waitUntil(() => !el.starting, 'transaction started', { timeout: 8000 });
      expect((await requestLog()).slice(since).map((r) => r.acceptLanguage)).to.include('ja').and.not.include('en');
      el.lang = 'sr-Latn';
      const before = (await requestLog()).length;
      await signInWithPassword(el, 'verified@example.com', 'wrong password');
      expect((await requestLog()).slice(before).map((r) => r.acceptLanguage)).to.deep.equal(['en']);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
