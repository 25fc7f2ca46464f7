/**
 * The simulated org's directory: its authenticator catalog and its users, loaded from a JSON seed
 * (`sim/users.json` by default). Users are plain data; what changes at run time (settings toggled through the
 * control API) lives on a copy that `reset()` throws away.
 */
import seed from './users.json' with { type: 'json' };

/** Okta's authenticator keys that the simulated org knows. */
export type AuthenticatorKey = 'okta_password' | 'okta_verify' | 'phone_number' | 'google_otp' | 'webauthn';

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
}

export const CATALOG: Record<AuthenticatorKey, CatalogEntry> = {
  okta_password: { key: 'okta_password', id: 'autpassword000000001', type: 'password', displayName: 'Password', methods: ['password'], enrollmentPrefix: 'lae' },
  okta_verify: { key: 'okta_verify', id: 'autoktaverify0000001', type: 'app', displayName: 'Okta Verify', methods: ['push', 'totp'], enrollmentPrefix: 'pfd' },
  phone_number: { key: 'phone_number', id: 'autphone000000000001', type: 'phone', displayName: 'Phone', methods: ['sms', 'voice'], enrollmentPrefix: 'sms' },
  google_otp: { key: 'google_otp', id: 'autgoogleotp00000001', type: 'app', displayName: 'Google Authenticator', methods: ['otp'], enrollmentPrefix: 'gae' },
  webauthn: { key: 'webauthn', id: 'autwebauthn000000001', type: 'security_key', displayName: 'Security Key or Biometric', methods: ['webauthn'], enrollmentPrefix: 'fwf' },
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
}

export interface SeedUser {
  id: string;
  username: string;
  password: string;
  givenName: string;
  familyName: string;
  /** Enrolled authenticators, in the order the "verify with" list shows them. */
  authenticators: AuthenticatorKey[];
  phoneNumber?: string;
  oktaVerify?: OktaVerifySeed;
}

export interface SimUser extends SeedUser {
  name: string;
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
  };
}

export function settingsOf(user: SimUser): UserSettings {
  return {
    numberChallenge: !!user.oktaVerify?.numberChallenge,
    autoChallenge: !!user.oktaVerify?.autoChallenge,
  };
}
