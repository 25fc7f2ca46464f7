/**
 * End to end, Okta Verify enrollment and password expiry: the real okta-auth-js inside <okta-verify-signin>,
 * against the local Okta simulator, in Chromium. The simulator's virtual device enrolls from the QR image the
 * widget shows (decoded here from its pixels) or from the link in the simulator's outbox.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin, PasswordExpiredDetail, StepDetail, SuccessDetail } from '../../src/index.js';
import { readQr } from '../helpers/qr.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import type { OutboxEntry } from '../../sim/client.js';
import { PASSWORD, requestLog, sim, resetSim, setSimSettings, simUser, totpCode } from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, signInWithPassword, sleep, stepButton, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

const NEW = 'new@example.com';
const OPTIONAL = 'optional@example.com';
const EXPIRED = 'expired@example.com';
const EXPIRING = 'expiring@example.com';
const REFRESH_MS = 150;

async function outbox(username: string): Promise<OutboxEntry[]> {
  return sim.outbox({ username });
}

async function enrollDevice(username: string, link: string): Promise<Response> {
  return fetch(`/sim/users/${encodeURIComponent(username)}/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ link }),
  });
}

function submitForm(el: OktaVerifySignin): void {
  el.querySelector('form')!.requestSubmit();
}

/** Every `okta-verify-step` event's `step` and `status`, as `step (status)`. */
function recordSteps(el: OktaVerifySignin): string[] {
  const seen: string[] = [];
  el.addEventListener('okta-verify-step', (e: CustomEvent<StepDetail>) => seen.push(e.detail.status ? `${e.detail.step} (${e.detail.status})` : e.detail.step));
  return seen;
}

/** From the enrollment list: Okta Verify; ends on the QR step. */
async function chooseOktaVerifyEnrollment(el: OktaVerifySignin): Promise<void> {
  await waitFor(el, 'choose-authenticator');
  stepButton(el, 'button[data-key=okta_verify]').click();
  await waitFor(el, 'scan-qr-code');
}

/** "Can't scan?", then a channel, then the address; ends on the "check your email / phone" step. */
async function sendLink(el: OktaVerifySignin, channel: 'email' | 'sms', address: string): Promise<void> {
  stepButton(el, '[part=switch-channel]').click();
  await waitFor(el, 'choose-channel');
  stepButton(el, `button[data-channel=${channel}]`).click();
  await waitFor(el, 'send-setup-link');
  input(el, channel === 'sms' ? 'phoneNumber' : 'email').value = address;
  submitForm(el);
  await waitFor(el, 'open-setup-link');
}

