/**
 * What every route of the simulator shares: the directory, the transactions (with their pushes), the settings,
 * the request log and the clock. Kept in one object so that `reset()` is one place.
 */
import type { Context } from 'hono';
import type { FaultList } from './faults.js';
import type { SigningKey } from './oauth/keys.js';
import { TransactionStore } from './transactions.js';
import type { SimUser } from './users.js';

export interface SimulatorSettings {
  /** The `refresh` (ms) the server puts on `challenge-poll`: how long a client waits between polls. */
  pollRefreshMs: number;
  /** How long a push waits for the device before it times out. */
  pushTimeoutMs: number;
  /** How long a transaction lives after `/v1/interact`. */
  transactionLifetimeMs: number;
  /** Wrong codes a user may enter before the account is locked (until reset). */
  maxCodeAttempts: number;
}

export const DEFAULT_SETTINGS: SimulatorSettings = {
  pollRefreshMs: 4000,
  maxCodeAttempts: 5,
  pushTimeoutMs: 5 * 60_000,
  transactionLifetimeMs: 30 * 60_000,
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
  /** Activation tokens by token. */
  activations: Map<string, Activation>;
  /** Injected faults (errors, delays, cut connections) for tests. */
  faults: FaultList;
  clientIds: ReadonlySet<string> | 'any';
  signingKey: () => Promise<SigningKey>;
  now: () => number;
}

/** The origin the client used: every `href` and the issuer are built on it, so any host and port work. */
export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
}

export function findUser(state: SimState, username: string | undefined): SimUser | undefined {
  return username ? state.users.get(username.toLowerCase()) : undefined;
}
