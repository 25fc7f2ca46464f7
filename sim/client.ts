/**
 * A typed client for the simulator's control API (`/sim/*`): what demos and end-to-end tests do to the
 * org and to each user's virtual Okta Verify. Plain `fetch`, so it runs in a page, a test runner or Node.
 *
 *   const sim = new SimulatorClient('http://localhost:8787');
 *   const user = await sim.createUser({ oktaVerify: { numberChallenge: true } });
 *   // … the app signs in as user.username, with user.password, and chooses push …
 *   const push = await sim.waitForPush(user.username);
 *   await sim.approvePush({ transactionId: push.transactionId }, push.correctAnswer);
 */
import type { ChallengeMethod, CodeMessage, LoggedRequest, OutboxEntry, SimulatorSettings } from './context.js';
import type { ThisComputerSettings } from './this-computer.js';
import type { Fault, FaultSpec } from './faults.js';
import type { NewUserSpec, OktaVerifySpec } from './new-user.js';
import type { PushStatus } from './push.js';
import type { UserSettings } from './users.js';

export type { ChallengeMethod, CodeMessage, LoggedRequest, OutboxEntry, SimulatorSettings, Fault, FaultSpec, UserSettings, NewUserSpec, OktaVerifySpec, PushStatus, ThisComputerSettings };

/** What `GET /sim/okta-verify/this-computer` tells. */
export interface ThisComputerState extends ThisComputerSettings {
  /** The ports Node could bind (null in a page, where the service worker answers them). */
  listening: number[] | null;
  /** Ports another program held, and the free port that stands in for each. */
  unavailable: Array<{ port: number; error: string; replacedBy?: number }>;
  /** FastPass challenges waiting for the device. */
  pending: Array<{ transactionId: string; challengeMethod: ChallengeMethod; level: 'identify' | 'mfa' | null }>;
}

/** What `GET /sim/users` tells of a user; never a password or a secret. */
export interface SimUserInfo {
  id: string;
  username: string;
  name: string;
  authenticators: Array<{ key: string; displayName: string; methods: string[] }>;
  settings: UserSettings;
  /** What the user shows off (enrollment, password expiry), when it is more than a plain sign-in. */
  scenario?: string;
  /** Made with `createUser` (and gone at the next reset), rather than seeded. */
  created: boolean;
}

/** A user made with `createUser`: its description, and the password it signs in with. */
export interface CreatedUser extends SimUserInfo {
  password: string;
}

/** A push waiting on a user's device. */
export interface PendingPush {
  id: string;
  /** The sign-in that sent it. */
  transactionId: string;
  createdAt: string;
  expiresAt: string;
  /** Number challenge only: the number shown on the sign-in page, and the three the device offers. */
  correctAnswer?: string;
  choices?: string[];
}

/** A live sign-in, as `GET /sim/transactions` tells it (never its handles). */
export interface SimTransaction {
  /** Opaque; the control API's name for the transaction. */
  id: string;
  /** `null` until the user is identified. */
  username: string | null;
  /**
   * Where it stands: `identify`, `select-authenticator`, `challenge`, `push-rejected`, `password-change`,
   * `select-enroll`, `enroll`, `enroll-address`, `identify-recovery`, `unlock-account`, `reset-password`,
   * `enroll-phone`, `enroll-code`, `fastpass`, `verification-data`, `keep-me-signed-in` or `success`.
   */
  step: string;
  /** On `challenge`: the authenticator and method being verified. */
  authenticator?: string;
  method?: string;
  /** The IDX remediations the client is offered now, first the main one. */
  remediations: string[];
  /** The transaction's latest push and what became of it, or `null` if it sent none. */
  push: (PendingPush & { status: PushStatus }) | null;
  /** Its latest FastPass challenge and what became of it (a cancel with the page's reason and status), or `null`. */
  fastPass: {
    challengeMethod: ChallengeMethod;
    status: 'waiting' | 'answered' | 'uv-failed' | 'refused' | 'canceled';
    username: string | null;
    cancel: { reason: string | null; statusCode: number | null } | null;
  } | null;
  createdAt: string;
  expiresAt: string;
}

