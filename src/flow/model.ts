/**
 * The typed step model: what the widget shows, derived from Okta's IDX responses. Every state the UI can be
 * in is one member of the `Step` union, discriminated by `name`; the step elements render from it.
 * Every step also carries the generic parts any response can offer: `actions` (skip, resend, …) and `poll`.
 */

/** A message for the user. `key` is Okta's `i18n.key` (the UI prefers its own wording for it); `text` is the server's words, shown as plain text. */
export interface FlowMessage {
  text: string;
  key?: string;
  level: 'error' | 'warning' | 'info';
  /** The input the message is about (`username`, `password`, `code`, `email`, …), when the server tied it to one. */
  field?: string;
}

export type OktaVerifyMethod = 'push' | 'totp';

/** One entry of a "verify with" or "set up" list. */
export interface AuthenticatorChoice {
  id: string;
  /** Okta's authenticator key: `okta_verify`, `okta_password`, `phone_number`, `google_otp`, `webauthn`, ... */
  key: string;
  displayName: string;
  /** The methods the server offers for it (`push`, `totp`, `sms`, ...), in the server's order. */
  methods: string[];
}

/**
 * What a user can do besides the step's own form, read from the response:
 * - `choose-another`: back to the list of authenticators offered beside this step (no request);
 * - `resend`: send the push or the enrollment link again;
 * - `skip`: leave an optional step for later ("Set up later", "Remind me later");
 * - `switch-channel`: enrollment by another channel ("Can't scan?", "Try another way");
 * - `cancel`: withdraw the transaction on the server and begin again ("Back to sign in");
 * - `restart`: begin a new transaction (the current one has ended).
 */
export type StepAction = 'choose-another' | 'resend' | 'skip' | 'switch-channel' | 'cancel' | 'restart';

/** The server waits for something outside the page (a push answer, a device enrollment) and asks to be polled. */
export interface StepPoll {
  /** The remediation to post each time (`challenge-poll`, `enroll-poll`, …). */
  remediation: string;
  /** Milliseconds the server asks to wait between polls. */
  refreshMs?: number;
}

interface StepBase {
  messages: FlowMessage[];
  actions: StepAction[];
  poll?: StepPoll;
}

export interface LoadingStep extends StepBase {
  name: 'loading';
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
}

export interface OktaVerifyPushStep extends StepBase {
  name: 'okta-verify-push';
  /** The number to tap on the device (number challenge): one to three digits, else not shown. */
  correctAnswer?: string;
  /** True while the server still waits for the device (it asked to be polled). */
  waiting: boolean;
}

/** The authenticators the user is asked to set up; optional when `actions` has `skip`. */
export interface SelectEnrollmentStep extends StepBase {
  name: 'select-enrollment';
  authenticators: AuthenticatorChoice[];
}

export type EnrollmentChannel = 'qrcode' | 'email' | 'sms';

/** Okta Verify enrollment by scanning a QR code; polled until the device has enrolled. */
export interface EnrollQrStep extends StepBase {
  name: 'okta-verify-enroll-qr';
  /** The QR image as a `data:image/png` or `data:image/svg+xml` URL; absent when the server sent anything else. */
  qrCode?: string;
}

/** How to receive the Okta Verify setup link instead of scanning. */
export interface EnrollChannelStep extends StepBase {
  name: 'okta-verify-enroll-channel';
  channels: EnrollmentChannel[];
}

/** The address to send the setup link to. */
export interface EnrollAddressStep extends StepBase {
  name: 'okta-verify-enroll-address';
  channel: 'email' | 'sms';
}

/** The setup link was sent; polled until the device has enrolled. */
export interface EnrollSentStep extends StepBase {
  name: 'okta-verify-enroll-sent';
  channel: 'email' | 'sms';
  /** Where it went, as the server shows it (possibly masked). */
  to?: string;
}

/** The org's password rules, as `settings.complexity` / `settings.age` of the password authenticator give them. */
export interface PasswordRules {
  minLength?: number;
  minLowerCase?: number;
  minUpperCase?: number;
  minNumber?: number;
  minSymbol?: number;
  excludeUsername?: boolean;
  excludeFirstName?: boolean;
  excludeLastName?: boolean;
  maxConsecutiveRepeatingCharacters?: number;
  /** How many earlier passwords may not be reused. */
  historyCount?: number;
  minAgeMinutes?: number;
}

/** The password has expired (must change) or is about to (`warning`: may skip). */
export interface ChangePasswordStep extends StepBase {
  name: 'change-password';
  warning: boolean;
  rules: PasswordRules;
  username?: string;
  /** Days until it expires, for the warning. */
  daysToExpiry?: number;
}

/** The host page took over (it handled `okta-verify-password-expired`): the widget sends nothing more. */
export interface HandledByPageStep extends StepBase {
  name: 'handled-by-page';
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
}

export type Step =
  | LoadingStep
  | IdentifyStep
  | SelectAuthenticatorStep
  | OktaVerifyMethodStep
  | OktaVerifyCodeStep
  | OktaVerifyPushStep
  | SelectEnrollmentStep
  | EnrollQrStep
  | EnrollChannelStep
  | EnrollAddressStep
  | EnrollSentStep
  | ChangePasswordStep
  | HandledByPageStep
  | SuccessStep
  | TerminalStep
  | UnsupportedStep;

export type StepName = Step['name'];

/**
 * Where the sign-in stands, in the words of Okta's own outcomes; steps that share an outcome share a status
 * (the code and the push both await verification). Steps outside these outcomes (identify, loading, an
 * ended transaction) have none.
 */
export type SignInStatus =
  | 'AwaitingChallengeAuthenticatorSelection'
  | 'AwaitingAuthenticatorVerification'
  | 'AwaitingAuthenticatorEnrollment'
  | 'PasswordExpired'
  | 'Success';
export type StepOf<N extends StepName> = Extract<Step, { name: N }>;

/**
 * What each step's form hands to the flow when submitted. A step without an entry has no form of its own
 * (it only has actions, or it waits).
 */
export interface StepValues {
  identify: { username: string; password?: string };
  'select-authenticator': { authenticator: AuthenticatorChoice };
  'okta-verify-method': { method: OktaVerifyMethod };
  'okta-verify-code': { code: string };
  'select-enrollment': { authenticator: AuthenticatorChoice };
  'okta-verify-enroll-channel': { channel: EnrollmentChannel };
  'okta-verify-enroll-address': { email?: string; phoneNumber?: string };
  'change-password': { password: string };
}

export type SubmittableStep = keyof StepValues;

/** A submission names its step, so an answer to a step that is no longer shown is ignored. */
export type StepSubmission = { [N in SubmittableStep]: { step: N } & StepValues[N] }[SubmittableStep];

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
