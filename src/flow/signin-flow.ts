/**
 * The headless sign-in flow: drives okta-auth-js in step mode, one SDK call at a time, and exposes the
 * current `Step`, whether a request is running, and the last error. No DOM: it is unit-testable in any
 * JavaScript runtime, and the `<okta-verify-signin>` element is only its view.
 *
 * It knows no step by name: the registry reads each response into a step, says what a step's form sends,
 * and every step's `actions` and `poll` are handled here the same way.
 */
import type { IdxClient, IdxTransactionLike } from './auth-client.js';
import { fromErrorBody, isErrorBody, toFlowError, type FlowError, type LastResponse } from './errors.js';
import { ACTIONS, type ActionContext } from './actions.js';
import type { RawIdx } from './idx/raw.js';
import { viewOf, type IdxView } from './idx/view.js';
import type { FlowMessage, SignInTokens, Step, StepAction, StepName, StepSubmission, SubmittableStep } from './model.js';
import { Poller, type Clock, type PollOutcome, type Visibility } from './poller.js';
import type { RequestScope } from './scoped-fetch.js';
import { definitionOf, readBeside, readStep } from './registry.js';
import type { Move, StepDefinition, StepRegistry, StepWork } from './steps/definition.js';
import { hostedSignInUrl, isWebUrl, recordOf, type RedirectRecord, type RedirectReturn } from './redirect.js';
import { resumeOrStart } from './resume.js';

export interface FlowState {
  step: Step;
  /** A request the user started is running. Background polls do not count. */
  busy: boolean;
  error?: FlowError;
  /** Polls are failing and being retried; shown as a quiet "reconnecting" note. */
  reconnecting?: boolean;
  /** The transaction is starting behind an optimistic first step; the user can already type. */
  starting?: boolean;
}

export interface SigninFlowOptions {
  /** Returns the okta-auth-js client; called before each request. */
  getClient: () => Promise<IdxClient>;
  clock?: Clock;
  visibility?: Visibility;
  /** Set to the signal of the call being made; the client built with it sends nothing for a call given up. */
  scope?: RequestScope;
  /**
   * Leaves the page for `url` (an identity provider, the org's own sign-in page), which comes back to the
   * redirect URI; `record` must be kept until then and given to `start({ returning })`. Without it, nothing
   * leaves the page and "Sign in with …" does nothing.
   */
  navigate?: (url: string, record: RedirectRecord) => void;
  /** On a step the widget does not render, offer to continue on the org's own sign-in page (`continue-hosted`). */
  hostedFallback?: boolean;
  /**
   * Definitions that replace the registry's for some steps.
   * @internal for tests of the flow's own mechanics
   */
  steps?: Partial<StepRegistry>;
}

export type FlowListener = (state: FlowState) => void;

export class SigninFlow {
  private state: FlowState = { step: { name: 'loading', messages: [], actions: [] }, busy: false };
  private readonly listeners = new Set<FlowListener>();
  /** The last IDX response, for local moves such as "verify with something else", and for `cancel`. */
  private raw: RawIdx | undefined;
  /** The response as the current step reads it (its primary remediation), for what its form sends. */
  private idx: IdxView | undefined;
  /** Repeats the last request after a retryable error. */
  private lastRequest: (() => Promise<void>) | undefined;
  private disposed = false;
  /** Numbers each call the user makes; an answer to any but the latest is dropped. */
  private epoch = 0;
  /** The epoch of the latest call that superseded the others (start, restart): no poll sent before it counts. */
  private supersededAt = 0;
  /** Aborted on dispose: nothing is sent for this flow afterwards. */
  private readonly life = new AbortController();
  /** Aborted when a newer call supersedes the running one. */
  private call?: AbortController;
  private readonly scope: RequestScope;
  /** A transaction starting behind an optimistic first step; what the user submits meanwhile waits for it. */
  private background?: Promise<void>;
  /** The host page took over: nothing is sent until `start()`. */
  private handedOff = false;
  /** The poll request that is out, if any; user requests wait for it to settle before they are sent. */
  private pollInFlight: Promise<unknown> | undefined;
  private readonly poller: Poller;
  private readonly getClient: () => Promise<IdxClient>;
  private readonly steps: Partial<StepRegistry>;
  private readonly navigate?: (url: string, record: RedirectRecord) => void;
  private readonly hostedFallback: boolean;
  /** The page is leaving for another site that will send the browser back: the transaction stays open. */
  private departed = false;
  /** The username last typed, for the org's sign-in page when the widget hands over to it. */
  private username?: string;
  /** Aborts the current step's `run` work; see `beginWork`. */
  private work?: AbortController;
  /** A message the step's work asked to show on the step the next answer brings (why FastPass failed). */
  private noteForNext?: FlowMessage;
  /** The response being applied came from a poll: the same step again keeps its work running. */
  private applyingPoll = false;

