/**
 * The headless flow on its own, with no element: the real okta-auth-js (the minimal IDX client the widget
 * builds) against the local simulator. What the registry reads, what submissions and actions send, and what
 * is never sent.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createAuthClient, type IdxClient } from '../../src/flow/auth-client.js';
import type { FlowState } from '../../src/flow/signin-flow.js';
import { SigninFlow } from '../../src/flow/signin-flow.js';
import { STEPS } from '../../src/flow/registry.js';
import type { StepRegistry, StepWork } from '../../src/flow/steps/definition.js';
import { approvePush, CLIENT_ID, ISSUER, PASSWORD, POLL_PATH, requestLog, requestsTo, resetSim, setSimSettings, sim, totpCode, waitForFaultHit, waitForPush } from '../helpers/sim.js';

const VERIFIED = 'verified@example.com';

function newFlow(steps?: Partial<StepRegistry>): { flow: SigninFlow; states: FlowState[] } {
  let client: Promise<IdxClient> | undefined;
  const flow = new SigninFlow({ getClient: () => (client ??= createAuthClient({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: `${location.origin}/` })), steps });
  const states: FlowState[] = [];
  flow.subscribe((s) => states.push(s));
  return { flow, states };
}

async function requestsDuring(action: () => Promise<unknown> | unknown): Promise<string[]> {
  const before = (await requestLog()).length;
  await action();
  return (await requestLog()).slice(before).map((r) => r.path);
}

async function toSelectList(flow: SigninFlow): Promise<void> {
  await flow.start();
  expect(flow.current.step.name).to.equal('identify');
  await flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD });
  expect(flow.current.step.name).to.equal('choose-authenticator');
}

/** From the list to a pending push, polled. */
async function toPush(flow: SigninFlow): Promise<void> {
  await toSelectList(flow);
  const step = flow.current.step;
  if (step.name !== 'choose-authenticator') throw new Error(step.name);
  await flow.submit({ step: 'choose-authenticator', authenticator: step.authenticators.find((a) => a.key === 'okta_verify')! });
  await flow.submit({ step: 'choose-method', method: 'push' });
  expect(flow.current.step.name).to.equal('approve-push');
  await waitForPush(VERIFIED);
}

/** Every poll answer takes 400 ms and every cancel 700 ms; resolves once a poll is out. */
async function slowPollOut(): Promise<void> {
  const poll = await sim.addFault({ method: 'POST', path: POLL_PATH, times: 0, delayMs: 400 });
  await sim.addFault({ method: 'POST', path: '/idp/idx/cancel', times: 0, delayMs: 700 });
  await waitForFaultHit(poll.id);
}

