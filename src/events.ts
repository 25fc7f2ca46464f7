/**
 * The widget's DOM events. Public ones (`okta-verify-*`) bubble and cross shadow roots so a host page can
 * listen on the element, on `document` or on `window`; the step elements' own events (`ovs-*`) bubble to
 * the orchestrator, which stops them there (a submission may carry a password). All of them are typed in `GlobalEventHandlersEventMap`.
 */
import type { FlowErrorKind } from './flow/errors.js';
import type { IdTokenClaims, PasswordRules, SignInStatus, SignInTokens, StepAction, StepName, StepValues, SubmittableStep } from './flow/model.js';

export interface SuccessDetail {
  /** The tokens from the interaction code exchange. The widget does not store them. */
  tokens: SignInTokens;
  /** The validated ID token's claims (`sub`, `iss`, `aud`, `email`, ...). */
  claims: IdTokenClaims | undefined;
}

export interface ErrorDetail {
  kind: FlowErrorKind;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Developer-facing description; the user sees a localized sentence. */
  message: string;
  /** What the error object from okta-auth-js or the network was. */
  cause: unknown;
}

export interface StepDetail {
  step: StepName;
  /** The outcome the step belongs to (`AwaitingAuthenticatorEnrollment`, `PasswordExpired`, …), when it has one. */
  status?: SignInStatus;
}

export interface PasswordExpiredDetail {
  /** True when the password is about to expire and changing it can wait ("Remind me later"). */
  warning: boolean;
  /** The user's sign-in name, when the server tells it. */
  username?: string;
  /** The org's password rules, for a page that shows its own form. */
  rules: PasswordRules;
}

function init<T>(detail: T, composed = true, cancelable = false): CustomEventInit<T> {
  return { detail, bubbles: true, composed, cancelable };
}

export class OktaVerifySuccessEvent extends CustomEvent<SuccessDetail> {
  constructor(detail: SuccessDetail) {
    super('okta-verify-success', init(detail));
  }
}

export class OktaVerifyErrorEvent extends CustomEvent<ErrorDetail> {
  constructor(detail: ErrorDetail) {
    super('okta-verify-error', init(detail));
  }
}

/**
 * The password has expired or is about to. Cancelable: a page that calls `preventDefault()` takes over (for
 * example to send the user to its own password page) and the widget stops there, sending nothing more.
 */
export class OktaVerifyPasswordExpiredEvent extends CustomEvent<PasswordExpiredDetail> {
  constructor(detail: PasswordExpiredDetail) {
    super('okta-verify-password-expired', init(detail, true, true));
  }
}

export class OktaVerifyStepEvent extends CustomEvent<StepDetail> {
  constructor(detail: StepDetail) {
    super('okta-verify-step', init(detail));
  }
}

/**
 * Events the presentational steps send up; the orchestrator turns them into flow calls and stops them there.
 * Two are enough for every step: a form's values (the orchestrator adds which step the element was showing,
 * so one element can serve several steps), and an action from the step's `actions`.
 */
export interface StepEventDetails {
  'ovs-submit': StepValues[SubmittableStep];
  'ovs-action': { action: StepAction };
}

export type StepEventName = keyof StepEventDetails;

export class StepEvent<N extends StepEventName> extends CustomEvent<StepEventDetails[N]> {
  constructor(name: N, detail: StepEventDetails[N]) {
    super(name, init(detail, false));
  }
}

/**
 * Dispatches one of the events above. Elements send their events through here so the generated manifest
 * lists them once, as their JSDoc `@fires` documents them, rather than once per call site.
 */
export function fire(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'okta-verify-success': OktaVerifySuccessEvent;
    'okta-verify-error': OktaVerifyErrorEvent;
    'okta-verify-step': OktaVerifyStepEvent;
    'okta-verify-password-expired': OktaVerifyPasswordExpiredEvent;
    'ovs-submit': StepEvent<'ovs-submit'>;
    'ovs-action': StepEvent<'ovs-action'>;
  }
}
