/**
 * A typed client for the simulator's control API (`/sim/*`): what demos and end-to-end tests do to the
 * org and to each user's virtual Okta Verify. Plain `fetch`, so it runs in a page, a test runner or Node.
 *
 *   const sim = new SimulatorClient('http://localhost:8787');
 *   await sim.approvePush('verified@example.com');
 */
import type { LoggedRequest, OutboxEntry, SimulatorSettings } from './context.js';
import type { Fault, FaultSpec } from './faults.js';
import type { UserSettings } from './users.js';

export type { LoggedRequest, OutboxEntry, SimulatorSettings, Fault, FaultSpec, UserSettings };

/** What `GET /sim/users` tells of a user; never a password or a secret. */
export interface SimUserInfo {
  id: string;
  username: string;
  name: string;
  authenticators: Array<{ key: string; displayName: string; methods: string[] }>;
  settings: UserSettings;
  /** What the user shows off (enrollment, password expiry), when it is more than a plain sign-in. */
  scenario?: string;
}

/** A push waiting on a user's device. */
export interface PendingPush {
  id: string;
  createdAt: string;
  expiresAt: string;
  /** Number challenge only: the number shown on the sign-in page, and the three the device offers. */
  correctAnswer?: string;
  choices?: string[];
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

  /** The push waiting on the user's device, or `undefined`. */
  async pendingPush(username: string): Promise<PendingPush | undefined> {
    try {
      return await this.call<PendingPush>(this.user(username, '/push'));
    } catch (error) {
      if (error instanceof SimulatorError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Approves the pending push; with a number challenge, `answer` is the number tapped (a wrong one rejects it). */
  approvePush(username: string, answer?: string): Promise<{ status: string }> {
    return this.call(this.user(username, '/push/approve'), 'POST', answer === undefined ? {} : { answer });
  }

  denyPush(username: string): Promise<{ status: string }> {
    return this.call(this.user(username, '/push/deny'), 'POST', {});
  }

  timeOutPush(username: string): Promise<{ status: string }> {
    return this.call(this.user(username, '/push/timeout'), 'POST');
  }

  /** The user's device opens an activation link (from a QR code or the outbox) and enrolls Okta Verify. */
  enroll(username: string, link: string): Promise<{ status: 'enrolled'; deviceName?: string }> {
    return this.call(this.user(username, '/enroll'), 'POST', { link });
  }

  /** The user's live sign-ins expire now. */
  expire(username: string): Promise<{ expired: number }> {
    return this.call(this.user(username, '/expire'), 'POST');
  }

  outbox(filter: { to?: string; username?: string } = {}): Promise<OutboxEntry[]> {
    const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined) as Array<[string, string]>).toString();
    return this.call(`/sim/outbox${query ? `?${query}` : ''}`);
  }

  settings(): Promise<SimulatorSettings> {
    return this.call('/sim/settings');
  }

  setSettings(settings: Partial<SimulatorSettings>): Promise<SimulatorSettings> {
    return this.call('/sim/settings', 'PUT', settings);
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
