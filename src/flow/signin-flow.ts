/**
 * The headless sign-in flow: drives okta-auth-js in step mode, one SDK call at a time, and exposes the
 * current `Step`, whether a request is running, and the last error. No DOM: it is unit-testable in any
 * JavaScript runtime, and the `<okta-verify-signin>` element is only its view.
 */
import type { IdxTransaction } from '@okta/okta-auth-js';
import type { IdxClient } from './auth-client.js';
import { toFlowError, type FlowError } from './errors.js';
import { oktaVerifyMethods, readChoiceList, readStep, type RawField, type RawIdx, type RawRemediation } from './idx-reader.js';
import type { AuthenticatorChoice, OktaVerifyMethod, SignInTokens, Step } from './model.js';
import { Poller, type Clock, type PollOutcome, type Visibility } from './poller.js';

export interface FlowState {
  step: Step;
  /** A request the user started is running. Background polls do not count. */
  busy: boolean;
  error?: FlowError;
  /** Polls are failing and being retried; shown as a quiet "reconnecting" note. */
  reconnecting?: boolean;
}

export interface SigninFlowOptions {
  /** Returns the okta-auth-js client; called before each request. */
  getClient: () => Promise<IdxClient>;
  clock?: Clock;
  visibility?: Visibility;
}

export type FlowListener = (state: FlowState) => void;

export class SigninFlow {
  private state: FlowState = { step: { name: 'loading', messages: [] }, busy: false };
  private readonly listeners = new Set<FlowListener>();
  /** The last IDX response, for local moves such as "verify with something else". */
  private raw: RawIdx | undefined;
  /** Repeats the last request after a retryable error. */
  private lastRequest: (() => Promise<void>) | undefined;
  private disposed = false;
  /** The poll request that is out, if any; user requests wait for it to settle before they are sent. */
  private pollInFlight: Promise<unknown> | undefined;
  private readonly poller: Poller;
  private readonly getClient: () => Promise<IdxClient>;

