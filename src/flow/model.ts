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

/** Okta Verify's methods: a push, a code, or FastPass (`signed_nonce`: the app on this device answers a challenge). */
export type OktaVerifyMethod = 'push' | 'totp' | 'signed_nonce';

/** A way to verify with an authenticator: Okta Verify's `push` or `totp`, a phone's `sms` or `voice`, … */
export type VerifyMethod = OktaVerifyMethod | 'sms' | 'voice' | (string & {});

/** One entry of a "verify with" or "set up" list. */
export interface AuthenticatorChoice {
  id: string;
  /** Okta's authenticator key: `okta_verify`, `okta_password`, `phone_number`, `google_otp`, `webauthn`, ... */
  key: string;
  displayName: string;
  /** The methods the server offers for it (`push`, `totp`, `sms`, ...), in the server's order. */
  methods: string[];
  /** The app's own logo (custom push apps), as an absolute `https:` URL or a `data:image/` URL. */
  logoUri?: string;
}

/**
 * What a user can do besides the step's own form. How each is found in a response, what it sends and its
 * words are one row each of `ACTIONS` (`src/flow/actions.ts`).
 */
export type StepAction = 'recover' | 'unlock' | 'resend' | 'switch-channel' | 'skip' | 'choose-another' | 'restart' | 'continue-hosted' | 'cancel';

/** The server waits for something outside the page (a push answer, a device enrollment) and asks to be polled. */
export interface StepPoll {
  /** The remediation to post each time (`challenge-poll`, `enroll-poll`, …). */
  remediation?: string;
  /** Or the authenticator's own poll action (`currentAuthenticatorEnrollment-poll`: an email's magic link). */
  action?: string;
  /** Milliseconds the server asks to wait between polls. */
  refreshMs?: number;
}

interface StepBase {
  messages: FlowMessage[];
  actions: StepAction[];
  poll?: StepPoll;
  /** Who is signing in, once Okta knows (`user.value.identifier`). */
  identifier?: string;
}

/**
 * Why the user is asked for an authenticator: to sign in with it, to set it up, to prove who they are before
 * resetting the password, or before unlocking the account.
 */
export type AuthenticatorPurpose = 'verify' | 'enroll' | 'recover' | 'unlock';

/** An external identity provider offered on the first step ("Sign in with Google"). */
export interface IdentityProvider {
  id: string;
  name: string;
  /** Okta's type: `GOOGLE`, `FACEBOOK`, `MICROSOFT`, `APPLE`, `SAML2`, `X509`, … */
  type: string;
}

export interface LoadingStep extends StepBase {
  name: 'loading';
}

/** Username, and the password too unless the org asks for it later (identifier first). */
export interface IdentifyStep extends StepBase {
  name: 'identify';
  /** `recover`: the username of an account whose password is to be reset ("Forgot password?"). */
  purpose: 'sign-in' | 'recover';
  /** False on identifier-first orgs, where the password comes in a later step. */
  withPassword: boolean;
  /** Offered "Keep me signed in", with its initial value; absent when the org does not offer it. */
  rememberMe?: boolean;
  /** "Sign in with …" buttons. */
  identityProviders: IdentityProvider[];
  /** "Sign in with Okta FastPass": Okta Verify on this device can sign the user in, no username needed. */
  fastPass: boolean;
}

/** Type the password of the account being signed in to (identifier-first orgs; the username came first). */
export interface EnterPasswordStep extends StepBase {
  name: 'enter-password';
}

/** Pick one authenticator from a list: to verify with (`verify`) or to set up (`enroll`, optional when `actions` has `skip`). */
export interface ChooseAuthenticatorStep extends StepBase {
  name: 'choose-authenticator';
  purpose: AuthenticatorPurpose;
  authenticators: AuthenticatorChoice[];
  /** The username is asked on the same screen (unlocking an account). */
  withUsername: boolean;
}

/**
 * Pick how to verify with the chosen authenticator (Okta Verify: push or code; phone: SMS or voice). Shown by
 * the widget when a list entry offers several methods, or asked by Okta (`authenticator-verification-data`),
 * possibly with "Send push automatically" next time.
 */
