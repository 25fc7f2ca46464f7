/** Talks to the local Okta simulator that the test server serves on the page's own origin. */
export const ISSUER = `${location.origin}/oauth2/default`;
export const CLIENT_ID = 'okta-verify-signin-demo';
export const PASSWORD = 'Okta-Verify-1';

export interface LoggedRequest {
  time: number | string;
  method: string;
  path: string;
  status: number;
  body?: unknown;
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
