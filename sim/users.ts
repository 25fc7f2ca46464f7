/**
 * The simulated org's directory: its authenticator catalog and its users, loaded from a JSON seed
 * (`sim/users.json` by default). Users are plain data; what changes at run time (settings toggled through the
 * control API) lives on a copy that `reset()` throws away.
 */
import seed from './users.json' with { type: 'json' };

/** Okta's authenticator keys that the simulated org knows. */
export type AuthenticatorKey = 'okta_password' | 'okta_verify' | 'okta_email' | 'phone_number' | 'google_otp' | 'webauthn' | 'custom_app';

export interface CatalogEntry {
  key: AuthenticatorKey;
  /** The org-wide authenticator id (`aut…`), as in `authenticators[]`. */
  id: string;
  type: string;
  displayName: string;
  /** Method types, in the order Okta lists them. */
  methods: string[];
  /** Prefix of a user's enrollment id for this authenticator (Okta's ids differ per kind). */
  enrollmentPrefix: string;
  /** The org's logo for a custom authenticator, as Okta sends it. */
  logoUri?: string;
}

/** Acme Push's logo: a small SVG, inline so it shows wherever the simulator runs. */
const ACME_LOGO =
  'data:image/svg+xml;base64,' +
  btoa('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#5b3cc4"/><path d="M16 6 25 26h-4.2l-1.8-4.3h-6L11.2 26H7zm0 7.3-2.1 5.2h4.2z" fill="#fff"/></svg>');

export const CATALOG: Record<AuthenticatorKey, CatalogEntry> = {
  okta_password: { key: 'okta_password', id: 'autpassword000000001', type: 'password', displayName: 'Password', methods: ['password'], enrollmentPrefix: 'lae' },
  okta_verify: { key: 'okta_verify', id: 'autoktaverify0000001', type: 'app', displayName: 'Okta Verify', methods: ['push', 'totp'], enrollmentPrefix: 'pfd' },
  okta_email: { key: 'okta_email', id: 'autemail000000000001', type: 'email', displayName: 'Email', methods: ['email'], enrollmentPrefix: 'eae' },
  phone_number: { key: 'phone_number', id: 'autphone000000000001', type: 'phone', displayName: 'Phone', methods: ['sms', 'voice'], enrollmentPrefix: 'sms' },
  google_otp: { key: 'google_otp', id: 'autgoogleotp00000001', type: 'app', displayName: 'Google Authenticator', methods: ['otp'], enrollmentPrefix: 'gae' },
  webauthn: { key: 'webauthn', id: 'autwebauthn000000001', type: 'security_key', displayName: 'Security Key or Biometric', methods: ['webauthn'], enrollmentPrefix: 'fwf' },
  custom_app: { key: 'custom_app', id: 'autacmepush000000001', type: 'app', displayName: 'Acme Push', methods: ['push'], enrollmentPrefix: 'pfd', logoUri: ACME_LOGO },
};

export interface OktaVerifySeed {
  deviceName: string;
  /** `push`, `totp`, or both. */
  methods: string[];
  /** Base32 TOTP secret of the virtual device (6 digits, 30 s, SHA-1). */
  totpSecret: string;
  /** Push asks the user to tap the number shown on the sign-in page. */
  numberChallenge: boolean;
  /** A push is sent as soon as the password is verified, without choosing a method. */
  autoChallenge: boolean;
  /** The account is in Okta Verify on this computer (the one the browser runs on): FastPass signs in with it. */
  onThisComputer?: boolean;
}

export interface SeedUser {
  id: string;
  username: string;
  password: string;
  givenName: string;
  familyName: string;
  /** Enrolled authenticators, in the order the "verify with" list shows them. */
  authenticators: AuthenticatorKey[];
  /** The phone number codes go to (a masked one, as older seeds have, is listed but gets no messages). */
  phoneNumber?: string;
  /** The address email codes and magic links go to; default: the username. */
  email?: string;
  oktaVerify?: OktaVerifySeed;
  /** Locked out: the password is refused until the account is unlocked (self-service) or the password reset. */
  locked?: boolean;
  /** Authenticators the org asks this user to set up after the password: `required` ones first, then `optional` ones (with skip). */
  enroll?: { required?: AuthenticatorKey[]; optional?: AuthenticatorKey[] };
  /** The password has expired (must be changed) or is about to (may be changed later). */
  passwordStatus?: 'expired' | 'expiring';
  /**
   * How Okta Verify is set up when the org asks for it: on this device (`samedevice`), or from Okta Verify on
   * the user's other devices (`devicebootstrap`, naming them); default the QR code, email or SMS.
   */
  oktaVerifyEnrollment?: { channel: 'samedevice' } | { channel: 'devicebootstrap'; enrolledDevices: string[] };
  /** The device name of a custom push authenticator's app (`custom_app`). */
  customPushDevice?: string;
}

/**
 * The org's password policy, as Okta puts it in the password authenticator's `settings`: checked when a
 * password is changed, and shown to the user by the widget.
 */
export const PASSWORD_POLICY = {
  complexity: {
    minLength: 8,
    minLowerCase: 1,
    minUpperCase: 1,
    minNumber: 1,
    minSymbol: 0,
    excludeUsername: true,
    excludeAttributes: [] as string[],
    /** 0: no limit, as Okta sends a rule that is off. */
    maxConsecutiveRepeatingCharacters: 0,
  },
  age: { minAgeMinutes: 0, historyCount: 1 },
};

/** Days left on an expiring password, as `settings.daysToExpiry`. */
export const DAYS_TO_EXPIRY = 5;

