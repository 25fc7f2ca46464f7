/**
 * Faults: the simulator answers with Okta's error bodies, a proxy's HTML page, a malformed body, a cut
 * connection or a rate limit, and the widget must say so clearly, keep what was typed, fire its error event
 * with the right kind and status, and offer a way forward. Every row also reads the simulator's request log:
 * what was sent, when, and that nothing was sent again behind the user's back. Real okta-auth-js, real
 * network, in Chromium.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { FaultSpec } from '../../sim/faults.js';
import type { ErrorDetail, OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { readQr } from '../helpers/qr.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { approvePush, PASSWORD, POLL_PATH, requestLog, requestsTo, resetSim, setSimSettings, sim, totpCode, waitForPush, type LoggedRequest } from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, pickOktaVerifyPush, signInWithPassword, sleep, stepButton, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
const NEW = 'new@example.com';
const IDENTIFY = '/idp/idx/identify';
const INTERACT = '/oauth2/default/v1/interact';
const REFRESH_MS = 150;
/** The Poller's first backoff after a failure (doubled per failure). */
const BACKOFF_MS = 1000;
/** Browser and simulator share the machine's clock; allow for millisecond rounding. */
const CLOCK_SLACK_MS = 5;
/** How long "nothing is sent again by itself" is watched for. */
const QUIET_MS = 800;

async function fault(spec: FaultSpec): Promise<void> {
  await sim.addFault(spec);
}

function banner(el: OktaVerifySignin): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part=error]');
}

function bannerAction(el: OktaVerifySignin): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!;
}

