/**
 * The typed step model: what the widget shows, derived from Okta's IDX responses. Every state the UI can be
 * in is one member of the `Step` union, discriminated by `name`, named by what the user does there
 * (`enter-code`, `approve-push`); the authenticator and the purpose are the step's data, so one step serves
 * Okta Verify, email, phone and OTP apps alike.
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
 * What a user can do besides the step's own form. How each is found in a response, what it sends and its
 * words are one row each of `ACTIONS` (`src/flow/actions.ts`).
 */
export type StepAction = 'resend' | 'switch-channel' | 'skip' | 'choose-another' | 'restart' | 'cancel';

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

/** Why the user is asked for an authenticator: to sign in with it, or to set it up. */
export type AuthenticatorPurpose = 'verify' | 'enroll';

export interface LoadingStep extends StepBase {
  name: 'loading';
}

/** Username, and the password too unless the org asks for it later (identifier first). */
export interface IdentifyStep extends StepBase {
  name: 'identify';
  /** False on identifier-first orgs, where the password comes in a later step. */
  withPassword: boolean;
}

/** Pick one authenticator from a list: to verify with (`verify`) or to set up (`enroll`, optional when `actions` has `skip`). */
export interface ChooseAuthenticatorStep extends StepBase {
  name: 'choose-authenticator';
  purpose: AuthenticatorPurpose;
  authenticators: AuthenticatorChoice[];
}

/** The chosen authenticator offers more than one method (Okta Verify: push or code). Client-side; no request made it. */
export interface ChooseMethodStep extends StepBase {
  name: 'choose-method';
  authenticator: AuthenticatorChoice;
  methods: OktaVerifyMethod[];
}

/**
 * Type a one-time code: from an app (Okta Verify, Google Authenticator, other OTP apps) or one the server sent
 * (email, SMS, voice call).
 */
export interface EnterCodeStep extends StepBase {
  name: 'enter-code';
  authenticator: AuthenticatorChoice;
  purpose: AuthenticatorPurpose;
  /** Where the server sent the code, as it shows it (often masked: `j•••@example.com`). */
  sentTo?: string;
}

/** Approve a push notification on a device (Okta Verify, or a custom push app); polled until answered. */
export interface ApprovePushStep extends StepBase {
  name: 'approve-push';
  authenticator: AuthenticatorChoice;
  /** The number to tap on the device (number challenge): one to three digits, else not shown. */
  correctAnswer?: string;
  /** True while the server still waits for the device (it asked to be polled). */
  waiting: boolean;
}

export type EnrollmentChannel = 'qrcode' | 'email' | 'sms';

/** Scan a QR code with Okta Verify to set it up; polled until the device has enrolled. */
export interface ScanQrCodeStep extends StepBase {
  name: 'scan-qr-code';
  /** The QR image as a `data:image/png` or `data:image/svg+xml` URL; absent when the server sent anything else. */
  qrCode?: string;
}

/** Choose how to receive the Okta Verify setup: QR code, or a link by email or SMS. */
export interface ChooseChannelStep extends StepBase {
  name: 'choose-channel';
  channels: EnrollmentChannel[];
}

/** Type the address to send the setup link to. */
export interface SendSetupLinkStep extends StepBase {
  name: 'send-setup-link';
  channel: 'email' | 'sms';
}

/** Open the setup link that was sent; polled until the device has enrolled. */
export interface OpenSetupLinkStep extends StepBase {
  name: 'open-setup-link';
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

/** Why a new password is asked for: it has expired, it is about to (may be put off), or it is being reset. */
export type PasswordPurpose = 'expired' | 'expiring' | 'reset';

/** Choose a new password. */
export interface SetPasswordStep extends StepBase {
  name: 'set-password';
  purpose: PasswordPurpose;
  rules: PasswordRules;
  username?: string;
  /** Days until it expires, for `expiring`. */
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
  | ChooseAuthenticatorStep
  | ChooseMethodStep
  | EnterCodeStep
  | ApprovePushStep
  | ScanQrCodeStep
  | ChooseChannelStep
  | SendSetupLinkStep
  | OpenSetupLinkStep
  | SetPasswordStep
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

/** What a step carries beyond the parts every step shares. */
export type StepFields<N extends StepName> = Omit<StepOf<N>, 'name' | 'messages' | 'actions' | 'poll'>;

/**
 * What each step's form hands to the flow when submitted: an element emits only these values, and the
 * orchestrator adds the name of the step the element was showing. A step without an entry has no form of its
 * own (it only has actions, or it waits).
 */
export interface StepValues {
  identify: { username: string; password?: string };
  'choose-authenticator': { authenticator: AuthenticatorChoice };
  'choose-method': { method: OktaVerifyMethod };
  'enter-code': { code: string };
  'choose-channel': { channel: EnrollmentChannel };
  'send-setup-link': { email?: string } | { phoneNumber?: string };
  'set-password': { password: string };
}

export type SubmittableStep = keyof StepValues;

/** A step's values with the step's name, so an answer to a step that is no longer shown is ignored. */
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