  constructor(options: SigninFlowOptions) {
    this.getClient = options.getClient;
    this.steps = options.steps ?? {};
    this.navigate = options.navigate;
    this.hostedFallback = !!options.hostedFallback;
    this.scope = options.scope ?? {};
    this.scope.signal = this.life.signal;
    this.poller = new Poller({
      tick: () => this.pollOnce(),
      clock: options.clock,
      visibility: options.visibility,
      onReconnecting: (reconnecting) => this.set({ reconnecting }),
    });
  }

  get current(): FlowState {
    return this.state;
  }

  subscribe(listener: FlowListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts a new sign-in transaction. The previous one, if any, is left to expire on the server. It wins over
   * a call still running: that call's requests are cut and its answer is dropped.
   */
  start(options: { optimistic?: boolean; resume?: boolean; returning?: { params: RedirectReturn; record?: RedirectRecord } } = {}): Promise<void> {
    this.handedOff = false;
    if (options.returning) return this.completeRedirect(options.returning.params, options.returning.record);
    if (options.resume) return this.request(async (client) => resumeOrStart(client), true);
    if (!options.optimistic) return this.request(async (client) => client.idx.start(), true);
    // Most orgs begin with username and password: show that at once, and let the real first step replace it.
    this.set({ step: { name: 'identify', purpose: 'sign-in', messages: [], actions: [], withPassword: true, identityProviders: [], fastPass: false }, error: undefined, starting: true });
    const started = this.request(async (client) => client.idx.start(), true, true);
    this.background = started;
    void started.finally(() => {
      if (this.background !== started) return;
      this.background = undefined;
      if (!this.disposed) this.set({ starting: false });
    });
    return started;
  }

  /** Withdraws the current transaction on the server (a pending push or enrollment with it), then starts a new one. */
  restart(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.handedOff = false;
    const canCancel = !!this.raw?.cancel;
    return this.request(async (client, isCurrent) => {
      if (canCancel) {
        // Best effort: a transaction that is already gone must not keep the user from starting again.
        await cancelTransaction(client).catch(() => undefined);
        if (!isCurrent()) throw SUPERSEDED;
      }
      return client.idx.start();
    }, true);
  }

  /** Submits the current step's form. A submission for a step that is no longer shown is ignored. */
  submit(submission: StepSubmission): Promise<void> {
    if (this.background) return this.whenStarted(() => this.submit(submission));
    const step = this.state.step;
    if (submission.step !== step.name) return Promise.resolve();
    const definition = this.definition(step.name) as StepDefinition<SubmittableStep>;
    if (!definition.submit) return Promise.resolve();
    const { step: _name, ...values } = submission;
    if ('username' in values && typeof values.username === 'string') this.username = values.username;
    const move = (definition.submit as (v: unknown, ctx: unknown) => Move)(values, { step, idx: this.idx });
    return this.perform(move);
  }

  /** Runs one of the current step's `actions`, as its row in `ACTIONS` says. Actions it does not offer are ignored. */
  act(action: StepAction): Promise<void> {
    if (!this.state.step.actions.includes(action) || this.disposed) return Promise.resolve();
    const ctx: ActionContext = {
      idx: this.idx,
      proceed: (remediation, values) => this.proceed(remediation, values),
      runIdxAction: (name, params) => this.request((client) => client.idx.proceed({ actions: [params ? { name, params } : name] })),
      showBeside: (remediation) => this.showBeside(remediation),
      start: (withdraw) => (withdraw ? this.restart() : this.start()),
      continueHosted: () => this.continueHosted(),
    };
    return Promise.resolve(ACTIONS[action].run(ctx));
  }

  /** Repeats the request that failed, or starts over when that cannot help. */
  retry(): Promise<void> {
    const error = this.state.error;
    if (error?.recovery === 'retry' && this.lastRequest) return this.lastRequest();
    return this.start();
  }

  /** The host page handles the rest (e.g. an expired password): polling stops and nothing more is sent. */
  handOff(): void {
    this.handedOff = true;
    this.poller.stop();
    this.stopWork();
    this.set({ step: { name: 'handled-by-page', messages: [], actions: [] }, busy: false, error: undefined, reconnecting: false });
  }

  /**
   * The page is going away: the transaction is withdrawn on the server by a request that outlives the page
   * (`keepalive`), so a pending push or enrollment does not stay on the user's device; then the flow ends.
   * After a hand-off it only ends.
   */
  leave(): void {
    // Handed off: the transaction is the page's now, and nothing more is sent for it. Left for an identity
    // provider: the transaction must live until the browser comes back.
    if (this.handedOff || this.departed) return this.dispose();
    const cancel = this.raw?.cancel as { href?: unknown } | undefined;
    const stateHandle = this.raw?.stateHandle;
    const href = typeof cancel?.href === 'string' ? cancel.href : undefined;
    this.dispose();
    if (!href || typeof stateHandle !== 'string') return;
    void fetch(href, {
      method: 'POST',
      keepalive: true,
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json; okta-version=1.0.0' },
      body: JSON.stringify({ stateHandle }),
    }).catch(() => undefined);
  }

  /** Stops polling, cuts the requests still out, ignores their answers and drops listeners. */
  dispose(): void {
    this.disposed = true;
    this.life.abort();
    this.poller.stop();
    this.stopWork();
    this.listeners.clear();
  }

  /**
   * Waits (busy) for a transaction starting in the background, then goes on against the step it brought: a
   * submission for a step that is no longer shown is dropped, and a start that failed shows its error.
   */
  private async whenStarted(then: () => Promise<void>): Promise<void> {
    const background = this.background!;
    if (this.state.busy) return;
    this.set({ busy: true });
    await background.catch(() => undefined);
    if (this.disposed) return;
    this.set({ busy: false });
    if (this.state.error || this.background) return;
    return then();
  }

  private perform(move: Move): Promise<void> {
    if (move.kind === 'show') {
      if (this.state.busy) return Promise.resolve();
      this.poller.stop();
      this.set({ step: move.step, error: undefined, reconnecting: false });
      return Promise.resolve();
    }
    if (move.kind === 'redirect') return this.leaveFor(async () => move.href);
    return this.proceed(move.remediation, move.values);
  }

  /**
   * The page is shown again after it left for another site (the user came back with the browser's Back
   * button): the step it left from is usable again.
   */
  cameBack(): void {
    if (!this.departed || this.disposed) return;
    this.departed = false;
    this.set({ busy: false });
    if (this.state.step.poll) this.poller.start(this.state.step.poll.refreshMs);
  }

  /** Hands the sign-in to the org's own page, with the username the user gave. */
  private continueHosted(): Promise<void> {
    return this.leaveFor(async (client) => hostedSignInUrl(client, this.state.step.identifier ?? this.username));
  }

  /**
   * Leaves the page for a web address, keeping what the return needs. Busy until the page goes; a URL that
   * cannot be built, or a page that gave no way to navigate, is an error the user can retry.
   */
  private async leaveFor(target: (client: IdxClient) => Promise<string | undefined>): Promise<void> {
    if (this.state.busy || this.disposed || this.handedOff) return;
    this.set({ busy: true, error: undefined });
    try {
      const client = await this.getClient();
      const href = await target(client);
      const record = recordOf(client);
      if (!href || !isWebUrl(href) || !record || !this.navigate) throw new Error('This sign-in cannot continue on another page.');
      this.poller.stop();
      this.stopWork();
      this.departed = true;
      this.navigate(href, record);
    } catch (error) {
      if (!this.disposed) this.set({ busy: false, error: toFlowError(error, Date.now(), this.scope.last) });
    }
  }

  /**
   * Back from an identity provider or the org's sign-in page: the code it brought is exchanged for tokens with
   * the verifier kept for the trip, once the state matches. An error it brought, or a state that does not match
   * (another tab, a forged link), ends on a step that says so, with "Back to sign in".
   */
  private completeRedirect(params: RedirectReturn, record: RedirectRecord | undefined): Promise<void> {
    return this.request(async (client) => {
      const code = params.interactionCode ?? params.authorizationCode;
      // Only a return of this widget's own trip (its state) is believed, an error included.
      const ours = !!record && record.state === params.state;
      const text = !ours || (!code && !params.error) ? 'This sign-in link is no longer valid.' : params.error ? (params.errorDescription ?? params.error) : undefined;
      if (text !== undefined) {
        const key = ours && params.error ? `oauth.${params.error}` : 'ovs.redirectInvalid';
        return { status: 'TERMINAL', rawIdxState: { messages: { value: [{ message: text, class: 'ERROR', i18n: { key } }] } } };
      }
      if (!client.token) throw new Error('This okta-auth-js client cannot exchange a code for tokens.');
      const codeParam = params.interactionCode ? { interactionCode: params.interactionCode } : { authorizationCode: params.authorizationCode };
      const { tokens } = await client.token.exchangeCodeForTokens({ ...codeParam, codeVerifier: record!.codeVerifier });
      return { status: 'SUCCESS', tokens };
    }, true);
  }

  /** Shows the step of another remediation of the last response (a list, the channel choice); no request. */
  private showBeside(remediation: string): void {
    if (this.state.busy) return;
    const beside = readBeside(this.raw, remediation);
    if (!beside) return;
    this.poller.stop();
    this.idx = beside.idx;
    this.set({ step: beside.step, error: undefined, reconnecting: false });
  }

  private proceed(step: string, values: Record<string, unknown>): Promise<void> {
    return this.request(async (client) => client.idx.proceed({ step, ...values }));
  }

  /**
   * Runs one SDK call the user asked for. While one runs, new ones are ignored (the UI is busy) unless they
   * `supersede` it (start, restart): then the running call's requests are cut and its answer is dropped —
   * the latest call wins. A poll that is out is waited for first, and its answer is dropped (see `pollOnce`):
   * only a sign-in it completed survives, and not even that when this call supersedes. After every wait the
   * call checks it is still the latest and the flow is still alive.
   */
  private request(
    call: (client: IdxClient, isCurrent: () => boolean) => Promise<IdxTransactionLike>,
    supersede = false,
    /** Runs behind the page without making it busy (the optimistic start). */
    quiet = false,
  ): Promise<void> {
    if ((this.state.busy && !supersede) || this.disposed || this.handedOff) return Promise.resolve();
    const run = async (): Promise<void> => {
      if ((this.state.busy && !supersede) || this.disposed || this.handedOff) return;
      const epoch = ++this.epoch;
      if (supersede) this.supersededAt = epoch;
      const isCurrent = () => epoch === this.epoch && !this.disposed && !this.handedOff;
      this.call?.abort();
      const controller = (this.call = new AbortController());
      this.poller.stop();
      // Latest call wins, for the step's own work too.
      this.stopWork();
      this.set({ busy: !quiet, error: undefined, reconnecting: false });
      try {
        await this.pollInFlight?.catch(() => undefined);
        if (!isCurrent()) return;
        // Signed in: only a new start goes on (a late submission has nothing left to do).
        if (!supersede && this.state.step.name === 'success') {
          this.set({ busy: false });
          return;
        }
        const client = await this.getClient();
        if (!isCurrent()) return;
        this.scope.signal = anySignal(this.life.signal, controller.signal);
        const tx = await call(client, isCurrent);
        if (!isCurrent()) return;
        this.apply(tx, client);
      } catch (error) {
        this.noteForNext = undefined;
        if (!isCurrent() || error === SUPERSEDED) return;
        // okta-auth-js's step mode fails on an answer with no remediation (account unlocked, password reset):
        // Okta answered, and its answer is the ending to show.
        const ending = endingOf(this.scope.last);
        if (ending) {
          const client = await this.getClient().catch(() => undefined);
          if (client && isCurrent()) return this.apply(ending, client);
        }
        this.set({ busy: false, error: toFlowError(error, Date.now(), this.scope.last) });
        // The step stays: so does its work.
        this.beginWork(this.state.step);
      } finally {
        if (this.call === controller) this.call = undefined;
      }
    };
    this.lastRequest = run;
    return run();
  }

  /**
   * One background poll of whatever the current step waits for; the Poller decides when, never two at once.
   * Its answer counts only while nothing else happened: once a call of the user's started (or the step
   * changed) it is dropped, except a completed sign-in, which still counts unless a start or restart
   * superseded it.
   */
  private async pollOnce(): Promise<PollOutcome> {
    const step = this.state.step;
    const poll = step.poll;
    if (this.state.busy || this.disposed || this.handedOff || !poll) return { kind: 'stop' };
    const sentAt = this.epoch;
    const alive = () => !this.disposed && !this.handedOff && this.supersededAt <= sentAt;
    const undisturbed = () => alive() && this.epoch === sentAt && !this.state.busy && this.state.step === step;
    const outcome = (async (): Promise<PollOutcome> => {
      const client = await this.getClient();
      if (this.disposed || this.state.busy) return { kind: 'stop' };
      // Polls are cut only when the flow ends: a poll that carries an approval must be allowed to finish.
      this.scope.signal = this.life.signal;
      let tx: IdxTransactionLike;
      try {
        tx = await client.idx.proceed(poll.action ? { actions: [poll.action] } : { step: poll.remediation });
      } catch (error) {
        return undisturbed() ? this.pollFailed(toFlowError(error, Date.now(), this.scope.last)) : { kind: 'stop' };
      }
      if (!alive() || (tx.status !== 'SUCCESS' && !undisturbed())) return { kind: 'stop' };
      // Okta's error JSON (429, 5xx) or an unreadable body: the push is still out; poll again, at the reset time.
      if (isErrorBody(tx.rawIdxState)) return this.pollFailed(fromErrorBody(tx.rawIdxState, this.scope.last));
      this.applyingPoll = true;
      try {
        this.apply(tx, client);
      } finally {
        this.applyingPoll = false;
      }
      const next = this.state.step.poll;
      return next ? { kind: 'continue', refreshMs: next.refreshMs } : { kind: 'stop' };
    })();
    this.pollInFlight = outcome;
    try {
      return await outcome;
    } finally {
      if (this.pollInFlight === outcome) this.pollInFlight = undefined;
    }
  }

  /** A failed poll worth another try is retried by the Poller (at the reset time after a 429); any other shows. */
  private pollFailed(error: FlowError): PollOutcome {
    if (error.recovery === 'retry') return { kind: 'failed', retryAt: error.retryAt };
    this.set({ error, reconnecting: false });
    return { kind: 'stop' };
  }

  private apply(tx: IdxTransactionLike, client: IdxClient): void {
    if (tx.status === 'SUCCESS') {
      const tokens = (tx.tokens ?? {}) as SignInTokens;
      this.raw = undefined;
      this.idx = undefined;
      this.poller.stop();
      this.set({ busy: false, step: { name: 'success', messages: [], actions: [], tokens } });
      return;
    }
    // Okta's error JSON or an unreadable body, which okta-auth-js hands back as a transaction with no step:
    // the request failed, the step (and what was typed in it) stays, and the error says what to do.
    if (isErrorBody(tx.rawIdxState)) {
      this.set({ busy: false, error: fromErrorBody(tx.rawIdxState, this.scope.last) });
      this.beginWork(this.state.step);
      return;
    }
    const raw = tx.rawIdxState as unknown as RawIdx | undefined;
    // A failed request keeps okta-auth-js's own messages (it merges field messages the same way).
    let step = readStep(raw, tx.status);
    const note = this.noteForNext;
    this.noteForNext = undefined;
    if (note) step = { ...step, messages: [...step.messages, note] };
    // A poll that brings the same step back says nothing of what the user did: Okta's last words on it stay
    // (a wrong code stays marked while the page waits for the email's link).
    const before = this.state.step;
    if (this.applyingPoll && step.name === before.name && !step.messages.length && before.messages.length) step = { ...step, messages: before.messages };
    if (step.name === 'unsupported' && this.hostedFallback && this.navigate) step = { ...step, actions: [...step.actions, 'continue-hosted'] };
    // okta-auth-js keeps an ended transaction (expired, timed out) in storage; nothing can resume it.
    if (step.name === 'terminal') client.transactionManager?.clear();
    const primary = raw?.remediation?.value?.[0];
    if (raw && primary && step.name !== 'terminal') {
      this.raw = raw;
      this.idx = viewOf(raw, primary, step.messages);
    } else {
      this.raw = undefined;
      this.idx = undefined;
    }
    const wasPolling = this.poller.active;
    // An expired transaction ends the sign-in; the page hears of it as an error too.
    const expired = step.name === 'terminal' && step.messages.some((m) => m.key === 'idx.session.expired');
    this.set({ busy: false, step, ...(expired ? { error: sessionExpired(step.messages, this.scope.last) } : {}) });
    // Any step the server asks to poll is polled at its pace; any other step ends polling.
    if (step.poll) {
      if (!wasPolling) this.poller.start(step.poll.refreshMs);
    } else if (wasPolling) {
      this.poller.stop();
    }
  }

  private set(patch: Partial<FlowState>): void {
    const before = this.state.step;
    this.state = { ...this.state, ...patch };
    // A new step starts its own work; a poll bringing the same step back leaves it running.
    const step = this.state.step;
    if (step !== before && !(this.applyingPoll && step.name === before.name && this.work)) this.beginWork(step);
    for (const listener of this.listeners) listener(this.state);
  }

  private definition<N extends StepName>(name: N): StepDefinition<N> {
    return (this.steps[name] as StepDefinition<N> | undefined) ?? definitionOf(name);
  }

  /**
   * Starts the `run` work of the step now shown, if its definition has any, with a signal that `stopWork`
   * aborts: when the step is left, when a newer call starts, on hand-off and when the flow ends.
   */
  private beginWork(step: Step): void {
    this.stopWork();
    const run = this.definition(step.name).run as StepDefinition<StepName>['run'];
    if (!run || this.disposed || this.handedOff) return;
    const controller = (this.work = new AbortController());
    const { signal } = controller;
    const work: StepWork = {
      signal,
      idx: this.idx,
      proceed: (remediation, values) => (signal.aborted ? Promise.resolve() : this.proceed(remediation, values)),
      act: (action, params, note) => {
        // While a call of the user's runs, the work's request would be dropped, and its note with it.
        if (signal.aborted || this.state.busy) return Promise.resolve();
        this.noteForNext = note;
        return this.request((client) => client.idx.proceed({ actions: [{ name: action, params }] }));
      },
      note: (message) => {
        if (!signal.aborted) this.set({ step: { ...this.state.step, messages: [...this.state.step.messages, message] } as Step });
      },
      pollNow: () => {
        if (!signal.aborted) this.poller.nudge();
      },
    };
    // Work that fails leaves the step as it is: the user still has its form and actions.
    void Promise.resolve()
      .then(() => (signal.aborted ? undefined : run(step, work)))
      .catch(() => undefined);
  }

  private stopWork(): void {
    this.work?.abort();
    this.work = undefined;
  }
}

/** A 2xx IDX answer with messages and no remediation: the transaction's ending, as Okta sent it. */
function endingOf(last: { status: number; body?: unknown } | undefined): IdxTransactionLike | undefined {
  const body = last?.body as RawIdx | undefined;
  if (!last || last.status < 200 || last.status >= 300 || !body || typeof body !== 'object' || !('version' in body)) return undefined;
  if (body.remediation?.value?.length || !body.messages?.value?.length) return undefined;
  return { status: 'TERMINAL', rawIdxState: body };
}

/** Marks a call given up because a newer one superseded it (or the flow ended) between two of its requests. */
const SUPERSEDED = Symbol('superseded');

/** Aborted when either is; browsers without `AbortSignal.any` fall back to the flow's own signal. */
function anySignal(life: AbortSignal, call: AbortSignal): AbortSignal {
  return typeof AbortSignal.any === 'function' ? AbortSignal.any([life, call]) : life;
}

/** `/idp/idx/cancel`: the full client's `idx.cancel()`, or the response's `cancel` action on the minimal one. */
function cancelTransaction(client: IdxClient): Promise<unknown> {
  return client.idx.cancel ? client.idx.cancel() : client.idx.proceed({ actions: ['cancel'] });
}

function sessionExpired(messages: Array<{ text: string }>, last?: LastResponse): FlowError {
  return { kind: 'session-expired', recovery: 'restart', status: last?.status, detail: messages[0]?.text ?? 'The transaction has expired', cause: messages };
}
