/**
 * End to end, Okta Verify push: the real okta-auth-js inside <okta-verify-signin>, against the local Okta
 * simulator, in Chromium. Nothing is mocked; the simulator plays the user's device through its control API.
 * The server's poll `refresh` is set to 150 ms so each test takes a few seconds at most.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin, OvsPushStep, SuccessDetail } from '../../src/index.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import {
  approvePush,
  denyPush,
  patchSimUser,
  pollLog,
  pollsIn,
  requestLog,
  requestTime,
  resetSim,
  setSimSettings,
  sim,
  simUser,
  totpCode,
  waitForNextPoll,
  waitForPush,
  type LoggedRequest,
} from '../helpers/sim.js';
import {
  mount,
  nextEvent,
  pickOktaVerifyCode,
  pickOktaVerifyPush,
  signInWithPassword,
  sleep,
  stepButton,
  stepRoot,
  submitCode,
  waitFor,
} from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
const NUMBER = 'number@example.com';
const REFRESH_MS = 150;
/** Browser and server share the machine's clock; allow for millisecond rounding. */
const CLOCK_SLACK_MS = 5;
const REJECTED = 'You rejected this push notification.';

function pushStep(el: OktaVerifySignin): OvsPushStep {
  const step = el.querySelector<OvsPushStep>('ovs-push-step');
  if (!step) throw new Error(`no push step (step is ${el.step})`);
  return step;
}

/** Signs in with the password and starts an Okta Verify push; returns once the simulator holds the push. */
async function startPush(username: string): Promise<OktaVerifySignin> {
  const el = await mount();
  await signInWithPassword(el, username);
  await pickOktaVerifyPush(el);
  expect(pushStep(el).waiting).to.equal(true);
  return el;
}

/** The device approves (with `answer` for a number challenge); resolves with the success event's detail. */
async function approveAndSucceed(el: OktaVerifySignin, username: string, answer?: string): Promise<SuccessDetail> {
  const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
  expect((await approvePush(username, answer)).status).to.equal('approved');
  const { detail } = await success;
  expect(el.step).to.equal('success');
  expect(detail.claims?.sub).to.equal((await simUser(username)).id);
  return detail;
}

/** The push step says the push was rejected, no longer waits, and offers to resend. */
async function expectRejected(el: OktaVerifySignin): Promise<void> {
  await waitUntil(
    () => el.step === 'approve-push' && !pushStep(el).waiting && stepRoot(el).querySelector('[part=messages]')?.textContent?.includes(REJECTED),
    `rejected message (step ${el.step}, messages: ${el.querySelector('ovs-push-step')?.shadowRoot?.querySelector('[part=messages]')?.textContent?.trim()})`,
    { timeout: 5000 },
  );
  await pushStep(el).updateComplete;
  expect(stepRoot(el).querySelector('[part=resend]'), 'resend button').to.exist;
  expect(stepRoot(el).querySelector('[part=number]'), 'number hidden once rejected').to.equal(null);
}

function pollsSince(log: LoggedRequest[], since: number): LoggedRequest[] {
  return log.filter((r) => requestTime(r) >= since);
}

function describeRequests(log: LoggedRequest[]): string {
  return log.map((r) => `${requestTime(r)} ${r.method} ${r.path} ${r.status} ${r.durationMs ?? '?'}ms`).join('\n');
}

/** Pretends the page went to the background (or came back), as a tab switch does. */
function setDocumentHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

function restoreDocumentHidden(): void {
  delete (document as { hidden?: boolean }).hidden;
}

