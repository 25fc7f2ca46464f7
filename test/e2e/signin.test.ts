/**
 * End to end: the real okta-auth-js inside <okta-verify-signin>, against the local Okta simulator,
 * in Chromium. Nothing is mocked.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin } from '../../src/index.js';
import { CLIENT_ID, ISSUER, requestLog, resetSim, simUser, totpCode } from '../helpers/sim.js';
import { input, mount, pickOktaVerifyCode, signInWithPassword, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

describe('<okta-verify-signin> against the simulator', () => {
  beforeEach(resetSim);

  it('verified@ signs in with password and an Okta Verify code', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    await expect(el).to.be.accessible();
    const code = await totpCode('verified@example.com');
    const success = oneEvent(el, 'okta-verify-success');
    await submitCode(el, code);
    const { detail } = await success;
    const user = await simUser('verified@example.com');
    expect(detail.claims?.sub).to.equal(user.id);
    expect(detail.claims?.iss).to.equal(ISSUER);
    expect(detail.claims?.aud).to.equal(CLIENT_ID);
    expect(detail.tokens.idToken?.idToken.split('.')).to.have.length(3);
    expect(detail.tokens.accessToken?.accessToken).to.be.a('string');
    expect(el.step).to.equal('success');
    // The widget does not persist tokens.
    expect(localStorage.getItem('okta-token-storage')).to.equal(null);
  });

  it('leaves nothing of the flow in any storage: no verifier, handles or tokens', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    const success = new Promise<CustomEvent>((resolve) => el.addEventListener('okta-verify-success', (e) => resolve(e as CustomEvent), { once: true }));
    await submitCode(el, await totpCode('verified@example.com'));
    const { detail } = await success;
    const stored = [...Object.entries(localStorage), ...Object.entries(sessionStorage)].map(([k, v]) => `${k}=${v}`).join('\n') + document.cookie;
    const log = await requestLog();
    const handles = log.flatMap((r) => [(r.body as { stateHandle?: string } | undefined)?.stateHandle, (r.body as { interactionHandle?: string } | undefined)?.interactionHandle]).filter(Boolean) as string[];
    expect(handles.length).to.be.greaterThan(0);
    for (const secret of [detail.tokens.idToken.idToken, detail.tokens.accessToken.accessToken, ...handles]) expect(stored).to.not.contain(secret);
    expect(stored).to.not.match(/okta-(shared-)?transaction-storage|okta-token-storage|code_?verifier/i);
  });

  it('the steps\' own events stop at the widget: only okta-verify-* events reach the page', async () => {
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(e.type);
    for (const type of ['ovs-submit', 'ovs-action']) document.addEventListener(type, listener);
    try {
      const el = await mount();
      await signInWithPassword(el, 'verified@example.com');
      await waitFor(el, 'choose-authenticator');
      stepRoot(el).querySelector<HTMLButtonElement>('button[data-key=okta_verify]')!.click();
      await waitFor(el, 'choose-method');
      stepRoot(el).querySelector<HTMLButtonElement>('[part=choose-another]')!.click();
      await waitFor(el, 'choose-authenticator');
    } finally {
      for (const type of ['ovs-submit', 'ovs-action']) document.removeEventListener(type, listener);
    }
    expect(seen, 'no ovs-* event (one carries the password) reached the document').to.deep.equal([]);
  });

  it('announces every step with okta-verify-step', async () => {
    const steps: string[] = [];
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID} @okta-verify-step=${(e: CustomEvent<{ step: string }>) => steps.push(e.detail.step)}></okta-verify-signin>`);
    await waitFor(el, 'identify');
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    expect(steps).to.deep.equal(['identify', 'choose-authenticator', 'choose-method', 'enter-code']);
  });

  it('tells the sign-in status with each step that has one', async () => {
    const seen: Array<string | undefined> = [];
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID} @okta-verify-step=${(e: CustomEvent<{ status?: string }>) => seen.push(e.detail.status)}></okta-verify-signin>`);
    await waitFor(el, 'identify');
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    await submitCode(el, await totpCode('verified@example.com'));
    await waitFor(el, 'success');
    expect(seen).to.deep.equal([undefined, 'AwaitingChallengeAuthenticatorSelection', 'AwaitingAuthenticatorVerification', 'AwaitingAuthenticatorVerification', 'Success']);
  });

  it('a wrong password shows the error; a retry succeeds', async () => {
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com', 'wrong-password');
    await waitFor(el, 'identify');
    const alert = stepRoot(el).querySelector('[role=alert]');
    expect(alert?.textContent).to.contain('Check your username and password');
    await expect(el).to.be.accessible();
    expect(input(el, 'username').value).to.equal('verified@example.com');
    await signInWithPassword(el, 'verified@example.com');
    await waitFor(el, 'choose-authenticator');
  });

  it('a wrong code shows "invalid code"; a retry with the right one succeeds', async () => {
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    const right = await totpCode('verified@example.com');
    const wrong = String((Number(right) + 500000) % 1000000).padStart(6, '0');
    await submitCode(el, wrong);
    await waitFor(el, 'enter-code');
    const error = el.querySelector('[slot=error]:not([hidden])');
    expect(error?.textContent).to.contain('Invalid code');
    expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    const success = oneEvent(el, 'okta-verify-success');
    await submitCode(el, await totpCode('verified@example.com'));
    expect((await success).detail.claims?.sub).to.equal((await simUser('verified@example.com')).id);
  });

  it('empty fields are refused before any request', async () => {
    const el = await mount();
    const before = (await requestLog()).length;
    el.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    input(el, 'username').value = 'verified@example.com';
    el.querySelector('form')!.requestSubmit();
    await new Promise((r) => setTimeout(r, 200));
    expect(el.step).to.equal('identify');
    expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    const after = await requestLog();
    expect(after.slice(before).filter((r) => r.path.startsWith('/idp/'))).to.deep.equal([]);
  });

  it('empty and malformed codes are refused before any request', async () => {
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    const before = (await requestLog()).length;
    el.querySelector('form')!.requestSubmit();
    input(el, 'code').value = '12';
    el.querySelector('form')!.requestSubmit();
    await new Promise((r) => setTimeout(r, 200));
    expect((await requestLog()).slice(before).filter((r) => r.path.includes('/challenge/answer'))).to.deep.equal([]);
  });

  it('multi@ sees the four authenticators that can still satisfy the policy, not the password just verified', async () => {
    const el = await mount();
    await signInWithPassword(el, 'multi@example.com');
    await waitFor(el, 'choose-authenticator');
    const keys = [...stepRoot(el).querySelectorAll<HTMLButtonElement>('button[part=choice]')].map((b) => b.dataset.key);
    expect(keys).to.have.members(['phone_number', 'google_otp', 'webauthn', 'okta_verify']);
    await expect(el).to.be.accessible();
  });

  it('"Verify with something else" returns to the list without a request', async () => {
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    const before = (await requestLog()).length;
    stepRoot(el).querySelector<HTMLButtonElement>('button[part=choose-another]')!.click();
    await waitFor(el, 'choose-authenticator');
    expect((await requestLog()).length).to.equal(before);
  });

  it('moves focus to the new step', async () => {
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await waitFor(el, 'choose-authenticator');
    await new Promise((r) => setTimeout(r, 50));
    const focused = stepRoot(el).activeElement;
    expect(focused?.classList.contains('heading')).to.equal(true);
  });

  it('moves focus to the new step when the header slot holds a logo', async () => {
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}><img slot="header" alt="Acme" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></okta-verify-signin>`);
    await waitFor(el, 'identify');
    await signInWithPassword(el, 'verified@example.com');
    await waitFor(el, 'choose-authenticator');
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).to.equal(el.querySelector('[data-ovs-step]'));
    expect(stepRoot(el).activeElement?.classList.contains('heading')).to.equal(true);
  });

  it('an unreachable issuer fires okta-verify-error (network) and offers "Try again"', async () => {
    const errorEvent = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('okta-verify-error', (e) => resolve(e), { once: true }),
    );
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer="http://127.0.0.1:9/oauth2/default" client-id=${CLIENT_ID}></okta-verify-signin>`);
    const e = await errorEvent;
    expect(e.detail.kind).to.equal('network');
    await el.updateComplete;
    const banner = el.shadowRoot!.querySelector('[part=error]');
    expect(banner?.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
  });

  it('a missing configuration says so instead of failing silently', async () => {
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin></okta-verify-signin>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=error]'), 'config error shown');
    expect(el.shadowRoot!.querySelector('[part=error]')!.textContent).to.contain('not set up correctly');
  });
});