describe('<okta-verify-signin> Okta Verify enrollment against the simulator', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: REFRESH_MS });
  });
  failOnUnhandledRejections();

  it('required enrollment by QR code: the device scans the shown image, polling ends in success; then the code signs in', async () => {
    const el = await mount();
    const steps = recordSteps(el);
    await signInWithPassword(el, NEW);
    await waitFor(el, 'choose-authenticator');
    expect(stepRoot(el).querySelector('[part=skip]'), 'required: no "Set up later"').to.equal(null);
    await chooseOktaVerifyEnrollment(el);
    const img = stepRoot(el).querySelector<HTMLImageElement>('img[part=qr-code]')!;
    expect(img.getAttribute('src')).to.match(/^data:image\/png;base64,/);
    expect(img.alt).to.not.contain(img.src.slice(0, 20));
    await expect(el).to.be.accessible();

    const link = await readQr(img);
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    expect((await enrollDevice(NEW, link)).status).to.equal(200);
    expect((await success).detail.claims?.sub).to.equal((await simUser(NEW)).id);
    expect((await enrollDevice(NEW, link)).status, 'a used link is refused').to.equal(409);
    expect(steps).to.deep.equal([
      'choose-authenticator (AwaitingAuthenticatorEnrollment)',
      'scan-qr-code (AwaitingAuthenticatorEnrollment)',
      'success (Success)',
    ]);

    // The device now has Okta Verify: the next sign-in verifies with its code.
    el.remove();
    const again = await mount();
    await signInWithPassword(again, NEW);
    await pickOktaVerifyCode(again);
    const signedIn = nextEvent<CustomEvent<SuccessDetail>>(again, 'okta-verify-success');
    await submitCode(again, await totpCode(NEW));
    expect((await signedIn).detail.claims?.sub).to.equal((await simUser(NEW)).id);
  });

  it('by email: a malformed address is refused by the server, a good one sends the link; resend sends another; the link enrolls', async () => {
    const el = await mount();
    await signInWithPassword(el, NEW);
    await chooseOktaVerifyEnrollment(el);
    stepButton(el, '[part=switch-channel]').click();
    await waitFor(el, 'choose-channel');
    stepButton(el, 'button[data-channel=email]').click();
    await waitFor(el, 'send-setup-link');
    const email = input(el, 'email');
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    // Passes the widget's own check, fails the server's.
    email.value = 'new@example';
    submitForm(el);
    await waitUntil(() => !el.busy && input(el, 'email').getAttribute('aria-invalid') === 'true', 'server refused the address', { timeout: 5000 });
    expect(el.step).to.equal('send-setup-link');
    expect(await outbox(NEW)).to.have.length(0);

    input(el, 'email').value = 'new.person@example.com';
    submitForm(el);
    await waitFor(el, 'open-setup-link');
    expect(stepRoot(el).textContent).to.contain('new.person@example.com');
    await waitUntil(async () => (await outbox(NEW)).length === 1, 'one link in the outbox');
    stepButton(el, '[part=resend]').click();
    await waitUntil(async () => (await outbox(NEW)).length === 2, 'resend adds a second link', { timeout: 5000 });
    await waitFor(el, 'open-setup-link');

    const [latest] = (await outbox(NEW)).slice(-1);
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    expect((await enrollDevice(NEW, latest!.link)).status).to.equal(200);
    await success;
  });

  it('by SMS: the link from the outbox enrolls', async () => {
    const el = await mount();
    await signInWithPassword(el, NEW);
    await chooseOktaVerifyEnrollment(el);
    await sendLink(el, 'sms', '+1 555 010 0142');
    expect(stepRoot(el).textContent).to.contain('+1 555 010 0142');
    const [sms] = await outbox(NEW);
    expect(sms!.channel).to.equal('sms');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    expect((await enrollDevice(NEW, sms!.link)).status).to.equal(200);
    await success;
  });

  it('"Try another way" from the link step goes back to the channels, and the QR code comes back', async () => {
    const el = await mount();
    await signInWithPassword(el, NEW);
    await chooseOktaVerifyEnrollment(el);
    await sendLink(el, 'email', 'new.person@example.com');
    stepButton(el, '[part=switch-channel]').click();
    await waitFor(el, 'choose-channel');
    stepButton(el, 'button[data-channel=qrcode]').click();
    await waitFor(el, 'scan-qr-code');
    expect(stepRoot(el).querySelector('img[part=qr-code]')).to.exist;
  });

  it('"Back to sign in" from the QR step cancels the enrollment on the server: the shown link is then refused (410)', async () => {
    const el = await mount();
    await signInWithPassword(el, NEW);
    await chooseOktaVerifyEnrollment(el);
    const link = await readQr(stepRoot(el).querySelector<HTMLImageElement>('img[part=qr-code]')!);
    const since = (await requestLog()).length;
    stepButton(el, '[part=cancel]').click();
    await waitFor(el, 'identify');
    const sent = (await requestLog()).slice(since).map((r) => r.path).filter((p) => p === '/idp/idx/cancel' || p.endsWith('/v1/interact'));
    expect(sent, 'cancel first, then a new transaction').to.deep.equal(['/idp/idx/cancel', '/oauth2/default/v1/interact']);
    const refused = await enrollDevice(NEW, link);
    expect(refused.status, 'its sign-in has ended').to.equal(410);
    expect((await simUser(NEW)).authenticators.map((a) => a.key), 'nothing enrolled').to.not.include('okta_verify');
  });

  it('optional enrollment: "Set up later" signs in without enrolling', async () => {
    const el = await mount();
    await signInWithPassword(el, OPTIONAL);
    await waitFor(el, 'choose-authenticator');
    const since = (await requestLog()).length;
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    stepButton(el, '[part=skip]').click();
    await success;
    const paths = (await requestLog()).slice(since).map((r) => r.path);
    expect(paths).to.include('/idp/idx/skip');
    expect(paths).to.not.include('/idp/idx/credential/enroll');
  });
});