export interface ChooseMethodStep extends StepBase {
  name: 'choose-method';
  authenticator: AuthenticatorChoice;
  methods: VerifyMethod[];
  /** Offered "Send push automatically", with its initial value; absent when Okta does not offer it. */
  autoChallenge?: boolean;
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

/**
 * How the page reaches Okta Verify on this device for FastPass: over the loopback interface (the widget does
 * it, nothing to press), by a custom URI the browser asks to open, or by an app or universal link.
 */
export type FastPassLaunch = 'loopback' | 'custom-uri' | 'app-link' | 'universal-link';

/**
 * Confirm with Okta Verify on this device (Okta FastPass), on the first step (`sign-in`, no username typed) or
 * as the authenticator chosen to verify with (`verify`); polled until the app has answered.
 */
export interface UseFastPassStep extends StepBase {
  name: 'use-fastpass';
  purpose: 'sign-in' | 'verify';
  launch: FastPassLaunch;
  /** What opens the app (custom URI, app or universal link); absent for loopback or when it is not a safe link. */
  href?: string;
  /** Where to get Okta Verify (`https:` only). */
  downloadHref?: string;
}

/** How Okta Verify's setup reaches the user: a QR code, a link by email or SMS, or set up on this very device. */
export type EnrollmentChannel = 'qrcode' | 'email' | 'sms' | 'samedevice';

/** Scan a QR code with Okta Verify to set it up; polled until the device has enrolled. */
export interface ScanQrCodeStep extends StepBase {
  name: 'scan-qr-code';
  /** The QR image as a `data:image/png` or `data:image/svg+xml` URL; absent when the server sent anything else. */
  qrCode?: string;
}

/** Choose how to receive the Okta Verify setup: QR code, a link by email or SMS, or on this device. */
export interface ChooseChannelStep extends StepBase {
  name: 'choose-channel';
  channels: EnrollmentChannel[];
}

/** Type the phone number to set up, and how codes should come (SMS or voice call). */
export interface EnterPhoneNumberStep extends StepBase {
  name: 'enter-phone-number';
  authenticator: AuthenticatorChoice;
  methods: Array<'sms' | 'voice'>;
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

/**
 * Set up Okta Verify on the device showing this page, polled until it has enrolled: install it and add the
 * org (`install`), or add the account from a device where Okta Verify already has it (`from-enrolled-device`).
 */
export interface SetUpOnThisDeviceStep extends StepBase {
  name: 'set-up-on-this-device';
  how: 'install' | 'from-enrolled-device';
  /** The org's address to type into Okta Verify. */
  orgUrl?: string;
  /** Where to get Okta Verify for this platform (`https:` only). */
  downloadHref?: string;
  /** `ios`, `android`, `macos`, `windows`, as Okta names it. */
  platform?: string;
  /** The devices where the account already is (`from-enrolled-device`). */
  enrolledDevices: string[];
}

/**
 * The app needs a managed device: enroll this one first, then sign in again. Okta Device Access (`oda`) sets
 * it up in Okta Verify; a mobile device management vendor (`mdm`) through its own enrollment link.
 */
export interface EnrollDeviceStep extends StepBase {
  name: 'enroll-device';
  kind: 'oda' | 'mdm';
  /** `ios`, `android`, `macos`, `windows`, lowercased. */
  platform?: string;
  /** The org's sign-in address to type into Okta Verify (`oda`). */
  signInUrl?: string;
  /** The enrollment link to copy and open (`mdm`; `https:` only). */
  enrollmentLink?: string;
  /** The device management vendor's name (`mdm`). */
  vendor?: string;
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
  /** Offered "Sign me out of all other devices", with its initial value. */
  revokeSessions?: boolean;
}

/** After signing in: stay signed in on this device, or not. */
export interface KeepSignedInStep extends StepBase {
  name: 'keep-signed-in';
}

/** The host page took over (it handled `okta-verify-password-expired`): the widget sends nothing more. */
export interface HandledByPageStep extends StepBase {
  name: 'handled-by-page';
}

export interface SuccessStep extends StepBase {
  name: 'success';
  tokens: SignInTokens;
}

/**
 * The transaction ended. Either it failed (expired, denied, timed out) or it ended well with only something to
 * tell (`info`: password reset, account unlocked, return to the original tab); the way forward is to start over.
 */
export interface TerminalStep extends StepBase {
  name: 'terminal';
  /** Okta sent only INFO messages: no error happened. */
  info: boolean;
  /** A one-time code to type in the browser where the sign-in began (an email link opened elsewhere). */
  otp?: string;
  /** Where that sign-in began, as Okta describes it ("Firefox on Mac OS X, Toronto, Ontario, Canada"). */
  requestedFrom?: string;
}

/**
 * A remediation this version of the widget does not render; the user can continue on the org's own sign-in
 * page (`continue-hosted`), start over or go back.
 */
export interface UnsupportedStep extends StepBase {
  name: 'unsupported';
  remediation: string;
}

export type Step =
  | LoadingStep
  | IdentifyStep
  | EnterPasswordStep
  | ChooseAuthenticatorStep
  | ChooseMethodStep
  | EnterCodeStep
  | ApprovePushStep
  | UseFastPassStep
  | ScanQrCodeStep
  | ChooseChannelStep
  | EnterPhoneNumberStep
  | SendSetupLinkStep
  | OpenSetupLinkStep
  | SetUpOnThisDeviceStep
  | EnrollDeviceStep
  | SetPasswordStep
  | KeepSignedInStep
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
export type StepFields<N extends StepName> = Omit<StepOf<N>, 'name' | 'messages' | 'actions' | 'poll' | 'identifier'>;

/**
 * What each step's form hands to the flow when submitted: an element emits only these values, and the
 * orchestrator adds the name of the step the element was showing. A step without an entry has no form of its
 * own (it only has actions, or it waits).
 */
export interface StepValues {
  identify: { username: string; password?: string; rememberMe?: boolean } | { identityProvider: string } | { fastPass: true };
  'enter-password': { password: string };
  'choose-authenticator': { authenticator: AuthenticatorChoice; username?: string };
  'choose-method': { method: VerifyMethod; autoChallenge?: boolean };
  'enter-code': { code: string };
  'choose-channel': { channel: EnrollmentChannel };
  'enter-phone-number': { phoneNumber: string; method: 'sms' | 'voice' };
  'send-setup-link': { email?: string } | { phoneNumber?: string };
  'set-password': { password: string; revokeSessions?: boolean };
  'keep-signed-in': { keepSignedIn: boolean };
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
