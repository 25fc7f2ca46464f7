/** Talks to the local Okta simulator that the test server serves on the page's own origin. */
import { waitUntil } from '@open-wc/testing';
import { SimulatorClient, type LoggedRequest, type PendingPush, type SimulatorSettings, type SimUserInfo, type UserSettings } from '../../sim/client.js';

export const ISSUER = `${location.origin}/oauth2/default`;
export const CLIENT_ID = 'okta-verify-signin-demo';
export const PASSWORD = 'Okta-Verify-1';

/** The simulator's control API, typed: the same client the demo uses. */
export const sim = new SimulatorClient();

export type { LoggedRequest, PendingPush };

export async function resetSim(): Promise<void> {
  await sim.reset();
}

export async function totpCode(username: string): Promise<string> {
  const body = await sim.totp(username);
  // A code about to roll over could be stale by the time it arrives; take the next one instead.
  if (body.expiresInSeconds < 2) {
    await new Promise((r) => setTimeout(r, (body.expiresInSeconds + 0.5) * 1000));
    return totpCode(username);
  }
  return body.code;
}

export function requestLog(): Promise<LoggedRequest[]> {
  return sim.requests();
}

export async function simUser(username: string): Promise<SimUserInfo> {
  const user = (await sim.users()).find((u) => u.username === username);
  if (!user) throw new Error(`no sim user ${username}`);
  return user;
}

// ---------------------------------------------------------------------------------------------------------
// Push notifications, simulator settings and the request log.

export const POLL_PATH = '/idp/idx/challenge/poll';

export function simSettings(): Promise<SimulatorSettings> {
  return sim.settings();
}

export function setSimSettings(settings: Partial<SimulatorSettings>): Promise<SimulatorSettings> {
  return sim.setSettings(settings);
}

export function patchSimUser(username: string, settings: Partial<UserSettings>): Promise<unknown> {
  return sim.setUser(username, settings);
}

/** The push waiting for the user's device, or undefined when none is pending. */
export function pendingPush(username: string): Promise<PendingPush | undefined> {
  return sim.pendingPush(username);
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
export function approvePush(username: string, answer?: string): Promise<{ status: string }> {
  return sim.approvePush(username, answer);
}

/** The user's device denies the push. */
export async function denyPush(username: string): Promise<void> {
  await sim.denyPush(username);
}

/** Epoch milliseconds of a log entry. */
export function requestTime(r: LoggedRequest): number {
  return r.time;
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

/**
 * Waits until a request matching the fault rule `id` has reached the simulator: one more than it had seen when
 * called, or than `seenBefore`. The simulator counts a request as it arrives, so with a delay rule that
 * request is still out when this returns.
 */
export async function waitForFaultHit(id: string, seenBefore?: number, timeout = 5000): Promise<void> {
  const seen = async () => (await sim.faults()).find((f) => f.id === id)?.seen ?? 0;
  const before = seenBefore ?? (await seen());
  await waitUntil(async () => (await seen()) > before, `a request for fault ${id} reaches the simulator`, { timeout, interval: 10 });
}

/** The log's entries for one path (and method), in order. */
export function requestsTo(log: LoggedRequest[], path: string, method = 'POST'): LoggedRequest[] {
  return log.filter((r) => r.method === method && r.path === path);
}
