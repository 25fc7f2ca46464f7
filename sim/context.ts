/**
 * What every route of the simulator shares: the directory, the transactions (with their pushes), the settings,
 * the request log and the clock. Kept in one object so that `reset()` is one place.
 */
import type { Context } from 'hono';
import type { FaultList } from './faults.js';
import type { SigningKey } from './oauth/keys.js';
import { TransactionStore } from './transactions.js';
import type { SimUser } from './users.js';
import type { ThisComputer } from './this-computer.js';

export interface SimulatorSettings {
  /** The `refresh` (ms) the server puts on `challenge-poll`: how long a client waits between polls. */
  pollRefreshMs: number;
  /** How long a push waits for the device before it times out. */
  pushTimeoutMs: number;
  /** How long a transaction lives after `/v1/interact`. */
  transactionLifetimeMs: number;
  /** Wrong codes a user may enter before the account is locked (until reset). */
  maxCodeAttempts: number;
  /** "Forgot password?": the password authenticator offers `recover`. */
  recovery: boolean;
  /** "Unlock account?": identify offers `unlock-account`. */
  unlockAccount: boolean;
  /** Identify asks "Keep me signed in" (`rememberMe`). */
  rememberMe: boolean;
  /** After authentication, the `keep-me-signed-in` step comes before success (unless identify's box was ticked). */
  keepMeSignedIn: boolean;
  /** The org's identity provider: identify offers `redirect-idp` for the apps whose policy routes to it. */
  idp: boolean;
  /** Okta FastPass: identify offers `launch-authenticator` ("Sign in with Okta FastPass"). */
  fastPass: boolean;
  /** How a FastPass challenge reaches Okta Verify on this computer: its `challengeMethod`. */
  fastPassMethod: ChallengeMethod;
  /** `probeTimeoutMillis` of a LOOPBACK challenge; 0 leaves it out (the client's default applies). */
  fastPassProbeTimeoutMs: number;
  /**
   * When Okta Verify is the only second factor left, Okta asks how to use it (`authenticator-verification-data`,
   * with "Send push automatically" when push is one of its methods) instead of listing it alone.
   */
  askOktaVerifyMethod: boolean;
}

/** How the sign-in page reaches Okta Verify: a request to its loopback server, or a link the OS opens in the app. */
export type ChallengeMethod = 'LOOPBACK' | 'CUSTOM_URI' | 'APP_LINK' | 'UNIVERSAL_LINK';
export const CHALLENGE_METHODS: readonly ChallengeMethod[] = ['LOOPBACK', 'CUSTOM_URI', 'APP_LINK', 'UNIVERSAL_LINK'];

export const DEFAULT_SETTINGS: SimulatorSettings = {
  pollRefreshMs: 4000,
  maxCodeAttempts: 5,
  pushTimeoutMs: 5 * 60_000,
  transactionLifetimeMs: 30 * 60_000,
  recovery: true,
  unlockAccount: true,
  rememberMe: true,
  keepMeSignedIn: false,
  idp: true,
  fastPass: false,
  fastPassMethod: 'LOOPBACK',
  fastPassProbeTimeoutMs: 0,
  askOktaVerifyMethod: false,
};

/** One request the simulator served (control API requests are not kept). */
export interface LoggedRequest {
  /** When it arrived (epoch ms). */
  time: number;
  durationMs: number;
  method: string;
  path: string;
  status: number;
  /** The parsed JSON or form body, when there was one. */
  body?: unknown;
  /** The answer's `x-rate-limit-reset` (epoch seconds), when it had one. */
  rateLimitReset?: number;
  /** The id of the fault rule applied to it, if one was. */
  fault?: string;
  /** The request's `Accept-Language`, when it had one: the language the org words its messages in. */
  acceptLanguage?: string;
  /** A request to Okta Verify's loopback server on this computer: the port it reached. */
  port?: number;
}

/** A one-time code (and, by email, a magic link) "sent" to verify a user, for a person or a test to read. */
export interface CodeMessage {
  id: string;
  channel: 'email' | 'sms' | 'voice';
  to: string;
  code: string;
  /** By email: the magic link that completes the waiting sign-in when opened. */
  link?: string;
  sentAt: string;
  username: string;
  /** The transaction (control API id) that asked for it. */
  transactionId: string;
}

/** A one-time authorization code of the hosted sign-in page (`/v1/authorize`), for `/v1/token`. */
export interface AuthorizationGrant {
  code: string;
  issuer: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scopes: string[];
  nonce?: string;
  username: string;
  amr: string[];
  createdAt: number;
  expiresAt: number;
}

/** A setup link "sent" by email or SMS, for a person or a test to open on the virtual device. */
export interface OutboxEntry {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  link: string;
  sentAt: string;
  username: string;
}

/** A one-time Okta Verify activation: which user's enrollment, in which transaction. */
export interface Activation {
  token: string;
  username: string;
  stateHandle: string;
  used: boolean;
}

export interface SimState {
  users: Map<string, SimUser>;
  transactions: TransactionStore;
  /** Time step of the last accepted TOTP code of each user, so a code works once. */
  totpSteps: Map<string, number>;
  settings: SimulatorSettings;
  log: LoggedRequest[];
  /** Setup links sent, oldest first. */
  outbox: OutboxEntry[];
  /** Verification codes and magic links sent, oldest first. */
  messages: CodeMessage[];
  /** Authorization codes of the hosted sign-in page, by code. */
  grants: Map<string, AuthorizationGrant>;
  /** Activation tokens by token. */
  activations: Map<string, Activation>;
  /** Injected faults (errors, delays, cut connections) for tests. */
  faults: FaultList;
  clientIds: ReadonlySet<string> | 'any';
  signingKey: () => Promise<SigningKey>;
  /** Okta Verify on the computer the browser runs on: FastPass's other end. */
  thisComputer: ThisComputer;
  now: () => number;
}

/** The origin the client used: every `href` and the issuer are built on it, so any host and port work. */
export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

export function findUser(state: SimState, username: string | undefined): SimUser | undefined {
  return username ? state.users.get(username.toLowerCase()) : undefined;
}

const DEVICE_COOKIE = 'okta-sim-dt';

/** The browser's device token, from its cookie (set on `/v1/interact`), if it sent one. */
export function deviceTokenOf(c: Context): string | undefined {
  const cookie = c.req.header('cookie') ?? '';
  const match = new RegExp(`(?:^|;\\s*)${DEVICE_COOKIE}=([A-Za-z0-9]+)`).exec(cookie);
  return match?.[1];
}

export function deviceCookie(token: string): string {
  return `${DEVICE_COOKIE}=${token}; Path=/; SameSite=Lax; HttpOnly`;
}
