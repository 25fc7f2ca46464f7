/**
 * The sign-in around Okta Verify, end to end against the simulator with the real okta-auth-js: forgot password
 * (through Okta Verify push, a code, and email), unlock, the password as a step, email codes and magic links,
 * phone codes and setup, keep me signed in, and endings that only inform.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { approvePush, ISSUER, PASSWORD, requestLog, resetSim, setSimSettings, sim, totpCode } from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, pickOktaVerifyPush, signInWithPassword, stepButton, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

const NEW_PASSWORD = 'Fresh-Start-2026';

function submitForm(el: OktaVerifySignin): void {
  el.querySelector('form')!.requestSubmit();
}

async function settled(el: OktaVerifySignin): Promise<void> {
  await waitUntil(() => !el.busy, 'request finished', { timeout: 8000 });
}

/** The heading of the current step. */
const heading = (el: OktaVerifySignin) => stepRoot(el).querySelector('[part=heading]')!.textContent!.trim();

/** Types a new password twice and submits; waits for the answer. */
async function setPassword(el: OktaVerifySignin, password: string): Promise<void> {
  input(el, 'password').value = password;
  input(el, 'confirm').value = password;
  submitForm(el);
  await sleepFrame();
  await settled(el);
}

const sleepFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** After the password, on to the email code step (choosing email when Okta lists it first). */
async function toEmailCode(el: OktaVerifySignin): Promise<void> {
  await waitUntil(() => !el.busy && (el.step === 'enter-code' || el.step === 'choose-authenticator'), 'email step', { timeout: 8000 });
  if (el.step === 'choose-authenticator') {
    stepButton(el, 'button[data-key=okta_email]').click();
    await waitFor(el, 'enter-code');
  }
}

/** "Forgot password?" from the first step, then the username; ends on the recovery list. */
async function forgotPassword(el: OktaVerifySignin, username: string): Promise<void> {
  stepButton(el, '[part=recover]').click();
  await waitFor(el, 'identify');
  expect(heading(el)).to.equal('Reset your password');
  input(el, 'username').value = username;
  submitForm(el);
  await waitFor(el, 'choose-authenticator');
}

/** After a reset: signed in at once, or an ending that says so and leads back to sign in. */
async function afterReset(el: OktaVerifySignin): Promise<void> {
  await waitUntil(() => !el.busy && (el.step === 'success' || el.step === 'terminal'), `signed in or told (now ${el.step})`, { timeout: 8000 });
  if (el.step === 'terminal') {
    expect(heading(el)).to.not.equal('Something went wrong');
    stepButton(el, '[part=restart]').click();
    await waitFor(el, 'identify');
  }
}

