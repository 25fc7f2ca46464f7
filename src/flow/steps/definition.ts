/**
 * The shape of one registry entry: which remediation asks for a step, how the step is read from the
 * response, which element renders it, and what submitting its form sends.
 */
import type { IdxView } from '../idx/view.js';
import type { SignInStatus, Step, StepName, StepOf, StepValues, SubmittableStep } from '../model.js';

/** What a step carries beyond the parts every step shares. */
export type StepFields<N extends StepName> = Omit<StepOf<N>, 'name' | 'messages' | 'actions' | 'poll'>;

/** What a submission does: post a remediation, or show a step that needs no request. */
export type Move =
  | { kind: 'proceed'; remediation: string; values: Record<string, unknown> }
  | { kind: 'show'; step: Step };

export interface SubmitContext<N extends StepName> {
  step: StepOf<N>;
  /** The response the step came from; absent for steps the widget made before any response. */
  idx?: IdxView;
}

export interface StepDefinition<N extends StepName> {
  /** The remediations that, read as the step's primary one, ask for this step. None for steps the flow makes itself. */
  remediations?: readonly string[];
  /** Narrows the match when one remediation serves several steps (e.g. the current authenticator's key). */
  match?(idx: IdxView): boolean;
  /** Reads the step's own fields; `messages`, `actions` and `poll` are added the same way for every step. */
  read?(idx: IdxView): StepFields<N>;
  /** The outcome the step belongs to, for hosts that follow the sign-in by status. */
  status?: SignInStatus;
  /** The custom element that renders the step, and fixed properties to give it. */
  element: { tag: string; properties?: Record<string, unknown> };
  /** What submitting the step's form sends. */
  submit?: N extends SubmittableStep ? (values: StepValues[N], ctx: SubmitContext<N>) => Move : never;
}

export type StepRegistry = { [N in StepName]: StepDefinition<N> };

/** The current authenticator's key, for `match`. */
export function currentKeyIs(key: string) {
  return (idx: IdxView) => idx.current?.key === key;
}
