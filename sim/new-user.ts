/**
 * Users made at run time (`POST /sim/users`): a test gets a user of its own, so tests running in parallel
 * never share a device, a push or a lockout. The spec is checked field by field, and anything off is refused
 * with a message that names the field.
 */
import { isObject, type JsonObject } from './body.js';
import { randomBase32, randomId } from './random.js';
import type { AuthenticatorKey, SimUser } from './users.js';

export const DEFAULT_PASSWORD = 'Okta-Verify-1';

/** Authenticators a user may have listed that the simulator shows but does not verify. */
export const LISTED_ONLY = ['phone_number', 'google_otp', 'webauthn'] as const;
export type ListedOnlyKey = (typeof LISTED_ONLY)[number];

export interface OktaVerifySpec {
  /** Push notifications (default true). */
  push?: boolean;
  /** Codes (default true). */
  totp?: boolean;
  /** Push asks for the number shown on the sign-in page (default false). */
  numberChallenge?: boolean;
  /** A push goes out right after the password (default false). */
  autoChallenge?: boolean;
  deviceName?: string;
}

export interface NewUserSpec {
  /** Default: a generated, unique `user-…@example.com`. */
  username?: string;
  /** Default: `Okta-Verify-1`. */
  password?: string;
  /** Display name; default: the username's local part. */
  name?: string;
  /** Okta Verify on the user's virtual device (default: push and code), or `false` for none. */
  oktaVerify?: boolean | OktaVerifySpec;
  /** Further enrolled authenticators, listed in the sign-in but not simulated. */
  otherAuthenticators?: ListedOnlyKey[];
  /** The org asks the user to set up Okta Verify after the password: it must (`required`) or may (`optional`). */
  enroll?: 'required' | 'optional';
  /** The password has expired (must be changed) or is about to. */
  passwordStatus?: 'expired' | 'expiring';
  /** Email as an authenticator: `true` for codes to the username, or the address they go to. */
  email?: boolean | string;
  /** Phone as an authenticator (SMS and voice), with the number codes go to (`+` and 8–15 digits). */
  phoneNumber?: string;
  /** The account starts locked: the password is refused until it is unlocked or reset. */
  locked?: boolean;
}

const FIELDS = ['username', 'password', 'name', 'oktaVerify', 'otherAuthenticators', 'enroll', 'passwordStatus', 'email', 'phoneNumber', 'locked'];
const PHONE_NUMBER = /^\+\d{8,15}$/;
const OKTA_VERIFY_FIELDS = ['push', 'totp', 'numberChallenge', 'autoChallenge', 'deviceName'];

/** One line of printable text without spaces or slashes (a username lands in `/sim/users/{username}`). */
const USERNAME = /^[^\s/\p{Cc}]{1,100}$/u;

export type NewUserResult = { ok: true; user: SimUser } | { ok: false; error: string };

const fail = (error: string): NewUserResult => ({ ok: false, error });

function unknownField(body: JsonObject, known: string[], where: string): string | undefined {
  const extra = Object.keys(body).find((k) => !known.includes(k));
  return extra === undefined ? undefined : `unknown field ${where}${extra} (known: ${known.join(', ')})`;
}

function text(value: unknown, name: string, max: number): string | undefined {
  return typeof value === 'string' && value.trim() && value.length <= max ? undefined : `${name} must be a non-empty string of at most ${max} characters`;
}

function oneOf(value: unknown, name: string, options: readonly string[]): string | undefined {
  return value === undefined || options.includes(value as string) ? undefined : `${name} must be ${options.join(' or ')}`;
}