describe('<okta-verify-signin> Okta Verify push against the simulator', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: REFRESH_MS });
  });

  afterEach(restoreDocumentHidden);
  failOnUnhandledRejections();

  it('an approved push signs the user in', async () => {
    const el = await startPush(VERIFIED);
    await waitForPush(VERIFIED);
    const detail = await approveAndSucceed(el, VERIFIED);
    expect(detail.tokens.idToken?.idToken.split('.')).to.have.length(3);
  });

  it('a denied push says so; a resent push that is approved signs in', async () => {
    const el = await startPush(VERIFIED);
    const first = await waitForPush(VERIFIED);
    await denyPush(VERIFIED);
    await expectRejected(el);

    stepButton(el, '[part=resend]').click();
    await waitUntil(() => el.step === 'approve-push' && !el.busy && pushStep(el).waiting, 'waiting for the resent push', { timeout: 5000 });
    const second = await waitForPush(VERIFIED, { notId: first.id });
    expect(second.id).to.not.equal(first.id);
    // Okta's `resend` form fixes the authenticator in a nested form; the widget sends it as Okta expects.
    const resend = (await requestLog()).filter((r) => r.path === '/idp/idx/challenge').pop();
    expect((resend?.body as { authenticator?: unknown })?.authenticator).to.deep.include({ methodType: 'push' });
    await approveAndSucceed(el, VERIFIED);
  });

  it('number challenge: shows the number the device expects; tapping it signs in', async () => {
    const el = await startPush(NUMBER);
    const push = await waitForPush(NUMBER);
    expect(push.correctAnswer, 'the simulator asks for a number').to.be.a('string');
    expect(push.choices).to.include(push.correctAnswer);
    await waitUntil(() => stepRoot(el).querySelector('[part=number]'), 'number shown', { timeout: 5000 });
    expect(stepRoot(el).querySelector('[part=number]')!.textContent!.trim()).to.equal(push.correctAnswer);
    await approveAndSucceed(el, NUMBER, push.correctAnswer);
  });

  it('number challenge: tapping a wrong number rejects the push and offers to resend', async () => {
    const el = await startPush(NUMBER);
    const push = await waitForPush(NUMBER);
    const wrong = push.choices?.find((c) => c !== push.correctAnswer);
    expect(wrong, `a wrong choice among ${JSON.stringify(push.choices)}`).to.be.a('string');
    await waitUntil(() => stepRoot(el).querySelector('[part=number]'), 'number shown', { timeout: 5000 });
    expect((await approvePush(NUMBER, wrong)).status).to.equal('rejected');
    await expectRejected(el);
    expect(el.step).to.equal('approve-push');
  });

  it('an unanswered push times out: the widget says so and "Start over" begins a new sign-in', async () => {
    await setSimSettings({ pollRefreshMs: REFRESH_MS, pushTimeoutMs: 600 });
    const el = await startPush(VERIFIED);
    await waitFor(el, 'terminal', 5000);
    const step = el.querySelector('[data-ovs-step]')!;
    expect(step.shadowRoot!.textContent).to.contain('Verification timed out');
    const before = pollsIn(await requestLog()).length;
    await sleep(4 * REFRESH_MS);
    expect(pollsIn(await requestLog()).length, 'no polls after the transaction ended').to.equal(before);
    stepButton(el, '[part=restart]').click();
    await waitFor(el, 'identify');
  });

  for (const [how, leave] of [
    ['"Back to sign in"', (el: OktaVerifySignin) => stepButton(el, '[part=cancel]').click()],
    ['restart()', (el: OktaVerifySignin) => void el.restart()],
  ] as const) {
    it(`${how} during a pending push cancels the transaction on the server and withdraws the push`, async () => {
      const el = await startPush(VERIFIED);
      await waitForPush(VERIFIED);
      const since = Date.now() - CLOCK_SLACK_MS;
      leave(el);
      await waitFor(el, 'identify');
      const sent = (await requestLog())
        .filter((r) => requestTime(r) >= since && (r.path === '/idp/idx/cancel' || r.path.endsWith('/v1/interact')))
        .map((r) => r.path);
      expect(sent, 'cancel first, then a new transaction').to.deep.equal(['/idp/idx/cancel', '/oauth2/default/v1/interact']);
      expect(await sim.pendingPush(VERIFIED), 'no push left on the device').to.equal(undefined);
      const before = pollsIn(await requestLog()).length;
      await sleep(4 * REFRESH_MS);
      expect(pollsIn(await requestLog()).length, 'no polls after leaving').to.equal(before);
    });
  }

  it('leaving the page (pagehide) withdraws the transaction and its pending push; nothing is polled after', async () => {
    const el = await startPush(VERIFIED);
    await waitForPush(VERIFIED);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await waitUntil(async () => (await sim.pendingPush(VERIFIED)) === undefined, 'push withdrawn', { timeout: 3000 });
    expect((await requestLog()).some((r) => r.path === '/idp/idx/cancel')).to.equal(true);
    const before = pollsIn(await requestLog()).length;
    await sleep(4 * REFRESH_MS);
    expect(pollsIn(await requestLog()).length, 'no polls after leaving').to.equal(before);
    el.remove();
  });

  it('switching to the code while a push is pending stops polling; the code still signs in', async () => {
    const el = await startPush(VERIFIED);
    await waitForPush(VERIFIED);
    // Act right after a poll arrived, so no poll is about to be sent: anything later comes from the switch.
    await waitForNextPoll();
    const switchedAt = Date.now();
    stepButton(el, '[part=choose-another]').click();
    await pickOktaVerifyCode(el);
    await sleep(1000);
    const late = pollsSince(await pollLog(), switchedAt);
    expect(late, `polls after the switch:\n${describeRequests(late)}`).to.deep.equal([]);

    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await submitCode(el, await totpCode(VERIFIED));
    expect((await success).detail.claims?.sub).to.equal((await simUser(VERIFIED)).id);
  });

  it('polls at the server-given pace, one at a time, and stops when the element is removed', async () => {
    const el = await startPush(VERIFIED);
    await waitForPush(VERIFIED);
    await sleep(3000);
    const polls = pollsIn(await requestLog());
    const spacings: number[] = [];
    let overlaps = 0;
    for (let i = 1; i < polls.length; i++) {
      const previous = polls[i - 1]!;
      const start = requestTime(polls[i]!);
      spacings.push(start - requestTime(previous));
      if (start < requestTime(previous) + (previous.durationMs ?? 0)) overlaps++;
    }
    const min = Math.min(...spacings);
    const mean = spacings.reduce((a, b) => a + b, 0) / spacings.length;
    console.log(
      `push cadence (refresh ${REFRESH_MS} ms, 3 s wait): ${polls.length} polls, min spacing ${min} ms, ` +
        `mean spacing ${mean.toFixed(1)} ms, max spacing ${Math.max(...spacings)} ms, overlaps ${overlaps}`,
    );
    expect(polls.length, 'polls in 3 s at a 150 ms refresh').to.be.at.least(5);
    expect(min, `spacings ${spacings.join(', ')}`).to.be.at.least(REFRESH_MS - CLOCK_SLACK_MS);
    expect(overlaps, describeRequests(polls)).to.equal(0);
    expect(polls.every((p) => typeof p.durationMs === 'number'), 'durationMs logged for every poll').to.equal(true);

    await waitForNextPoll();
    const removedAt = Date.now();
    el.remove();
    await sleep(1000);
    const after = pollsSince(await requestLog(), removedAt);
    expect(after, `requests after removal:\n${describeRequests(after)}`).to.deep.equal([]);
  });

  it('sends no polls while the page is hidden, and polls at once when it is shown again', async () => {
    const el = await startPush(VERIFIED);
    await waitForPush(VERIFIED);
    await waitForNextPoll();
    const hiddenAt = Date.now();
    setDocumentHidden(true);
    await sleep(1000);
    const whileHidden = pollsSince(await pollLog(), hiddenAt);
    expect(whileHidden, `polls while hidden:\n${describeRequests(whileHidden)}`).to.deep.equal([]);

    const shownAt = Date.now();
    setDocumentHidden(false);
    let firstAfter: LoggedRequest | undefined;
    await waitUntil(
      async () => (firstAfter = pollsSince(await pollLog(), shownAt)[0]),
      'a poll after the page is shown again',
      { timeout: 2000, interval: 10 },
    );
    const delay = requestTime(firstAfter!) - shownAt;
    console.log(`first poll ${delay} ms after the page was shown again`);
    // "At once": within one refresh interval. Hidden, the poller has no timer running, so a poll that waited
    // for one would reach the simulator at least REFRESH_MS after `shownAt` on the shared clock, and fail even
    // with the rounding of CLOCK_SLACK_MS. The allowance lies inside the interval: okta-auth-js building the
    // request and the local round trip, some 20 ms (polls arrive 12 to 26 ms later than their refresh).
    expect(delay, 'the first poll after the page is shown again, from then').to.be.below(REFRESH_MS - CLOCK_SLACK_MS);
    await approveAndSucceed(el, VERIFIED);
  });

  it('autoChallenge: after the password a push is sent without picking a method; approving it signs in', async () => {
    await patchSimUser(VERIFIED, { autoChallenge: true });
    const el = await mount();
    const steps: string[] = [];
    el.addEventListener('okta-verify-step', (e) => steps.push(e.detail.step));
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'approve-push');
    expect(steps).to.deep.equal(['approve-push']);
    expect(pushStep(el).waiting).to.equal(true);
    await waitForPush(VERIFIED);
    const challenges = (await requestLog()).filter((r) => r.path === '/idp/idx/challenge');
    expect(challenges, 'no authenticator was selected').to.deep.equal([]);
    await approveAndSucceed(el, VERIFIED);
    expect(steps).to.deep.equal(['approve-push', 'success']);
  });
});
