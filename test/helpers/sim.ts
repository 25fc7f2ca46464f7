/** Talks to the local Okta simulator that the test server serves on the page's own origin. */
import { waitUntil } from '@open-wc/testing';

export const ISSUER = `${location.origin}/oauth2/default`;
export const CLIENT_ID = 'okta-verify-signin-demo';
export const PASSWORD = 'Okta-Verify-1';

export interface LoggedRequest {
  time: number | string;
  method: string;
  path: string;
  status: number;
  body?: unknown;
  /** How long the server took to answer. */
  durationMs?: number;
}

export async function resetSim(): Promise<void> {
  const res = await fetch('/sim/reset', { method: 'POST' });
  if (!res.ok) throw new Error(`sim reset: HTTP ${res.status}`);
}

export async function totpCode(username: string): Promise<string> {
  const res = await fetch(`/sim/users/${encodeURIComponent(username)}/totp`);
  const body = (await res.json()) as { code: string; expiresInSeconds: number };
  // A code about to roll over could be stale by the time it arrives; take the next one instead.
  if (body.expiresInSeconds < 2) {
    await new Promise((r) => setTimeout(r, (body.expiresInSeconds + 0.5) * 1000));
    return totpCode(username);
  }
  return body.code;
}

export async function requestLog(): Promise<LoggedRequest[]> {
  const res = await fetch('/sim/requests');
  const body = (await res.json()) as LoggedRequest[] | { requests: LoggedRequest[] };
  return Array.isArray(body) ? body : body.requests;
}

export async function simUser(username: string): Promise<{ id: string; username: string }> {
  const res = await fetch('/sim/users');
  const body = (await res.json()) as Array<{ id: string; username: string }> | { users: Array<{ id: string; username: string }> };
  const users = Array.isArray(body) ? body : body.users;
  const user = users.find((u) => u.username === username);
  if (!user) throw new Error(`no sim user ${username}`);
  return user;
}

// ---------------------------------------------------------------------------------------------------------
// Push notifications, simulator settings and the request log.

export interface SimSettings {
  /** The `refresh` (ms) the server puts on challenge-poll. Default 4000. */
  pollRefreshMs?: number;
  /** How long a push waits for the device before it times out. Default 300000. */
  pushTimeoutMs?: number;
}

export interface SimUserSettings {
  numberChallenge?: boolean;
  autoChallenge?: boolean;
}

export interface PendingPush {
  id: string;
  createdAt: number | string;
  expiresAt: number | string;
  /** Number challenge only: the number the user must tap. */
  correctAnswer?: string;
  /** Number challenge only: the numbers the device offers. */
  choices?: string[];
}

export const POLL_PATH = '/idp/idx/challenge/poll';

async function simJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: HTTP ${res.status} ${await res.text().catch(() => '')}`);
  return (await res.json()) as T;
}

function jsonInit(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export function simSettings(): Promise<SimSettings> {
  return simJson('/sim/settings');
}

export function setSimSettings(settings: SimSettings): Promise<SimSettings> {
  return simJson('/sim/settings', jsonInit('PUT', settings));
}

export function patchSimUser(username: string, settings: SimUserSettings): Promise<unknown> {
  return simJson(`/sim/users/${encodeURIComponent(username)}`, jsonInit('PATCH', settings));
}

/** The push waiting for the user's device, or undefined when none is pending. */
export async function pendingPush(username: string): Promise<PendingPush | undefined> {
  const res = await fetch(`/sim/users/${encodeURIComponent(username)}/push`);
  if (res.status === 404) return undefined;
  if (!res.ok) throw new Error(`GET push for ${username}: HTTP ${res.status}`);
  return (await res.json()) as PendingPush;
}

/** Waits until a push is pending for the user (one other than `notId`, when given) and returns it. */
export async function waitForPush(username: string, options: { notId?: string; timeout?: number } = {}): Promise<PendingPush> {
  let push: PendingPush | undefined;
  await waitUntil(
    async () => {
      push = await pendingPush(username);
      return push && push.id !== options.notId;
    },
    `a pending push for ${username}`,
    { timeout: options.timeout ?? 5000, interval: 25 },
  );
  return push!;
}

/** The user's device approves the push; for a number challenge `answer` is the number tapped. */
export function approvePush(username: string, answer?: string): Promise<{ status: 'approved' | 'rejected' }> {
  return simJson(`/sim/users/${encodeURIComponent(username)}/push/approve`, jsonInit('POST', answer === undefined ? {} : { answer }));
}

/** The user's device denies the push. */
export async function denyPush(username: string): Promise<void> {
  const res = await fetch(`/sim/users/${encodeURIComponent(username)}/push/deny`, { method: 'POST' });
  if (!res.ok) throw new Error(`deny push for ${username}: HTTP ${res.status}`);
}

/** Epoch milliseconds of a log entry (the simulator logs numbers; an ISO string is accepted too). */
export function requestTime(r: LoggedRequest): number {
  return typeof r.time === 'number' ? r.time : Date.parse(r.time);
}

/** The challenge-poll requests in a request log, in order. */
export function pollsIn(log: LoggedRequest[]): LoggedRequest[] {
  return log.filter((r) => r.method === 'POST' && r.path === POLL_PATH);
}

export async function pollLog(): Promise<LoggedRequest[]> {
  return pollsIn(await requestLog());
}

/**
 * Waits until the simulator has received one more poll than it had when called, and returns the time
 * (browser clock) at which that was seen. Right after a poll the next one is at least one refresh away,
 * so this is the moment to act when a test must tell "before" from "after" without racing a poll.
 */
export async function waitForNextPoll(timeout = 5000): Promise<number> {
  const before = (await pollLog()).length;
  await waitUntil(async () => (await pollLog()).length > before, 'a poll reaches the simulator', { timeout, interval: 10 });
  return Date.now();
}