describe('SigninFlow against the simulator', () => {
  let flow: SigninFlow;

  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
  });

  afterEach(() => flow?.dispose());

  it('password, Okta Verify asked locally, code → success with tokens', async () => {
    ({ flow } = newFlow());
    await toSelectList(flow);
    const step = flow.current.step;
    if (step.name !== 'choose-authenticator') throw new Error(step.name);
    const ov = step.authenticators.find((a) => a.key === 'okta_verify')!;
    // Okta Verify with push and code: the method choice is shown without a request.
    expect(await requestsDuring(() => flow.submit({ step: 'choose-authenticator', authenticator: ov }))).to.deep.equal([]);
    expect(flow.current.step.name).to.equal('choose-method');
    expect(flow.current.step.actions).to.include('choose-another');
    await flow.submit({ step: 'choose-method', method: 'totp' });
    expect(flow.current.step.name).to.equal('enter-code');
    await flow.submit({ step: 'enter-code', code: await totpCode(VERIFIED) });
    const done = flow.current.step;
    if (done.name !== 'success') throw new Error(done.name);
    expect(done.tokens.idToken?.claims.sub).to.be.a('string');
  });

  it('after success, restart() begins a new sign-in (a late submission does nothing)', async () => {
    ({ flow } = newFlow());
    await toSelectList(flow);
    const step = flow.current.step;
    if (step.name !== 'choose-authenticator') throw new Error(step.name);
    await flow.submit({ step: 'choose-authenticator', authenticator: step.authenticators.find((a) => a.key === 'okta_verify')! });
    await flow.submit({ step: 'choose-method', method: 'totp' });
    await flow.submit({ step: 'enter-code', code: await totpCode(VERIFIED) });
    expect(flow.current.step.name).to.equal('success');
    await flow.restart();
    expect(flow.current.step.name).to.equal('identify');
  });

  it('a submission for a step that is no longer shown, and an action not offered, send nothing', async () => {
    ({ flow } = newFlow());
    await toSelectList(flow);
    expect(await requestsDuring(() => flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD }))).to.deep.equal([]);
    expect(await requestsDuring(() => flow.submit({ step: 'enter-code', code: '123456' }))).to.deep.equal([]);
    expect(await requestsDuring(() => flow.act('skip'))).to.deep.equal([]);
    expect(await requestsDuring(() => flow.act('resend'))).to.deep.equal([]);
    expect(flow.current.step.name).to.equal('choose-authenticator');
  });

  it('a pending push is polled at the server pace; choose-another stops polling without a request', async () => {
    ({ flow } = newFlow());
    await toSelectList(flow);
    const step = flow.current.step;
    if (step.name !== 'choose-authenticator') throw new Error(step.name);
    await flow.submit({ step: 'choose-authenticator', authenticator: step.authenticators.find((a) => a.key === 'okta_verify')! });
    await flow.submit({ step: 'choose-method', method: 'push' });
    expect(flow.current.step.poll).to.deep.equal({ remediation: 'challenge-poll', refreshMs: 150 });
    await waitForPush(VERIFIED);
    await waitUntil(async () => (await requestLog()).filter((r) => r.path === '/idp/idx/challenge/poll').length >= 2, 'two polls');
    flow.act('choose-another');
    expect(flow.current.step.name).to.equal('choose-authenticator');
    expect(flow.current.step.poll).to.equal(undefined);
    const polls = (await requestLog()).filter((r) => r.path === '/idp/idx/challenge/poll').length;
    await new Promise((r) => setTimeout(r, 600));
    // One poll may have been out already; none is sent after it.
    expect((await requestLog()).filter((r) => r.path === '/idp/idx/challenge/poll').length).to.be.at.most(polls + 1);
  });

  it('cancel withdraws the transaction on the server, then starts a new one', async () => {
    ({ flow } = newFlow());
    await toSelectList(flow);
    const sent = await requestsDuring(() => flow.act('cancel'));
    expect(sent.filter((p) => p === '/idp/idx/cancel' || p.endsWith('/v1/interact'))).to.deep.equal(['/idp/idx/cancel', '/oauth2/default/v1/interact']);
    expect(flow.current.step.name).to.equal('identify');
  });

  it('a poll that answers while "Back to sign in" runs is dropped: busy throughout, no poll after the cancel, no error', async () => {
    let states: FlowState[];
    ({ flow, states } = newFlow());
    await toPush(flow);
    await slowPollOut();
    const from = states.length;
    await flow.act('cancel');
    const during = states.slice(from);
    const last = during[during.length - 1]!;
    expect(last.step.name).to.equal('identify');
    expect(last.busy).to.equal(false);
    expect(during.slice(0, -1).map((s) => `${s.step.name} busy=${s.busy}`).filter((s) => !s.endsWith('busy=true')), 'busy until the identify step').to.deep.equal([]);
    expect(during.filter((s) => s.error).map((s) => s.error!.kind), 'no error').to.deep.equal([]);
    const log = await requestLog();
    const [cancel] = requestsTo(log, '/idp/idx/cancel');
    expect(cancel, 'the cancel was sent').to.exist;
    expect(requestsTo(log, POLL_PATH).filter((r) => r.time >= cancel!.time), 'polls after the cancel started').to.deep.equal([]);
    expect(flow.current.step.poll).to.equal(undefined);
  });

  it('an approval carried by a poll that answers after restart() does not sign in: the latest call wins', async () => {
    let states: FlowState[];
    ({ flow, states } = newFlow());
    await toPush(flow);
    await slowPollOut();
    // The poll that is out reads the push after its delay, so it comes back approved.
    await approvePush(VERIFIED);
    const from = states.length;
    await flow.restart();
    expect(states.slice(from).map((s) => s.step.name).filter((name) => name !== 'approve-push' && name !== 'identify'), 'steps shown').to.deep.equal([]);
    expect(flow.current.step.name).to.equal('identify');
    // The new transaction is a working one.
    await flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD });
    expect(flow.current.step.name).to.equal('choose-authenticator');
  });

  it('handOff: the page takes over and nothing more is sent until start()', async () => {
    ({ flow } = newFlow());
    await flow.start();
    flow.handOff();
    expect(flow.current.step.name).to.equal('handled-by-page');
    expect(await requestsDuring(() => flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD }))).to.deep.equal([]);
    expect(await requestsDuring(() => flow.act('restart'))).to.deep.equal([]);
    await flow.start();
    expect(flow.current.step.name).to.equal('identify');
  });

  it('after dispose a response still in flight is dropped and listeners hear nothing', async () => {
    let states: FlowState[];
    ({ flow, states } = newFlow());
    await flow.start();
    const pending = flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD });
    flow.dispose();
    const heard = states.length;
    await pending;
    expect(states.length).to.equal(heard);
    expect(flow.current.step.name).to.equal('identify');
  });

  describe("a step's own work while it is shown (run)", () => {
    /** The push step with work that records each run's signal. */
    function pushWithWork(): { steps: Partial<StepRegistry>; runs: StepWork[] } {
      const runs: StepWork[] = [];
      return { runs, steps: { 'approve-push': { ...STEPS['approve-push'], run: (_step, work) => void runs.push(work) } } };
    }

    const pollCount = async () => (await requestLog()).filter((r) => r.path === POLL_PATH).length;

    it('starts once when its step appears, keeps running while polls bring the same step back, and stops on "Back to sign in"', async () => {
      const { steps, runs } = pushWithWork();
      ({ flow } = newFlow(steps));
      await toPush(flow);
      const before = await pollCount();
      await waitUntil(async () => (await pollCount()) >= before + 3, 'three more polls');
      expect(runs.length, 'one run across the polls').to.equal(1);
      expect(runs[0]!.signal.aborted).to.equal(false);
      const cancelled = flow.act('cancel');
      expect(runs[0]!.signal.aborted, 'aborted as the newer call starts').to.equal(true);
      await cancelled;
      expect(flow.current.step.name).to.equal('identify');
    });

    it('is stopped by choosing another authenticator, by restart() and by dispose; work that was stopped sends nothing', async () => {
      const { steps, runs } = pushWithWork();
      ({ flow } = newFlow(steps));
      await toPush(flow);
      flow.act('choose-another');
      expect(runs[0]!.signal.aborted, 'left the step').to.equal(true);
      expect(await requestsDuring(() => runs[0]!.proceed('challenge-poll', {})), 'a stopped run proceeds nowhere').to.deep.equal([]);

      const step = flow.current.step;
      if (step.name !== 'choose-authenticator') throw new Error(step.name);
      await flow.submit({ step: 'choose-authenticator', authenticator: step.authenticators.find((a) => a.key === 'okta_verify')! });
      await flow.submit({ step: 'choose-method', method: 'push' });
      expect(runs.length).to.equal(2);
      const restarted = flow.restart();
      expect(runs[1]!.signal.aborted, 'restart').to.equal(true);
      await restarted;

      await flow.submit({ step: 'identify', username: VERIFIED, password: PASSWORD });
      const list = flow.current.step;
      if (list.name !== 'choose-authenticator') throw new Error(list.name);
      await flow.submit({ step: 'choose-authenticator', authenticator: list.authenticators.find((a) => a.key === 'okta_verify')! });
      await flow.submit({ step: 'choose-method', method: 'push' });
      expect(runs.length).to.equal(3);
      flow.dispose();
      expect(runs[2]!.signal.aborted, 'dispose').to.equal(true);
    });
  });

  it('leaving for an identity provider keeps the transaction and what its return needs; back with the Back button, the step is usable again', async () => {
    const left: Array<{ url: string; record: { state: string; codeVerifier: string } }> = [];
    let client: Promise<IdxClient> | undefined;
    flow = new SigninFlow({
      getClient: () => (client ??= createAuthClient({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: `${location.origin}/` })),
      navigate: (url, record) => left.push({ url, record }),
    });
    await flow.start();
    const step = flow.current.step;
    if (step.name !== 'identify' || !step.identityProviders.length) throw new Error(`no identity provider on ${step.name}`);
    const sent = await requestsDuring(() => flow.submit({ step: 'identify', identityProvider: step.identityProviders[0]!.id }));
    expect(sent.filter((p) => p.startsWith('/idp/')), 'nothing sent to Okta on the way out').to.deep.equal([]);
    expect(left).to.have.length(1);
    expect(left[0]!.url).to.match(/\/sso\/idps\//);
    expect(left[0]!.record.codeVerifier).to.have.length.greaterThan(40);
    expect(flow.current.busy, 'busy while the page goes').to.equal(true);
    expect(await requestsDuring(() => flow.leave()), 'the transaction stays open for the return').to.deep.equal([]);

    flow = new SigninFlow({ getClient: () => client!, navigate: (url, record) => left.push({ url, record }) });
    await flow.start();
    await flow.submit({ step: 'identify', identityProvider: (flow.current.step as { identityProviders: Array<{ id: string }> }).identityProviders[0]!.id });
    flow.cameBack();
    expect(flow.current.busy).to.equal(false);
    expect(flow.current.step.name).to.equal('identify');
  });
});