/** The log from `since` on (an index into it), for one path: `status` of each, in order. */
async function statusesSince(since: number, path: string): Promise<number[]> {
  return requestsTo((await requestLog()).slice(since), path).map((r) => r.status);
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

/** Mounts, puts `spec` on identify, submits: the error event, with the input kept; `since` indexes the log before it. */
async function identifyUnder(spec: Omit<FaultSpec, 'path'>): Promise<{ el: OktaVerifySignin; since: number; detail: ErrorDetail }> {
  const el = await mount();
  const since = (await requestLog()).length;
  await fault({ method: 'POST', path: IDENTIFY, ...spec });
  const detail = await submitExpectingError(el);
  expectInputKept(el);
  return { el, since, detail };
}

/** A user's submission is never sent again by itself: one request, then nothing for a while. */
async function expectNoAutomaticRetry(since: number, expected: number[]): Promise<void> {
  expect(await statusesSince(since, IDENTIFY), 'the submission').to.deep.equal(expected);
  await sleep(QUIET_MS);
  expect(await statusesSince(since, IDENTIFY), 'nothing sent again by itself').to.deep.equal(expected);
}

/** "Try again" sends the submission once more, and this time it goes through. */
async function retrySignsIn(el: OktaVerifySignin, since: number, first: number): Promise<void> {
  bannerAction(el).click();
  await waitFor(el, 'choose-authenticator');
  expect(await statusesSince(since, IDENTIFY), 'sent once more, on "Try again"').to.deep.equal([first, 200]);
}

/** Password, then an Okta Verify push the simulator holds. */
async function startPush(): Promise<OktaVerifySignin> {
  const el = await mount();
  await signInWithPassword(el, VERIFIED);
  await pickOktaVerifyPush(el);
  await waitForPush(VERIFIED);
  return el;
}

/** The device approves the push, and the widget signs in. */
async function approvalSignsIn(el: OktaVerifySignin): Promise<void> {
  const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success', 15000);
  await approvePush(VERIFIED);
  await success;
}

function progressText(el: OktaVerifySignin): string {
  return stepRoot(el).querySelector('[part=progress]')?.textContent ?? '';
}

/**
 * After `failures` polls answered by fault rules: "reconnecting" shown; each retry waited for its backoff
 * (from the end of the failed poll to the next one: 1 s, then 2 s, …); then a poll got through and the note went.
 */
async function expectBackoffThenRecovery(el: OktaVerifySignin, failures: number): Promise<LoggedRequest[]> {
  await waitUntil(() => progressText(el).includes('Reconnecting'), 'reconnecting shown', { timeout: 5000 });
  let polls: LoggedRequest[] = [];
  let first = -1;
  await waitUntil(
    async () => {
      polls = requestsTo(await requestLog(), POLL_PATH);
      first = polls.findIndex((r) => r.fault);
      return first >= 0 && polls.length > first + failures;
    },
    'polling resumes after the failures',
    { timeout: 4000 * failures + 4000 },
  );
  const after = polls.slice(first, first + failures + 1);
  expect(after.map((r) => !!r.fault), 'the failed polls, then one that got through').to.deep.equal([...Array<boolean>(failures).fill(true), false]);
  const gaps = after.slice(1).map((r, i) => r.time - (after[i]!.time + after[i]!.durationMs));
  gaps.forEach((gap, i) => expect(gap, `wait after failure ${i + 1} (gaps ${gaps.join(', ')} ms)`).to.be.at.least(BACKOFF_MS * 2 ** i - CLOCK_SLACK_MS));
  await waitUntil(() => !progressText(el).includes('Reconnecting'), 'reconnecting cleared once a poll got through', { timeout: 5000 });
  return after;
}

describe('<okta-verify-signin> under faults', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: REFRESH_MS });
  });
  failOnUnhandledRejections();

  it('429 with Okta\'s body on identify: a countdown, one identify before the reset and one on "Try again", input kept', async () => {
    const { el, since, detail } = await identifyUnder({ status: 429, resetSeconds: 3 });
    expect(detail).to.include({ kind: 'rate-limited', status: 429 });
    const retry = bannerAction(el);
    expect(retry.disabled, 'retry waits for the reset').to.equal(true);
    const seconds = () => Number(/Try again in (\d+) s/.exec(banner(el)?.textContent ?? '')?.[1]);
    const first = seconds();
    expect(first, JSON.stringify(banner(el)?.textContent)).to.be.within(1, 4);
    await waitUntil(() => seconds() < first, `the countdown goes down from ${first}`, { timeout: 3000 });
    const [limited] = requestsTo((await requestLog()).slice(since), IDENTIFY);
    expect(limited?.rateLimitReset, 'x-rate-limit-reset').to.be.a('number');
    await waitUntil(() => !retry.disabled, 'retry enabled after the reset', { timeout: 5000 });
    expect(await statusesSince(since, IDENTIFY), 'one identify before the reset').to.deep.equal([429]);
    retry.click();
    await waitFor(el, 'choose-authenticator');
    const identifies = requestsTo((await requestLog()).slice(since), IDENTIFY);
    expect(identifies.map((r) => r.status), 'one more on "Try again"').to.deep.equal([429, 200]);
    expect(identifies[1]!.time, 'not before the reset').to.be.at.least(limited!.rateLimitReset! * 1000 - CLOCK_SLACK_MS);
  });

  for (const status of [500, 503]) {
    it(`${status} with Okta's body on identify: a retryable service problem, input kept, no automatic retry`, async () => {
      const { el, since, detail } = await identifyUnder({ status });
      expect(detail).to.include({ kind: 'server', status });
      expect(banner(el)!.textContent).to.match(/sign-in service had a problem/i);
      await expectNoAutomaticRetry(since, [status]);
      await retrySignsIn(el, since, status);
    });
  }

  for (const [status, kind] of [
    [502, 'server'],
    [429, 'rate-limited'],
  ] as const) {
    it(`${status} with an HTML body: kind ${kind}, status kept, no automatic retry`, async () => {
      const { el, since, detail } = await identifyUnder({ status, body: 'html', resetSeconds: 1 });
      expect(detail).to.include({ kind, status });
      await expectNoAutomaticRetry(since, [status]);
      await waitUntil(() => !bannerAction(el).disabled, 'retry enabled', { timeout: 3000 });
      await retrySignsIn(el, since, status);
    });
  }

  it('200 with a malformed body: "a response we could not read", not "check your connection"; no automatic retry', async () => {
    const { el, since, detail } = await identifyUnder({ status: 200, body: 'malformed' });
    expect(detail.kind).to.equal('invalid-response');
    expect(banner(el)!.textContent).to.match(/could not read/i);
    await expectNoAutomaticRetry(since, [200]);
    await retrySignsIn(el, since, 200);
  });

  it('no network (the connection drops before any answer): "We can\'t reach the sign-in service", input kept, nothing sent again until "Try again"', async () => {
    const rule = await sim.addFault({ method: 'POST', path: IDENTIFY, cut: 'before', times: 0 });
    const el = await mount();
    const since = (await requestLog()).length;
    const detail = await submitExpectingError(el);
    expect(detail.kind).to.equal('network');
    expectInputKept(el);
    expect(banner(el)!.textContent).to.match(/can.t reach the sign-in service/i);
    expect(bannerAction(el).textContent!.trim()).to.equal('Try again');
    // The browser itself may resend a request whose connection closed that early; the widget sends nothing more.
    const sent = requestsTo((await requestLog()).slice(since), IDENTIFY).length;
    expect(sent).to.be.within(1, 2);
    await sleep(QUIET_MS);
    expect(requestsTo((await requestLog()).slice(since), IDENTIFY), 'nothing sent again by itself').to.have.length(sent);
    await sim.clearFaults(rule.id);
    bannerAction(el).click();
    await waitFor(el, 'choose-authenticator');
  });

  for (const status of [400, 403]) {
    it(`${status} with Okta's body on identify: the request was refused; the banner and its button both say "Try again"`, async () => {
      const { el, since, detail } = await identifyUnder({ status });
      expect(detail).to.include({ kind: 'unknown', status });
      expect(banner(el)!.textContent).to.match(/Try again\./);
      expect(bannerAction(el).textContent!.trim()).to.equal('Try again');
      await expectNoAutomaticRetry(since, [status]);
      await retrySignsIn(el, since, status);
    });
  }

  it('401 with Okta\'s body on identify: the session has expired; "Start over" begins a new transaction, the input kept', async () => {
    const { el, since, detail } = await identifyUnder({ status: 401 });
    expect(detail).to.include({ kind: 'session-expired', status: 401 });
    expect(banner(el)!.textContent).to.match(/expired\. Start over/);
    expect(bannerAction(el).textContent!.trim()).to.equal('Start over');
    await expectNoAutomaticRetry(since, [401]);
    bannerAction(el).click();
    await waitUntil(async () => requestsTo((await requestLog()).slice(since), INTERACT).length === 1, 'a new transaction');
    await waitFor(el, 'identify');
    expectInputKept(el);
    el.querySelector('form')!.requestSubmit();
    await waitFor(el, 'choose-authenticator');
    expect(await statusesSince(since, IDENTIFY)).to.deep.equal([401, 200]);
  });

  it('an expired transaction fires okta-verify-error with kind session-expired and offers to start over', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'choose-authenticator');
    await sim.expire(VERIFIED);
    stepRoot(el).querySelector<HTMLButtonElement>('button[data-key=okta_verify]')!.click();
    await waitFor(el, 'choose-method');
    const since = (await requestLog()).length;
    const error = nextEvent<CustomEvent<ErrorDetail>>(el, 'okta-verify-error');
    stepRoot(el).querySelector<HTMLButtonElement>('button[data-method=totp]')!.click();
    expect((await error).detail).to.include({ kind: 'session-expired', status: 401 });
    await waitFor(el, 'terminal');
    expect(stepRoot(el).textContent).to.contain('session has expired');
    expect(banner(el), 'said once, by the step').to.equal(null);
    await sleep(QUIET_MS);
    expect((await requestLog()).slice(since).map((r) => `${r.path} ${r.status}`), 'one refused request, then nothing').to.deep.equal(['/idp/idx/challenge 401']);
    stepRoot(el).querySelector<HTMLButtonElement>('[part=restart]')!.click();
    await waitFor(el, 'identify');
    expect(requestsTo((await requestLog()).slice(since), INTERACT), 'a new transaction on "Start over"').to.have.length(1);
  });

  it('a poll cut mid-body: "reconnecting", retries after a backoff, then polling resumes and the approval signs in', async () => {
    const el = await startPush();
    await fault({ method: 'POST', path: POLL_PATH, cut: 'mid-body', times: 2 });
    await expectBackoffThenRecovery(el, 2);
    expect(el.step).to.equal('approve-push');
    expect((await sim.faults())[0]).to.include({ applied: 2 });
    await approvalSignsIn(el);
  });

  it('5xx during push polling: "reconnecting", retries after a backoff, resumes; the approval still signs in', async () => {
    const el = await startPush();
    await fault({ method: 'POST', path: POLL_PATH, status: 503, times: 2 });
    const polls = await expectBackoffThenRecovery(el, 2);
    expect(polls.map((r) => r.status), 'two refused polls, then one that got through').to.deep.equal([503, 503, 200]);
    expect(el.step).to.equal('approve-push');
    await approvalSignsIn(el);
  });

  it('429 during push polling: no poll before the x-rate-limit-reset time, the next one at or after it; the approval still signs in', async () => {
    const el = await startPush();
    const since = Date.now();
    await fault({ method: 'POST', path: POLL_PATH, status: 429, resetSeconds: 3 });
    let polls: LoggedRequest[] = [];
    await waitUntil(
      async () => {
        polls = requestsTo(await requestLog(), POLL_PATH).filter((r) => r.time >= since);
        const limited = polls.findIndex((r) => r.status === 429);
        return limited >= 0 && polls.length > limited + 1;
      },
      'a poll after the rate limit',
      { timeout: 8000 },
    );
    const limited = polls.findIndex((r) => r.status === 429);
    const reset = polls[limited]!.rateLimitReset! * 1000;
    expect(reset, 'x-rate-limit-reset').to.be.greaterThan(polls[limited]!.time);
    const next = polls[limited + 1]!;
    expect(next.time - reset, `the next poll came ${reset - next.time} ms before the reset`).to.be.at.least(-CLOCK_SLACK_MS);
    expect(next.status).to.equal(200);
    expect(el.step, 'the push is still waiting').to.equal('approve-push');
    await approvalSignsIn(el);
  });

  it('a fault during enroll-poll: the QR enrollment keeps polling after a backoff and still succeeds', async () => {
    const el = await mount();
    await signInWithPassword(el, NEW);
    await waitFor(el, 'choose-authenticator');
    stepButton(el, 'button[data-key=okta_verify]').click();
    await waitFor(el, 'scan-qr-code');
    const link = await readQr(stepRoot(el).querySelector<HTMLImageElement>('img[part=qr-code]')!);
    // Okta's 503 and a proxy's HTML page, back to back (the second rule, added last, answers first).
    await fault({ method: 'POST', path: POLL_PATH, status: 502, body: 'html', nth: 2 });
    await fault({ method: 'POST', path: POLL_PATH, status: 503, times: 1 });
    const polls = await expectBackoffThenRecovery(el, 2);
    expect(polls.map((r) => r.status).slice(0, 2).sort()).to.deep.equal([502, 503]);
    expect(polls[2]!.status).to.equal(200);
    expect(el.step).to.equal('scan-qr-code');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success', 15000);
    await sim.enroll(NEW, link);
    await success;
    expect(requestsTo(await requestLog(), '/idp/idx/credential/enroll'), 'one enrollment').to.have.length(1);
  });

  it('too many wrong codes lock the account: the widget says so with Okta\'s message and offers to start over', async () => {
    await setSimSettings({ maxCodeAttempts: 3 });
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await pickOktaVerifyCode(el);
    const since = (await requestLog()).length;
    const right = await totpCode(VERIFIED);
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 2; i++) {
      await submitCode(el, wrong);
      expect(el.step).to.equal('enter-code');
    }
    await submitCode(el, wrong);
    await waitFor(el, 'terminal');
    expect(stepRoot(el).textContent).to.contain('locked');
    expect(await statusesSince(since, '/idp/idx/challenge/answer'), 'each code sent once; the third locks').to.deep.equal([400, 400, 403]);
    stepRoot(el).querySelector<HTMLButtonElement>('[part=restart]')!.click();
    await waitFor(el, 'identify');
    await signInWithPassword(el, VERIFIED);
    await waitUntil(() => stepRoot(el).textContent!.includes('locked'), 'a locked account cannot sign in');
    expect(await statusesSince(since, IDENTIFY), 'the password is refused for the locked account').to.deep.equal([403]);
  });
});
