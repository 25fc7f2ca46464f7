/**
 * The headless sign-in flow: drives okta-auth-js in step mode, one SDK call at a time, and exposes the
 * current `Step`, whether a request is running, and the last error. No DOM: it is unit-testable in any
 * JavaScript runtime, and the `<okta-verify-signin>` element is only its view.
 */
import type { IdxTransaction } from '@okta/okta-auth-js';
import type { IdxClient } from './auth-client.js';
import { toFlowError, type FlowError } from './errors.js';
import { oktaVerifyMethods, readChoiceList, readStep, type RawIdx } from './idx-reader.js';
import type { AuthenticatorChoice, OktaVerifyMethod, SignInTokens, Step } from './model.js';

export interface FlowState {
  step: Step;
  busy: boolean;
  error?: FlowError;
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

  constructor(private readonly getClient: () => Promise<IdxClient>) {}

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

  /** Back to the "verify with" list the server offered beside the current step; no request needed. */
  chooseAnother(): void {
    if (this.state.busy) return;
    const list = readChoiceList(this.raw);
    if (list) this.set({ step: list, error: undefined });
  }

  /** Repeats the request that failed, or starts over when that cannot help. */
  retry(): Promise<void> {
    const error = this.state.error;
    if (error?.recovery === 'retry' && this.lastRequest) return this.lastRequest();
    return this.start();
  }

  /** Stops reacting to responses still in flight and drops listeners. */
  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
  }

  private proceed(step: string, values: Record<string, unknown>): Promise<void> {
    return this.request(async (client) => client.idx.proceed({ step, ...values }));
  }

  /** Runs one SDK call. Calls never overlap: while one runs, new ones are ignored (the UI is busy). */
  private request(call: (client: IdxClient) => Promise<IdxTransaction>): Promise<void> {
    if (this.state.busy || this.disposed) return Promise.resolve();
    const run = async (): Promise<void> => {
      if (this.state.busy || this.disposed) return;
      this.set({ busy: true, error: undefined });
      try {
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
    this.set({ busy: false, step });
  }

  private set(patch: Partial<FlowState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
