/**
 * Keyboard only: real key presses (Tab, Space, Enter, typing) through whole sign-ins, against the simulator.
 * No click, no `requestSubmit()`: if Enter stopped submitting or focus got lost, these fail.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { approvePush, CLIENT_ID, ISSUER, PASSWORD, resetSim, setSimSettings, sim, totpCode, waitForPush } from '../helpers/sim.js';
import { readQr } from '../helpers/qr.js';
import { nextEvent, stepRoot, waitFor } from '../helpers/widget.js';
import { focused, isHeading, named, press, tabTo, type } from '../helpers/keys.js';

const VERIFIED = 'verified@example.com';

async function typeCredentials(el: OktaVerifySignin, username = VERIFIED, next = 'choose-authenticator'): Promise<void> {
  await tabTo(named('username'), 'the username');
  await type(username);
  await press('Tab');
  expect(focused()?.getAttribute('name')).to.equal('password');
  await type(PASSWORD);
  await press('Enter');
  await waitFor(el, next);
}

/** From the list: Tab to Okta Verify, Space; then Tab to the method, Enter. */
async function chooseOktaVerify(el: OktaVerifySignin, method: 'push' | 'totp'): Promise<void> {
  await waitUntil(() => isHeading(focused()), 'focus on the list heading');
  await tabTo((f) => (f as HTMLElement | null)?.dataset?.key === 'okta_verify', 'Okta Verify');
  await press('Space');
  await waitFor(el, 'choose-method');
  await waitUntil(() => isHeading(focused()), 'focus on the method heading');
  await tabTo((f) => (f as HTMLElement | null)?.dataset?.method === method, `the ${method} button`);
  await press('Enter');
}

async function mountWidget(): Promise<OktaVerifySignin> {
  const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
  await waitFor(el, 'identify');
  return el;
}

/** Password, then Okta Verify's code, all from the keyboard; ends on the code step. */
async function toCodeStep(): Promise<OktaVerifySignin> {
  const el = await mountWidget();
  await typeCredentials(el);
  await chooseOktaVerify(el, 'totp');
  await waitFor(el, 'enter-code');
  return el;
}

/** new@example.com from the keyboard: password, Okta Verify from the enrollment list, then "Can't scan?". */
async function toEnrollChannels(): Promise<OktaVerifySignin> {
  const el = await mountWidget();
  await typeCredentials(el, 'new@example.com', 'choose-authenticator');
  await waitUntil(() => isHeading(focused()), 'focus on the list heading');
  await tabTo((f) => (f as HTMLElement | null)?.dataset?.key === 'okta_verify', 'Okta Verify');
  await press('Enter');
  await waitFor(el, 'scan-qr-code');
  await waitUntil(() => isHeading(focused()), 'focus on the QR heading');
  await tabTo((f) => f?.getAttribute('part') === 'switch-channel', '"Can\'t scan?"');
  await press('Enter');
  await waitFor(el, 'choose-channel');
  return el;
}

describe('<okta-verify-signin> with the keyboard only', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
  });

  it('password and an Okta Verify code', async () => {
    const el = await toCodeStep();
    await waitUntil(() => named('code')(focused()), 'focus on the code field');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await type(await totpCode(VERIFIED));
    await press('Enter');
    await success;
  });

  it('a wrong code: focus comes back to the code field, which says what is wrong', async () => {
    const el = await toCodeStep();
    await waitUntil(() => named('code')(focused()), 'focus on the code field');
    const right = await totpCode(VERIFIED);
    await type(right === '000000' ? '111111' : '000000');
    await press('Enter');
    // The refusal can come back within a frame, so wait for its mark rather than for the busy state.
    await waitUntil(() => !el.busy && el.querySelector('input[name=code]')?.getAttribute('aria-invalid') === 'true', 'the code refused', { timeout: 8000 });
    await waitUntil(() => named('code')(focused()), 'focus back on the code field', { timeout: 2000 });
    const code = focused() as HTMLInputElement;
    expect(code.getAttribute('aria-invalid')).to.equal('true');
    expect(document.getElementById(code.getAttribute('aria-describedby')!)!.textContent).to.contain('Invalid code');
  });

  it('password and an Okta Verify push', async () => {
    const el = await mountWidget();
    await typeCredentials(el);
    await chooseOktaVerify(el, 'push');
    await waitFor(el, 'approve-push');
    await waitUntil(() => isHeading(focused()), 'focus on the push heading');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await waitForPush(VERIFIED);
    await approvePush(VERIFIED);
    await success;
  });

  it('Okta Verify enrollment by QR code, from the list to success', async () => {
    const el = await toEnrollChannels();
    // and back to the QR code, from the keyboard.
    await tabTo((f) => (f as HTMLElement | null)?.dataset?.channel === 'qrcode', 'the QR code channel');
    await press('Space');
    await waitFor(el, 'scan-qr-code');
    const link = await readQr(stepRoot(el).querySelector<HTMLImageElement>('img[part=qr-code]')!);
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await sim.enroll('new@example.com', link);
    await success;
  });

  it('an expired password: two new-password fields, a mismatch caught, then Enter in the second field changes it', async () => {
    const el = await mountWidget();
    await typeCredentials(el, 'expired@example.com', 'set-password');
    await waitUntil(() => named('password')(focused()), 'focus on the new password');
    // With two fields, Enter submits only because the form has a real submit button.
    expect(el.querySelector('form button[type=submit]'), 'a real submit button').to.exist;
    await type('Brand-New-Pass-7');
    await tabTo(named('confirm'), 'the confirmation', 3);
    await type('Brand-New-Pass-8');
    await press('Enter');
    await waitUntil(() => focused()?.getAttribute('aria-invalid') === 'true', 'focus on the field in error');
    expect(focused()?.getAttribute('name')).to.equal('confirm');
    expect(document.getElementById(focused()!.getAttribute('aria-describedby')!)!.textContent).to.contain('don’t match');
    await press('Backspace');
    await type('7');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await press('Enter');
    await success;
  });

  it('Okta Verify enrollment by an email link: "Can\'t scan?", the channel, the address (a malformed one first), Enter', async () => {
    const el = await toEnrollChannels();
    await tabTo((f) => (f as HTMLElement | null)?.dataset?.channel === 'email', 'the email channel');
    await press('Space');
    await waitFor(el, 'send-setup-link');
    await waitUntil(() => named('email')(focused()), 'focus on the address');
    await type('nia');
    await press('Enter');
    await waitUntil(() => focused()?.getAttribute('aria-invalid') === 'true', 'the malformed address refused');
    expect(el.step).to.equal('send-setup-link');
    await type('@example.com');
    await press('Enter');
    await waitFor(el, 'open-setup-link');
    await waitUntil(() => isHeading(focused()), 'focus on the "check your email" heading');
    const [sent] = await sim.outbox({ username: 'new@example.com' });
    expect(sent!.to).to.equal('nia@example.com');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await sim.enroll('new@example.com', sent!.link);
    await success;
  });

  it('"Verify with something else" and "Back to sign in" work from the keyboard', async () => {
    const el = await toCodeStep();
    await tabTo((f) => f?.getAttribute('part') === 'choose-another', '"Verify with something else"');
    await press('Enter');
    await waitFor(el, 'choose-authenticator');
    await tabTo((f) => f?.getAttribute('part') === 'cancel', '"Back to sign in"', 10);
    await press('Space');
    await waitFor(el, 'identify');
  });
});