/** A username (for a push: that user's latest pending one), or one transaction. */
export type UserOrTransaction = string | { transactionId: string };

/** What answering a push did, and to which push. */
export interface PushAnswer {
  status: PushStatus;
  pushId: string;
  transactionId: string;
}

export class SimulatorError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }
}

export class SimulatorClient {
  /** `base`: the simulator's origin; empty for the page's own origin. */
  constructor(private readonly base = '') {}

  private async call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
    const init: RequestInit = body === undefined ? { method } : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
    const res = await fetch(`${this.base}${path}`, init);
    if (!res.ok) throw new SimulatorError(`${method} ${path}: HTTP ${res.status} ${await res.text().catch(() => '')}`, res.status);
    return (await res.json()) as T;
  }

  private user(username: string, rest = ''): string {
    return `/sim/users/${encodeURIComponent(username)}${rest}`;
  }

  reset(): Promise<{ ok: true }> {
    return this.call('/sim/reset', 'POST');
  }

  users(): Promise<SimUserInfo[]> {
    return this.call('/sim/users');
  }

  setUser(username: string, settings: Partial<UserSettings>): Promise<SimUserInfo> {
    return this.call(this.user(username), 'PATCH', settings);
  }

  /** The code the user's device shows now, and for how many seconds more. */
  totp(username: string): Promise<{ code: string; expiresInSeconds: number }> {
    return this.call(this.user(username, '/totp'));
  }

  /** A user of the caller's own (a generated unique username unless one is given); 409 if the username is taken. */
  createUser(spec: NewUserSpec = {}): Promise<CreatedUser> {
    return this.call('/sim/users', 'POST', spec);
  }

  /** Removes a user, ending its live sign-ins. */
  deleteUser(username: string): Promise<{ deleted: string; endedTransactions: number }> {
    return this.call(this.user(username), 'DELETE');
  }

  /** Live sign-ins, oldest first: all, one user's, or the one with the state handle the caller holds. */
  transactions(filter: { username?: string; stateHandle?: string } = {}): Promise<SimTransaction[]> {
    return this.call(`/sim/transactions${query(filter)}`);
  }

  transaction(id: string): Promise<SimTransaction> {
    return this.call(`/sim/transactions/${encodeURIComponent(id)}`);
  }

  /** The control API path of a user's or a transaction's `rest` (`/push/approve`, `/expire`). */
  private target(target: UserOrTransaction, rest: string): string {
    return typeof target === 'string' ? this.user(target, rest) : `/sim/transactions/${encodeURIComponent(target.transactionId)}${rest}`;
  }

  /** The push waiting on the device (the user's latest, or the transaction's), or `undefined`. */
  async pendingPush(target: UserOrTransaction): Promise<PendingPush | undefined> {
    if (typeof target !== 'string') {
      const push = (await this.transaction(target.transactionId)).push;
      return push?.status === 'pending' ? withoutStatus(push) : undefined;
    }
    try {
      return await this.call<PendingPush>(this.target(target, '/push'));
    } catch (error) {
      if (error instanceof SimulatorError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Waits until a push is pending (one other than `notId`, when given) and returns it: for a test that starts a
   * sign-in in its app and then answers the push on the device.
   */
  async waitForPush(target: UserOrTransaction, options: { notId?: string; timeoutMs?: number; intervalMs?: number } = {}): Promise<PendingPush> {
    const { notId, timeoutMs = 10_000, intervalMs = 50 } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const push = await this.pendingPush(target);
      if (push && push.id !== notId) return push;
      if (Date.now() >= deadline) throw new Error(`no pending push for ${JSON.stringify(target)} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** Approves the pending push; with a number challenge, `answer` is the number tapped (a wrong one rejects it). */
  approvePush(target: UserOrTransaction, answer?: string): Promise<PushAnswer> {
    return this.call(this.target(target, '/push/approve'), 'POST', answer === undefined ? {} : { answer });
  }

  denyPush(target: UserOrTransaction): Promise<PushAnswer> {
    return this.call(this.target(target, '/push/deny'), 'POST', {});
  }

  /** The pending push times out now, as if left unanswered. */
  timeOutPush(target: UserOrTransaction): Promise<PushAnswer> {
    return this.call(this.target(target, '/push/timeout'), 'POST');
  }

  /**
   * The user's device opens an activation link (from a QR code or the outbox) and enrolls Okta Verify. Without
   * a link: the enrollment under way (set up on this device, or added from Okta Verify on another device).
   */
  enroll(username: string, link?: string): Promise<{ status: 'enrolled'; deviceName?: string }> {
    return this.call(this.user(username, '/enroll'), 'POST', link === undefined ? {} : { link });
  }

  /** The user's live sign-ins, or one transaction, expire now. */
  expire(target: UserOrTransaction): Promise<{ expired: number }> {
    return this.call(this.target(target, '/expire'), 'POST');
  }

  outbox(filter: { to?: string; username?: string } = {}): Promise<OutboxEntry[]> {
    return this.call(`/sim/outbox${query(filter)}`);
  }

  /** One-time codes (and, by email, magic links) sent to verify users, oldest first. */
  messages(filter: { to?: string; username?: string } = {}): Promise<CodeMessage[]> {
    return this.call(`/sim/messages${query(filter)}`);
  }

  /** Waits for a message to the user (one other than `notId`, when given) and returns the latest. */
  async waitForMessage(username: string, options: { notId?: string; timeoutMs?: number; intervalMs?: number } = {}): Promise<CodeMessage> {
    const { notId, timeoutMs = 10_000, intervalMs = 50 } = options;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const latest = (await this.messages({ username })).at(-1);
      if (latest && latest.id !== notId) return latest;
      if (Date.now() >= deadline) throw new Error(`no message to ${username} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /**
   * Opens an email's magic link: in the browser that started the sign-in (default; its poll then goes on), or
   * on another device (`sameDevice: false`: the answer shows the code to type instead). Answers Okta's JSON.
   */
  openMagicLink(link: string, options: { sameDevice?: boolean } = {}): Promise<Record<string, unknown>> {
    return this.call('/sim/messages/open', 'POST', { link, ...options });
  }

  settings(): Promise<SimulatorSettings> {
    return this.call('/sim/settings');
  }

  setSettings(settings: Partial<SimulatorSettings>): Promise<SimulatorSettings> {
    return this.call('/sim/settings', 'PUT', settings);
  }

  /** Okta Verify on this computer (FastPass): its settings, the ports it listens on, and the challenges waiting for it. */
  thisComputer(): Promise<ThisComputerState> {
    return this.call('/sim/okta-verify/this-computer');
  }

  /** Changes what Okta Verify on this computer does; answered once its ports are open or closed as asked. */
  setThisComputer(settings: Partial<ThisComputerSettings>): Promise<ThisComputerState> {
    return this.call('/sim/okta-verify/this-computer', 'PATCH', settings);
  }

  /** "Open Okta Verify": the app answers a link challenge (custom URI, app or universal link), the newest waiting one by default. */
  openOktaVerify(transactionId?: string): Promise<{ status: string; transactionId: string; username: string | null }> {
    return this.call('/sim/okta-verify/this-computer/open', 'POST', transactionId ? { transactionId } : {});
  }

  addFault(spec: FaultSpec): Promise<Fault> {
    return this.call('/sim/faults', 'POST', spec);
  }

  faults(): Promise<Fault[]> {
    return this.call('/sim/faults');
  }

  clearFaults(id?: string): Promise<{ ok: true }> {
    return this.call(id ? `/sim/faults/${encodeURIComponent(id)}` : '/sim/faults', 'DELETE');
  }

  /** Every request the simulator served (but the control API's), oldest first. */
  requests(): Promise<LoggedRequest[]> {
    return this.call('/sim/requests');
  }
}

function query(filter: Record<string, string | undefined>): string {
  const text = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as Array<[string, string]>).toString();
  return text ? `?${text}` : '';
}

function withoutStatus({ status: _status, ...push }: PendingPush & { status: PushStatus }): PendingPush {
  return push;
}