  constructor(options: SigninFlowOptions) {
    this.getClient = options.getClient;
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

  /** Starts (or restarts) a sign-in transaction. */
  start(): Promise<void> {
    return this.request(async (client) => client.idx.start());
  }

  /** Username and, on orgs that ask for both at once, the password. */
  identify(username: string, password?: string): Promise<void> {
    const values: Record<string, unknown> = { identifier: username };
    if (password !== undefined) values.credentials = { passcode: password };
    return this.proceed('identify', values);
  }

  /** A choice from the "verify with" list. Okta Verify with several methods first asks which one, locally. */
  selectAuthenticator(choice: AuthenticatorChoice, method?: string): Promise<void> {
    if (choice.key === 'okta_verify' && !method) {
      const methods = oktaVerifyMethods(choice);
      if (methods.length > 1) {
        this.set({ step: { name: 'okta-verify-method', messages: [], authenticator: choice, methods }, error: undefined });
        return Promise.resolve();
      }
      method = methods[0];
    }
    const authenticator: Record<string, string> = { id: choice.id };
    if (method) authenticator.methodType = method;
    return this.proceed('select-authenticator-authenticate', { authenticator });
  }

  chooseOktaVerifyMethod(method: OktaVerifyMethod): Promise<void> {
    const step = this.state.step;
    if (step.name !== 'okta-verify-method') return Promise.resolve();
    return this.selectAuthenticator(step.authenticator, method);
  }

  submitCode(code: string): Promise<void> {
    return this.proceed('challenge-authenticator', { credentials: { totp: code } });
  }

  /** Sends a new push (or enrollment link): the `resend` remediation after a rejection, else the resend action. */
  resend(): Promise<void> {
    const remediation = this.raw?.remediation?.value?.find((r) => r.name === 'resend');
    if (remediation) return this.proceed('resend', fixedValues(remediation));
    const current = this.raw?.currentAuthenticator ? 'currentAuthenticator' : 'currentAuthenticatorEnrollment';
    return this.request((client) => client.idx.proceed({ actions: [`${current}-resend`] }));
  }

  /** Back to the "verify with" list the server offered beside the current step; no request needed. */
  chooseAnother(): void {
    if (this.state.busy) return;
    const list = readChoiceList(this.raw);
    if (!list) return;
    this.poller.stop();
    this.set({ step: list, error: undefined, reconnecting: false });
  }

  /** Repeats the request that failed, or starts over when that cannot help. */
  retry(): Promise<void> {
    const error = this.state.error;
    if (error?.recovery === 'retry' && this.lastRequest) return this.lastRequest();
    return this.start();
  }

  /** Stops polling, ignores responses still in flight and drops listeners. */
  dispose(): void {
    this.disposed = true;
    this.poller.stop();
    this.listeners.clear();
  }

  private proceed(step: string, values: Record<string, unknown>): Promise<void> {
    return this.request(async (client) => client.idx.proceed({ step, ...values }));
  }

  /**
   * Runs one SDK call the user asked for. Calls never overlap: while one runs, new ones are ignored (the UI
   * is busy), and a poll that is out is waited for first — its answer is dropped unless it signed the user in.
   */
  private request(call: (client: IdxClient) => Promise<IdxTransaction>): Promise<void> {
    if (this.state.busy || this.disposed) return Promise.resolve();
    const run = async (): Promise<void> => {
      if (this.state.busy || this.disposed) return;
      this.poller.stop();
      this.set({ busy: true, error: undefined, reconnecting: false });
      try {
        await this.pollInFlight?.catch(() => undefined);
        if (this.disposed) return;
        if (this.state.step.name === 'success') {
          this.set({ busy: false });
          return;
        }
        const client = await this.getClient();
        const tx = await call(client);
        if (this.disposed) return;
        this.apply(tx);
      } catch (error) {
        if (this.disposed) return;
        this.set({ busy: false, error: toFlowError(error) });
      }
    };
    this.lastRequest = run;
    return run();
  }

  /** One background poll; the Poller decides when, and never sends two at once. */
  private async pollOnce(): Promise<PollOutcome> {
    const step = this.state.step;
    const pollName = this.raw?.remediation?.value?.find((r) => r.name.endsWith('-poll'))?.name;
    if (this.state.busy || this.disposed || step.name !== 'okta-verify-push' || !step.waiting || !pollName) {
      return { kind: 'stop' };
    }
    const outcome = (async (): Promise<PollOutcome> => {
      const client = await this.getClient();
      const before = this.state.step;
      let tx: IdxTransaction;
      try {
        tx = await client.idx.proceed({ step: pollName });
      } catch (error) {
        const e = toFlowError(error);
        if (e.recovery === 'retry') return { kind: 'failed', retryAt: e.retryAt };
        if (!this.disposed && this.state.step === before) this.set({ error: e, reconnecting: false });
        return { kind: 'stop' };
      }
      // The user moved on while this poll was out: only a completed sign-in still matters.
      if (this.disposed || (this.state.step !== before && tx.status !== 'SUCCESS')) return { kind: 'stop' };
      this.apply(tx);
      const next = this.state.step;
      return next.name === 'okta-verify-push' && next.waiting ? { kind: 'continue', refreshMs: next.refreshMs } : { kind: 'stop' };
    })();
    this.pollInFlight = outcome;
    try {
      return await outcome;
    } finally {
      if (this.pollInFlight === outcome) this.pollInFlight = undefined;
    }
  }

  private apply(tx: IdxTransaction): void {
    if (tx.status === 'SUCCESS') {
      const tokens = (tx.tokens ?? {}) as SignInTokens;
      this.raw = undefined;
      this.set({ busy: false, step: { name: 'success', messages: [], tokens } });
      return;
    }
    const raw = tx.rawIdxState as unknown as RawIdx | undefined;
    // A failed request keeps okta-auth-js's own messages (it merges field messages the same way).
    const step = readStep(raw, tx.status);
    if (raw && step.name !== 'terminal') this.raw = raw;
    const wasPolling = this.poller.active;
    this.set({ busy: false, step });
    // A push that is waiting for the device is polled at the server's pace; any other step ends polling.
    if (step.name === 'okta-verify-push' && step.waiting) {
      if (!wasPolling) this.poller.start(step.refreshMs);
    } else if (wasPolling) {
      this.poller.stop();
    }
  }

  private set(patch: Partial<FlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}

/**
 * The values a remediation fixes in its nested forms, e.g. `authenticator: { id, methodType: 'push' }` on
 * `resend` after a rejected push. okta-auth-js sends only top-level fixed values by itself.
 */
function fixedValues(remediation: RawRemediation): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of remediation.value ?? []) {
    const form = (field.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
    if (!form) continue;
    const nested = Object.fromEntries(form.filter((f) => f.value !== undefined).map((f) => [f.name, f.value]));
    if (Object.keys(nested).length) values[field.name] = nested;
  }
  return values;
}
