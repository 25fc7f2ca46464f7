/**
 * The widget's DOM events. Public ones (`okta-verify-*`) bubble and cross shadow roots so a host page can
 * listen on the element, on `document` or on `window`; the step elements' own events (`ovs-*`) bubble to
 * the orchestrator. All of them are typed in `GlobalEventHandlersEventMap`.
 */
import type { FlowErrorKind } from './flow/errors.js';
import type { AuthenticatorChoice, IdTokenClaims, OktaVerifyMethod, SignInTokens, StepName } from './flow/model.js';

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
}

function init<T>(detail: T, composed = true): CustomEventInit<T> {
  return { detail, bubbles: true, composed, cancelable: false };
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

export class OktaVerifyStepEvent extends CustomEvent<StepDetail> {
  constructor(detail: StepDetail) {
    super('okta-verify-step', init(detail));
  }
}

/** Events the presentational steps send up; the orchestrator turns them into flow calls. */
export interface StepEventDetails {
  'ovs-credentials-submit': { username: string; password?: string };
  'ovs-authenticator-select': { authenticator: AuthenticatorChoice };
  'ovs-method-select': { method: OktaVerifyMethod };
  'ovs-code-submit': { code: string };
  'ovs-choose-another': Record<string, never>;
  'ovs-restart': Record<string, never>;
  'ovs-resend': Record<string, never>;
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
    'ovs-credentials-submit': StepEvent<'ovs-credentials-submit'>;
    'ovs-authenticator-select': StepEvent<'ovs-authenticator-select'>;
    'ovs-method-select': StepEvent<'ovs-method-select'>;
    'ovs-code-submit': StepEvent<'ovs-code-submit'>;
    'ovs-choose-another': StepEvent<'ovs-choose-another'>;
    'ovs-restart': StepEvent<'ovs-restart'>;
    'ovs-resend': StepEvent<'ovs-resend'>;
  }
}
