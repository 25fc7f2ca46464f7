/**
 * The shape of one registry entry: which remediation asks for a step, how the step is read from the
 * response, what submitting its form sends, and any work it does while shown. Which element renders a step
 * is the view's business (`src/steps/step-views.ts`); the flow names no element.
 */
import type { IdxView } from '../idx/view.js';
import type { FlowMessage, SignInStatus, Step, StepFields, StepName, StepOf, StepValues, SubmittableStep } from '../model.js';

/** What a submission does: post a remediation, or show a step that needs no request. */
export type Move =
  | { kind: 'proceed'; remediation: string; values: Record<string, unknown> }
  | { kind: 'show'; step: Step }
  /** Leave the page for Okta or an identity provider, which come back to the redirect URI. */
  | { kind: 'redirect'; href: string };

export interface SubmitContext<N extends StepName> {
  step: StepOf<N>;
  /** The response the step came from; absent for steps the widget made before any response. */
  idx?: IdxView;
}

/**
 * What a step's `run` hook may do while its step is shown. `signal` is aborted when the step is left, when
 * any newer call of the flow starts (start over, "Back to sign in", a submission) and when the flow ends:
 * work that sees it aborted sends nothing more.
 */
export interface StepWork {
  signal: AbortSignal;
  /** The response the step came from. */
  idx?: IdxView;
  /** Posts a remediation as the step's own form would; ignored once `signal` is aborted. */
  proceed(remediation: string, values: Record<string, unknown>): Promise<void>;
  /**
   * Runs one of the response's own actions with its parameters (`authenticatorChallenge-cancel`); `note` is
   * shown on the step Okta answers with. Ignored once `signal` is aborted.
   */
  act(action: string, params: Record<string, unknown>, note?: FlowMessage): Promise<void>;
  /** Adds a message to the step still shown. */
  note(message: FlowMessage): void;
  /** Polls now rather than at the server's next refresh: what the step waits for has just happened. */
  pollNow(): void;
}

export interface StepDefinition<N extends StepName> {
  /** The remediations that, read as the step's primary one, ask for this step. None for steps the flow makes itself. */
  remediations?: readonly string[];
  /** Narrows the match when one remediation serves several steps (e.g. the current authenticator's key). */
  match?(idx: IdxView): boolean;
  /** Reads the step's own fields; `messages`, `actions` and `poll` are added the same way for every step. */
  read?(idx: IdxView): StepFields<N>;
  /** The outcome the step belongs to, for hosts that follow the sign-in by status; it may depend on the step's purpose. */
  status?: SignInStatus | ((step: StepOf<N>) => SignInStatus);
  /** What submitting the step's form sends. */
  submit?: N extends SubmittableStep ? (values: StepValues[N], ctx: SubmitContext<N>) => Move : never;
  /**
   * Work done while the step is shown, beside any polling: probing a local app, opening an app link. Started
   * when the step appears (not again when a poll brings the same step back); stopped through `work.signal`.
   */
  run?(step: StepOf<N>, work: StepWork): void | Promise<void>;
}

export type StepRegistry = { [N in StepName]: StepDefinition<N> };

/** The current authenticator's key, for `match`. */
export function currentKeyIs(key: string) {
  return (idx: IdxView) => idx.current?.key === key;
}