describe('<okta-verify-signin> around Okta Verify, against the simulator', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
  });
  failOnUnhandledRejections();

  it('forgot password through an Okta Verify push: a weak password refused before any request, the current one refused by Okta, then the new one signs in', async () => {
    const user = await sim.createUser();
    const el = await mount();
    await forgotPassword(el, user.username);
    expect(stepRoot(el).querySelector('[part=identifier]')?.textContent).to.contain(user.username);
    await pickOktaVerifyPush(el);
    await approvePush(user.username);
    await waitFor(el, 'set-password');
    expect(heading(el)).to.equal('Reset your password');

    const before = (await requestLog()).length;
    await setPassword(el, 'short');
    expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
    expect((await requestLog()).slice(before).filter((r) => r.path.startsWith('/idp/')), 'no request for a rule the page can check').to.deep.equal([]);

    await setPassword(el, PASSWORD);
    expect(el.step).to.equal('set-password');
    expect(input(el, 'password').getAttribute('aria-invalid'), 'Okta refused the current password').to.equal('true');

    await setPassword(el, NEW_PASSWORD);
    await afterReset(el);
    if (el.step === 'identify') {
      const signedIn = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
      await signInWithPassword(el, user.username, NEW_PASSWORD);
      await pickOktaVerifyCode(el);
      await submitCode(el, await totpCode(user.username));
      expect((await signedIn).detail.tokens.idToken).to.exist;
    }
  });

  it('forgot password through an Okta Verify code', async () => {
    const user = await sim.createUser();
    const el = await mount();
    await forgotPassword(el, user.username);
    await pickOktaVerifyCode(el);
    await submitCode(el, await totpCode(user.username));
    await waitFor(el, 'set-password');
    await setPassword(el, NEW_PASSWORD);
    await afterReset(el);
  });

  it('forgot password through email: the code Okta emailed', async () => {
    const user = await sim.createUser({ oktaVerify: false, email: true });
    const el = await mount();
    await forgotPassword(el, user.username);
    stepButton(el, 'button[data-key=okta_email]').click();
    await waitFor(el, 'enter-code');
    expect(stepRoot(el).querySelector('.intro')!.textContent).to.contain('we sent to');
    const message = await sim.waitForMessage(user.username);
    await submitCode(el, message.code);
    await waitFor(el, 'set-password');
    await setPassword(el, NEW_PASSWORD);
    await afterReset(el);
  });

  it('unlock with Okta Verify, then sign in; a locked user sees "Unlock account?" beside Okta\'s message', async () => {
    const user = await sim.createUser({ locked: true });
    const el = await mount();
    await signInWithPassword(el, user.username);
    expect(el.step).to.equal('identify');
    expect(stepRoot(el).querySelector('[part=messages]')!.textContent!.trim()).to.not.equal('');
    stepButton(el, '[part=unlock]').click();
    await waitFor(el, 'choose-authenticator');
    expect(heading(el)).to.equal('Unlock your account');
    input(el, 'username').value = user.username;
    stepButton(el, 'button[data-key=okta_verify]').click();
    await waitUntil(() => !el.busy && (el.step === 'choose-method' || el.step === 'approve-push' || el.step === 'enter-code'), `a challenge (now ${el.step})`, { timeout: 8000 });
    if (el.step === 'choose-method') {
      stepButton(el, 'button[data-method=totp]').click();
      await waitFor(el, 'enter-code');
    }
    if (el.step === 'enter-code') await submitCode(el, await totpCode(user.username));
    else await approvePush(user.username);
    await waitUntil(() => !el.busy && (el.step === 'terminal' || el.step === 'identify' || el.step === 'success'), `unlocked (now ${el.step})`, { timeout: 8000 });
    if (el.step === 'terminal') {
      expect(heading(el)).to.equal('Your account is unlocked');
      stepButton(el, '[part=restart]').click();
      await waitFor(el, 'identify');
    }
    if (el.step === 'identify') {
      await signInWithPassword(el, user.username);
      await waitFor(el, 'choose-authenticator');
    }
  });

  it('identifier first: the username, then the password as a step with "Forgot password?"', async () => {
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id="okta-verify-signin-identifier-first" optimistic="false"></okta-verify-signin>`);
    await waitFor(el, 'identify');
    expect(el.querySelector('input[name=password]'), 'no password on the first step').to.equal(null);
    input(el, 'username').value = 'verified@example.com';
    submitForm(el);
    await waitFor(el, 'enter-password');
    expect(stepRoot(el).querySelector('[part=identifier]')!.textContent).to.contain('verified@example.com');
    expect(stepRoot(el).querySelector('[part=recover]')).to.exist;
    expect(input(el, 'password').autocomplete).to.equal('current-password');
    input(el, 'password').value = PASSWORD;
    submitForm(el);
    await waitFor(el, 'choose-authenticator');
  });

  it('email as a second factor: the code, and the magic link opened while the widget polls', async () => {
    const byCode = await sim.createUser({ oktaVerify: false, email: true });
    let el = await mount();
    await signInWithPassword(el, byCode.username);
    await toEmailCode(el);
    await waitUntil(async () => (await requestLog()).some((r) => r.path === '/idp/idx/challenge/poll'), 'the magic link is polled for', { timeout: 5000 });
    const signedIn = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await submitCode(el, (await sim.waitForMessage(byCode.username)).code);
    await signedIn;

    const byLink = await sim.createUser({ oktaVerify: false, email: true });
    el = await mount();
    await signInWithPassword(el, byLink.username);
    await toEmailCode(el);
    const linked = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    const message = await sim.waitForMessage(byLink.username);
    expect(message.link).to.be.a('string');
    await sim.openMagicLink(message.link!);
    expect((await linked).detail.tokens.idToken, 'the poll completed the sign-in').to.exist;
  });

  it('phone: SMS and voice codes', async () => {
    for (const method of ['sms', 'voice'] as const) {
      const user = await sim.createUser({ oktaVerify: false, phoneNumber: '+15550100142' });
      const el = await mount();
      await signInWithPassword(el, user.username);
      await waitUntil(() => !el.busy && (el.step === 'enter-code' || el.step === 'choose-authenticator' || el.step === 'choose-method'), 'phone step', { timeout: 8000 });
      if (el.step === 'choose-authenticator') {
        stepButton(el, 'button[data-key=phone_number]').click();
        await waitUntil(() => !el.busy && el.step !== 'choose-authenticator', 'after the choice', { timeout: 8000 });
      }
      if (el.step === 'choose-method') {
        stepButton(el, `button[data-method=${method}]`).click();
        await waitFor(el, 'enter-code');
      }
      expect(el.step, method).to.equal('enter-code');
      const signedIn = nextEvent(el, 'okta-verify-success');
      await submitCode(el, (await sim.waitForMessage(user.username)).code);
      await signedIn;
    }
  });

  it('keep me signed in: the question after authentication, answered "Stay signed in"', async () => {
    await setSimSettings({ keepMeSignedIn: true });
    const el = await mount();
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyCode(el);
    await submitCode(el, await totpCode('verified@example.com'));
    await waitFor(el, 'keep-signed-in');
    const signedIn = nextEvent(el, 'okta-verify-success');
    stepButton(el, '[part=accept]').click();
    await signedIn;
  });

  it('keep me signed in, ticked on the first step: sent with the username, and no question after', async () => {
    await setSimSettings({ keepMeSignedIn: true });
    const el = await mount();
    const box = input(el, 'rememberMe');
    expect(box.type).to.equal('checkbox');
    box.checked = true;
    await signInWithPassword(el, 'verified@example.com');
    const identify = (await requestLog()).filter((r) => r.path === '/idp/idx/identify').at(-1)!;
    expect(JSON.stringify(identify.body)).to.contain('"rememberMe":true');
    await pickOktaVerifyCode(el);
    const signedIn = nextEvent(el, 'okta-verify-success');
    await submitCode(el, await totpCode('verified@example.com'));
    await signedIn;
  });

  it('a wrong emailed code is marked at the code field, and stays marked while the page polls for the link', async () => {
    const user = await sim.createUser({ oktaVerify: false, email: true });
    const el = await mount();
    await signInWithPassword(el, user.username);
    await toEmailCode(el);
    await submitCode(el, '000000');
    expect(input(el, 'code').getAttribute('aria-invalid')).to.equal('true');
    const polls = (await requestLog()).filter((r) => r.path === '/idp/idx/challenge/poll').length;
    await waitUntil(async () => (await requestLog()).filter((r) => r.path === '/idp/idx/challenge/poll').length >= polls + 2, 'two more polls', { timeout: 5000 });
    await el.updateComplete;
    expect(input(el, 'code').getAttribute('aria-invalid'), 'still marked after the polls').to.equal('true');
  });
});
