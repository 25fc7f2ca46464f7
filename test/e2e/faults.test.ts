/**
 * Faults: the simulator answers with Okta's error bodies, a proxy's HTML page, a malformed body, a cut
 * connection or a rate limit, and the widget must say so clearly, keep what was typed, fire its error event
 * with the right kind and status, and offer a way forward. Real okta-auth-js, real network, in Chromium.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FaultSpec } from '../../sim/faults.js';
import type { ErrorDetail, OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { approvePush, PASSWORD, resetSim, setSimSettings, sim, totpCode, waitForPush } from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, pickOktaVerifyPush, signInWithPassword, sleep, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';

async function fault(spec: FaultSpec): Promise<void> {
  await sim.addFault(spec);
}

function banner(el: OktaVerifySignin): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=error]');
}

/** Types the credentials and submits; resolves with the error event the submission caused. */
async function submitExpectingError(el: OktaVerifySignin): Promise<ErrorDetail> {
  const error = nextEvent<CustomEvent<ErrorDetail>>(el, 'okta-verify-error');
  input(el, 'username').value = VERIFIED;
  input(el, 'password').value = PASSWORD;
  el.querySelector('form')!.requestSubmit();
  const { detail } = await error;
  await waitUntil(() => !el.busy, 'request over');
  await el.updateComplete;
  return detail;
}

function expectInputKept(el: OktaVerifySignin): void {
  expect(el.step, 'still on the sign-in form').to.equal('identify');
  expect(input(el, 'username').value, 'the username is kept').to.equal(VERIFIED);
  expect(input(el, 'password').value, 'the password is kept').to.equal(PASSWORD);
}

describe('<okta-verify-signin> under faults', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
  });

  it('429 with Okta\'s body on identify: "too many attempts", a wait, input kept, then "Try again" signs in', async () => {
    const el = await mount();
    await fault({ method: 'POST', path: '/idp/idx/identify', status: 429, resetSeconds: 2 });
    const detail = await submitExpectingError(el);
    expect(detail).to.include({ kind: 'rate-limited', status: 429 });
    expectInputKept(el);
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!;
    expect(banner(el)!.textContent).to.match(/too many attempts/i);
    expect(retry.disabled, 'retry waits for the reset').to.equal(true);
    await waitUntil(() => !retry.disabled, 'retry enabled after the reset', { timeout: 4000 });
    retry.click();
    await waitFor(el, 'select-authenticator');
  });

  for (const status of [500, 503]) {
    it(`${status} with Okta's body on identify: a retryable service problem, input kept, event server with status`, async () => {
      const el = await mount();
      await fault({ method: 'POST', path: '/idp/idx/identify', status });
      const detail = await submitExpectingError(el);
      expect(detail).to.include({ kind: 'server', status });
      expectInputKept(el);
      expect(banner(el)!.textContent).to.match(/sign-in service had a problem/i);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!.click();
      await waitFor(el, 'select-authenticator');
    });
  }

  for (const [status, kind] of [
    [502, 'server'],
    [429, 'rate-limited'],
  ] as const) {
    it(`${status} with an HTML body: kind ${kind}, status kept`, async () => {
      const el = await mount();
      await fault({ method: 'POST', path: '/idp/idx/identify', status, body: 'html', resetSeconds: 1 });
      const detail = await submitExpectingError(el);
      expect(detail).to.include({ kind, status });
      expectInputKept(el);
    });
  }

  it('200 with a malformed body: "a response we could not read", not "check your connection"', async () => {
    const el = await mount();
    await fault({ method: 'POST', path: '/idp/idx/identify', status: 200, body: 'malformed' });
    const detail = await submitExpectingError(el);
    expect(detail.kind).to.equal('invalid-response');
    expect(banner(el)!.textContent).to.match(/could not read/i);
    expectInputKept(el);
  });

  it('an expired transaction fires okta-verify-error with kind session-expired and offers to start over', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'select-authenticator');
    await sim.expire(VERIFIED);
    stepRoot(el).querySelector<HTMLButtonElement>('button[data-key=okta_verify]')!.click();
    await waitFor(el, 'okta-verify-method');
    const error = nextEvent<CustomEvent<ErrorDetail>>(el, 'okta-verify-error');
    stepRoot(el).querySelector<HTMLButtonElement>('button[data-method=totp]')!.click();
    expect((await error).detail).to.include({ kind: 'session-expired', status: 401 });
    await waitFor(el, 'terminal');
    expect(stepRoot(el).textContent).to.contain('session has expired');
    expect(banner(el), 'said once, by the step').to.equal(null);
    stepRoot(el).querySelector<HTMLButtonElement>('[part=restart]')!.click();
    await waitFor(el, 'identify');
  });

  it('a poll cut mid-body: "reconnecting", then polling resumes and the approval signs in', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await pickOktaVerifyPush(el);
    await waitForPush(VERIFIED);
    await fault({ method: 'POST', path: '/idp/idx/challenge/poll', cut: 'mid-body', times: 2 });
    await waitUntil(() => stepRoot(el).querySelector('[part=progress]')?.textContent?.includes('Reconnecting'), 'reconnecting shown', { timeout: 5000 });
    expect(el.step).to.equal('okta-verify-push');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success', 15000);
    await approvePush(VERIFIED);
    await success;
  });

  it('429 during push polling: polling waits for the reset, then resumes; the approval still signs in', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await pickOktaVerifyPush(el);
    await waitForPush(VERIFIED);
    await fault({ method: 'POST', path: '/idp/idx/challenge/poll', status: 429, resetSeconds: 2 });
    await sleep(400);
    expect(el.step, 'the push is still waiting').to.equal('okta-verify-push');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success', 15000);
    await approvePush(VERIFIED);
    await success;
  });

  it('too many wrong codes lock the account: the widget says so with Okta\'s message and offers to start over', async () => {
    await setSimSettings({ maxCodeAttempts: 3 });
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await pickOktaVerifyCode(el);
    const right = await totpCode(VERIFIED);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 2; i++) {
      await submitCode(el, wrong);
      expect(el.step).to.equal('okta-verify-code');
    }
    await submitCode(el, wrong);
    await waitFor(el, 'terminal');
    expect(stepRoot(el).textContent).to.contain('locked');
    stepRoot(el).querySelector<HTMLButtonElement>('[part=restart]')!.click();
    await waitFor(el, 'identify');
    await signInWithPassword(el, VERIFIED);
    await waitUntil(() => stepRoot(el).textContent!.includes('locked'), 'a locked account cannot sign in');
  });
});
