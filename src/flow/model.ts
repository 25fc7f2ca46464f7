/**
 * The typed step model: what the widget shows, derived from Okta's IDX responses. Every state the UI can be
 * in is one member of the `Step` union, discriminated by `name`; the step elements render from it.
 */

/** A message for the user. `key` is Okta's `i18n.key` (the UI prefers its own wording for it); `text` is the server's words, shown as plain text. */
export interface FlowMessage {
  text: string;
  key?: string;
  level: 'error' | 'warning' | 'info';
  /** The input the message is about (`username`, `password`, `code`), when the server tied it to one. */
  field?: string;
}

export type OktaVerifyMethod = 'push' | 'totp';

/** One entry of the "verify with" list. */
export interface AuthenticatorChoice {
  id: string;
  /** Okta's authenticator key: `okta_verify`, `okta_password`, `phone_number`, `google_otp`, `webauthn`, ... */
  key: string;
  displayName: string;
  /** The methods the server offers for it (`push`, `totp`, `sms`, ...), in the server's order. */
  methods: string[];
}

interface StepBase {
  messages: FlowMessage[];
}

export interface IdentifyStep extends StepBase {
  name: 'identify';
  /** False on identifier-first orgs, where the password comes in a later step. */
  withPassword: boolean;
}

export interface SelectAuthenticatorStep extends StepBase {
  name: 'select-authenticator';
  authenticators: AuthenticatorChoice[];
}

/** Chosen Okta Verify, which offers more than one method: push or code. Client-side; no request made it. */
export interface OktaVerifyMethodStep extends StepBase {
  name: 'okta-verify-method';
  authenticator: AuthenticatorChoice;
  methods: OktaVerifyMethod[];
}

export interface OktaVerifyCodeStep extends StepBase {
  name: 'okta-verify-code';
  canChooseAnother: boolean;
}

export interface OktaVerifyPushStep extends StepBase {
  name: 'okta-verify-push';
  /** The number to tap on the device (number challenge), when the server asks for one. */
  correctAnswer?: string;
  /** True while the server still waits for the device (a `challenge-poll` remediation is offered). */
  waiting: boolean;
  /** Milliseconds the server asks us to wait between polls. */
  refreshMs?: number;
  canResend: boolean;
  canChooseAnother: boolean;
}

export interface SuccessStep extends StepBase {
  name: 'success';
  tokens: SignInTokens;
}

/** The transaction cannot go on (expired, denied, timed out): the way forward is to start over. */
export interface TerminalStep extends StepBase {
  name: 'terminal';
}

/** A remediation this version of the widget does not render; the user can start over or go back. */
export interface UnsupportedStep extends StepBase {
  name: 'unsupported';
  remediation: string;
  canChooseAnother: boolean;
}

export interface LoadingStep extends StepBase {
  name: 'loading';
}

export type Step =
  | LoadingStep
  | IdentifyStep
  | SelectAuthenticatorStep
  | OktaVerifyMethodStep
  | OktaVerifyCodeStep
  | OktaVerifyPushStep
  | SuccessStep
  | TerminalStep
  | UnsupportedStep;

export type StepName = Step['name'];

/** What okta-auth-js returns after the interaction code exchange. Kept structural so any client fits. */
export interface SignInTokens {
  idToken?: { idToken: string; claims: IdTokenClaims; expiresAt?: number; [k: string]: unknown };
  accessToken?: { accessToken: string; expiresAt?: number; tokenType?: string; scopes?: string[]; [k: string]: unknown };
  refreshToken?: { refreshToken: string; [k: string]: unknown };
}

export interface IdTokenClaims {
  sub: string;
  iss: string;
  aud: string | string[];
  exp?: number;
  iat?: number;
  email?: string;
  name?: string;
  preferred_username?: string;
  [claim: string]: unknown;
}