/** Authenticators the simulated org can enroll in a sign-in (the others are listed but not simulated). */
export const ENROLLABLE: readonly AuthenticatorKey[] = ['okta_verify', 'okta_email', 'phone_number'];

/** Authenticators that prove who a user is when the password is forgotten or the account locked. */
export const RECOVERY: readonly AuthenticatorKey[] = ['okta_verify', 'okta_email', 'phone_number'];

/** Where a user's email codes go. */
export function emailOf(user: SeedUser): string {
  return user.email ?? user.username;
}

/** What the user still has to set up: required first; optional ones unless skipped in this sign-in. */
export function pendingEnrollments(user: SeedUser, skipped: boolean): { required: AuthenticatorKey[]; optional: AuthenticatorKey[] } {
  const missing = (keys: AuthenticatorKey[] | undefined) => (keys ?? []).filter((k) => !user.authenticators.includes(k));
  return { required: missing(user.enroll?.required), optional: skipped ? [] : missing(user.enroll?.optional) };
}

export interface SimUser extends SeedUser {
  name: string;
  /** Wrong Okta Verify codes in a row. */
  failedCodes?: number;
  /** Made through `POST /sim/users` (gone at the next reset), not from the seed. */
  created?: boolean;
}

/** The settings of a user that the control API may change for a test or a demo. */
export interface UserSettings {
  numberChallenge: boolean;
  autoChallenge: boolean;
}

export const DEFAULT_USERS: SeedUser[] = (seed as { users: SeedUser[] }).users;

/** Deep copies of the seed, so run-time changes never leak into the next `reset()`. */
export function loadUsers(users: SeedUser[]): Map<string, SimUser> {
  const out = new Map<string, SimUser>();
  for (const u of users) {
    const copy = structuredClone(u);
    out.set(u.username.toLowerCase(), { ...copy, name: `${u.givenName} ${u.familyName}`.trim() });
  }
  return out;
}

/** A user's enrollment id for an authenticator: stable, and shaped like Okta's. */
export function enrollmentId(user: SeedUser, key: AuthenticatorKey): string {
  return `${CATALOG[key].enrollmentPrefix}${user.id.slice(3)}`;
}

/**
 * Enrolls Okta Verify on the user's virtual device: a new TOTP secret, push and code (and FastPass, when it
 * is set up on this computer). From then on the user's code and push work like any seeded user's.
 */
export function enrollOktaVerify(user: SimUser, totpSecret: string, onThisComputer = false): void {
  // Set up on the computer that signs in, Okta Verify also does FastPass there.
  user.oktaVerify = onThisComputer
    ? { deviceName: `${user.givenName}'s computer`, methods: ['push', 'totp', 'signed_nonce'], totpSecret, numberChallenge: false, autoChallenge: false, onThisComputer: true }
    : { deviceName: `${user.givenName}'s phone`, methods: ['push', 'totp'], totpSecret, numberChallenge: false, autoChallenge: false };
  if (!user.authenticators.includes('okta_verify')) user.authenticators.push('okta_verify');
}

/** The methods a user can verify with for an authenticator (Okta Verify: as enrolled on the device). */
export function userMethods(user: SeedUser, key: AuthenticatorKey): string[] {
  if (key === 'okta_verify') return user.oktaVerify?.methods ?? [];
  return CATALOG[key].methods;
}

/** What `GET /sim/users` tells about a user; never the password or the TOTP secret. */
export function describeUser(user: SimUser) {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    authenticators: user.authenticators.map((key) => ({
      key,
      displayName: CATALOG[key].displayName,
      methods: userMethods(user, key),
    })),
    settings: settingsOf(user),
    scenario: scenarioOf(user),
    created: !!user.created,
  };
}

/** What a demo user shows off, in a few words, for the demo panel. */
function scenarioOf(user: SimUser): string | undefined {
  if (user.locked) return 'locked: unlock with Okta Verify, email or phone';
  if (user.passwordStatus === 'expired') return 'password expired';
  if (user.passwordStatus === 'expiring') return 'password expires soon';
  const pending = pendingEnrollments(user, false);
  if (pending.required.includes('okta_verify') && user.oktaVerifyEnrollment?.channel === 'samedevice') return 'must set up Okta Verify on this device';
  if (pending.required.includes('okta_verify') && user.oktaVerifyEnrollment?.channel === 'devicebootstrap') return 'must add this device from Okta Verify on another device';
  if (pending.required.includes('okta_verify')) return 'must set up Okta Verify';
  if (pending.optional.includes('okta_verify')) return 'may set up Okta Verify, or skip';
  if (user.oktaVerify?.onThisComputer && user.oktaVerify.methods.includes('signed_nonce')) return 'Okta FastPass: Okta Verify on this computer (also push and code)';
  if (user.authenticators.includes('custom_app')) return `custom push authenticator (${CATALOG.custom_app.displayName})`;
  const second = user.authenticators.filter((k) => k !== 'okta_password');
  if (second.length === 1 && second[0] === 'okta_email') return 'email as second factor (code or magic link)';
  if (second.length === 1 && second[0] === 'phone_number') return 'SMS or voice code as second factor';
  if (user.authenticators.includes('okta_verify') && !user.oktaVerify?.numberChallenge) return 'Okta Verify; forgot password: recover with Okta Verify';
  return undefined;
}

export function settingsOf(user: SimUser): UserSettings {
  return {
    numberChallenge: !!user.oktaVerify?.numberChallenge,
    autoChallenge: !!user.oktaVerify?.autoChallenge,
  };
}