describe('<okta-verify-signin> password expiry against the simulator', () => {
  beforeEach(async () => {
    await resetSim();
  });
  failOnUnhandledRejections();

  it('expired: the page takes over with preventDefault(); nothing more is sent, not even when the page is left', async () => {
    const el = await mount();
    const steps = recordSteps(el);
    // What the simulator had received when the page took over, asked for at once.
    let atHandOff: Promise<number> | undefined;
    const handled = new Promise<CustomEvent<PasswordExpiredDetail>>((resolve) =>
      el.addEventListener('okta-verify-password-expired', (e) => {
        e.preventDefault();
        atHandOff = requestLog().then((log) => log.length);
        resolve(e);
      }, { once: true }),
    );
    await signInWithPassword(el, EXPIRED);
    const { detail } = await handled;
    expect(detail.warning).to.equal(false);
    expect(detail.username).to.equal(EXPIRED);
    expect(detail.rules.minLength).to.be.a('number');
    await waitFor(el, 'handled-by-page');
    expect(steps).to.deep.equal(['handled-by-page']);
    // Leaving the page (as location.assign does) after the hand-off: the transaction is the page's now.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await sleep(500);
    const log = await requestLog();
    expect(log.length, 'nothing after the hand-off').to.equal(await atHandOff);
    const last = log[log.length - 1]!;
    expect(`${last.method} ${last.path} ${last.status}`, 'the last request is the password that found it expired').to.equal('POST /idp/idx/identify 200');
    await expect(el).to.be.accessible();
  });

  it('expired: a mismatch is caught before any request, a weak password is refused by the server, a good one signs in', async () => {
    const el = await mount();
    const steps = recordSteps(el);
    const fired = nextEvent<CustomEvent<PasswordExpiredDetail>>(el, 'okta-verify-password-expired');
    await signInWithPassword(el, EXPIRED);
    await fired;
    await waitFor(el, 'set-password');
    expect(steps).to.deep.equal(['set-password (PasswordExpired)']);
    expect(input(el, 'password').autocomplete).to.equal('new-password');
    expect(input(el, 'confirm').autocomplete).to.equal('new-password');
    await expect(el).to.be.accessible();

    const since = (await requestLog()).length;
    input(el, 'password').value = 'Brand-New-Pass-7';
    input(el, 'confirm').value = 'Brand-New-Pass-8';
    submitForm(el);
    await sleep(200);
    expect(input(el, 'confirm').getAttribute('aria-invalid')).to.equal('true');
    expect((await requestLog()).slice(since), 'no request for a mismatch').to.deep.equal([]);

    input(el, 'password').value = 'short';
    input(el, 'confirm').value = 'short';
    submitForm(el);
    await waitUntil(() => !el.busy && input(el, 'password').getAttribute('aria-invalid') === 'true', 'weak password refused', { timeout: 5000 });
    expect(el.step).to.equal('set-password');

    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    input(el, 'password').value = 'Brand-New-Pass-7';
    input(el, 'confirm').value = 'Brand-New-Pass-7';
    submitForm(el);
    await success;
    expect(steps).to.deep.equal(['set-password (PasswordExpired)', 'success (Success)']);

    // The new password is the password now.
    el.remove();
    const again = await mount();
    const signedIn = nextEvent<CustomEvent<SuccessDetail>>(again, 'okta-verify-success');
    await signInWithPassword(again, EXPIRED, 'Brand-New-Pass-7');
    await signedIn;
  });

  it('about to expire: "Remind me later" signs in', async () => {
    const el = await mount();
    const fired = nextEvent<CustomEvent<PasswordExpiredDetail>>(el, 'okta-verify-password-expired');
    await signInWithPassword(el, EXPIRING, PASSWORD);
    expect((await fired).detail.warning).to.equal(true);
    await waitFor(el, 'set-password');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    stepButton(el, '[part=skip]').click();
    await success;
  });
});