/** A user to add to the directory, from the request body; `taken` tells whether a username is in use. */
export function newUser(body: JsonObject, taken: (username: string) => boolean): NewUserResult {
  const problem =
    unknownField(body, FIELDS, '') ??
    (body.username === undefined ? undefined : text(body.username, 'username', 100)) ??
    (body.password === undefined ? undefined : text(body.password, 'password', 200)) ??
    (body.name === undefined ? undefined : text(body.name, 'name', 200)) ??
    oneOf(body.enroll, 'enroll', ['required', 'optional']) ??
    oneOf(body.passwordStatus, 'passwordStatus', ['expired', 'expiring']) ??
    (body.email === undefined || typeof body.email === 'boolean' ? undefined : text(body.email, 'email', 200)) ??
    (body.phoneNumber === undefined || (typeof body.phoneNumber === 'string' && PHONE_NUMBER.test(body.phoneNumber)) ? undefined : 'phoneNumber must be + and 8 to 15 digits, such as +15550100123') ??
    (body.locked === undefined || typeof body.locked === 'boolean' ? undefined : 'locked must be true or false');
  if (problem) return fail(problem);
  if (body.phoneNumber !== undefined && (body.otherAuthenticators as unknown[] | undefined)?.includes('phone_number')) {
    return fail('give phoneNumber or list phone_number in otherAuthenticators, not both');
  }

  const username = body.username === undefined ? generatedUsername(taken) : (body.username as string).trim();
  if (!USERNAME.test(username)) return fail('username must have no spaces, slashes or control characters');

  const oktaVerify = oktaVerifyOf(body.oktaVerify, body.enroll !== undefined);
  if (typeof oktaVerify === 'string') return fail(oktaVerify);

  const others = body.otherAuthenticators ?? [];
  if (!Array.isArray(others) || others.some((k) => !LISTED_ONLY.includes(k)) || new Set(others).size !== others.length) {
    return fail(`otherAuthenticators must be a list of distinct keys among ${LISTED_ONLY.join(', ')}`);
  }

  const name = typeof body.name === 'string' ? body.name.trim() : username.split('@')[0]!;
  const [givenName = name, ...rest] = name.split(/\s+/);
  const authenticators: AuthenticatorKey[] = ['okta_password', ...(others as ListedOnlyKey[])];
  if (body.email !== undefined && body.email !== false) authenticators.push('okta_email');
  if (typeof body.phoneNumber === 'string') authenticators.push('phone_number');
  if (oktaVerify) authenticators.push('okta_verify');
  const user: SimUser = {
    id: `00u${randomId(17)}`,
    username,
    password: typeof body.password === 'string' ? body.password : DEFAULT_PASSWORD,
    givenName,
    familyName: rest.join(' '),
    name,
    authenticators,
    created: true,
  };
  if (others.includes('phone_number')) user.phoneNumber = '+1 XXX-XXX-0100';
  if (typeof body.phoneNumber === 'string') user.phoneNumber = body.phoneNumber;
  if (typeof body.email === 'string') user.email = body.email.trim();
  if (body.locked === true) user.locked = true;
  if (oktaVerify) {
    user.oktaVerify = {
      deviceName: oktaVerify.deviceName ?? `${givenName}'s phone`,
      methods: [...(oktaVerify.push !== false ? ['push'] : []), ...(oktaVerify.totp !== false ? ['totp'] : [])],
      totpSecret: randomBase32(32),
      numberChallenge: !!oktaVerify.numberChallenge,
      autoChallenge: !!oktaVerify.autoChallenge,
    };
  }
  if (body.enroll) user.enroll = { [body.enroll as 'required' | 'optional']: ['okta_verify'] };
  if (body.passwordStatus) user.passwordStatus = body.passwordStatus as 'expired' | 'expiring';
  return { ok: true, user };
}

/** The Okta Verify settings, `undefined` for none, or what is wrong with them. */
function oktaVerifyOf(value: unknown, enrolls: boolean): OktaVerifySpec | undefined | string {
  if (value === false || (value === undefined && enrolls)) return undefined;
  if (enrolls) return 'enroll has the user set up Okta Verify at sign-in: leave oktaVerify out or false';
  if (value === undefined || value === true) return {};
  if (!isObject(value)) return 'oktaVerify must be true, false or { push, totp, numberChallenge, autoChallenge, deviceName }';
  const spec = value;
  const problem = unknownField(spec, OKTA_VERIFY_FIELDS, 'oktaVerify.');
  if (problem) return problem;
  for (const name of ['push', 'totp', 'numberChallenge', 'autoChallenge']) {
    if (spec[name] !== undefined && typeof spec[name] !== 'boolean') return `oktaVerify.${name} must be true or false`;
  }
  if (spec.deviceName !== undefined) {
    const bad = text(spec.deviceName, 'oktaVerify.deviceName', 100);
    if (bad) return bad;
  }
  if (spec.push === false && spec.totp === false) return 'oktaVerify needs push or totp (or use oktaVerify: false)';
  if (spec.push === false && (spec.numberChallenge || spec.autoChallenge)) return 'numberChallenge and autoChallenge need push';
  return spec as OktaVerifySpec;
}

function generatedUsername(taken: (username: string) => boolean): string {
  for (;;) {
    const username = `user-${randomId(12).toLowerCase()}@example.com`;
    if (!taken(username)) return username;
  }
}
