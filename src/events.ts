/**
 * The widget's DOM events. Public ones (`okta-verify-*`) bubble and cross shadow roots so a host page can
 * listen on the element, on `document` or on `window`; the step elements' own events (`ovs-*`) bubble to
 * the orchestrator, which stops them there (a submission may carry a password). All of them are typed in `GlobalEventHandlersEventMap`.
 */
import type { FlowErrorKind } from './flow/errors.js';
import type { IdTokenClaims, PasswordRules, SignInStatus, SignInTokens, StepName } from './flow/model.js';
import { eventInit as init, type StepEvent } from './step-events.js';

export { fire, StepEvent, type StepEventDetails, type StepEventName } from './step-events.js';

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
