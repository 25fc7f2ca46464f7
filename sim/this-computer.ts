/**
 * Okta Verify "on this computer": the other end of Okta FastPass. One per simulator. It holds the accounts of
 * the users whose Okta Verify runs on the computer the browser runs on, answers FastPass challenges, and
 * serves the loopback API the sign-in page probes (`GET /probe`, `POST /challenge` on each port of a list).
 *
 * The logic is runtime-neutral: `fetchLoopback(port, request)` answers what reached a port, or `null` when
 * the port refuses the connection. Node opens real servers on the ports (`sim/node/loopback.ts`); the static
 * Storybook answers the same URLs from its service worker.
 */
import { SignJWT, importJWK, jwtVerify } from 'jose';
import { parseForLog } from './body.js';
import type { ChallengeMethod, SimState } from './context.js';
import { randomId } from './random.js';
import type { FastPassChallenge, Transaction } from './transactions.js';

/** High ports no common service uses; the `ports` a LOOPBACK challenge lists, in this order. */
export const DEFAULT_LOOPBACK_PORTS: readonly number[] = [51111, 51112, 51113, 51114];

/** How long a challenge request is good for, as Okta's (5 minutes). */
const CHALLENGE_LIFETIME_S = 300;

/** Where Okta Verify's custom URI scheme and its download page point, as in Okta's captures. */
export const CUSTOM_URI_BASE = 'com-okta-authenticator:/deviceChallenge';
export const DOWNLOAD_HREF = 'https://apps.apple.com/us/app/okta-verify/id490179405';

/** What a test or a person may change about the device (`PATCH /sim/okta-verify/this-computer`). */
export interface ThisComputerSettings {
  /** Okta Verify is running: when false every port refuses connections and links open nothing. */
  running: boolean;
  /** The loopback ports, in the order challenges list them. */
  ports: number[];
  /** The listed ports Okta Verify listens on; the others refuse connections. */
  answeringPorts: number[];
  /** Ports taken by something else: they answer 503. */
  busyPorts: number[];
  /** A status `/challenge` answers with instead of answering the challenge (null: it answers). */
  challengeError: number | null;
  /** `fail`: the device answers without the biometrics the org requires. */
  userVerification: 'ok' | 'fail';
  /** The usernames whose Okta Verify account is on this computer, first the one used when no user is known yet. */
  accounts: string[];
}

export interface ThisComputer {
  settings: ThisComputerSettings;
  /** The ports the Node layer could bind (null where nothing binds ports, as in a page). */
  listening: number[] | null;
  /** Ports the Node layer could not bind, with why. */
  unavailable: Array<{ port: number; error: string; replacedBy?: number }>;
  /** Called when the ports that should accept connections may have changed. */
  listeners: Set<() => void>;
  /** Resolves once the host's servers match the settings (a host that binds ports sets it). */
  settled: () => Promise<void>;
}

export function newThisComputer(settings: ThisComputerSettings): ThisComputer {
  return { settings, listening: null, unavailable: [], listeners: new Set(), settled: () => Promise.resolve() };
}

/**
 * A port another program holds is replaced by a free one the host found, everywhere the settings name it,
 * so that challenges list ports this device answers on.
 */
export function replacePort(device: ThisComputer, taken: number, free: number): void {
  const swap = (list: number[]) => list.map((p) => (p === taken ? free : p));
  const s = device.settings;
  device.settings = { ...s, ports: swap(s.ports), answeringPorts: swap(s.answeringPorts), busyPorts: swap(s.busyPorts) };
}

/** The ports that accept connections now. */
export function openPorts(device: ThisComputer): number[] {
  const { running, ports, answeringPorts } = device.settings;
  return running ? ports.filter((p) => answeringPorts.includes(p)) : [];
}

export function notifyPorts(device: ThisComputer): void {
  for (const listener of device.listeners) listener();
}

let challengeCount = 0;

const publicKeys = new WeakMap<object, ReturnType<typeof importJWK>>();

async function publicKeyOf(state: SimState) {
  const key = await state.signingKey();
  let found = publicKeys.get(key);
  if (!found) publicKeys.set(key, (found = importJWK(key.publicJwk, 'RS256')));
  return found;
}

/** Starts a new FastPass challenge for the transaction (an earlier one is dead from now on). */
export async function newChallenge(state: SimState, tx: Transaction, origin: string, method: ChallengeMethod): Promise<FastPassChallenge> {
  const key = await state.signingKey();
  const now = state.now();
  const iat = Math.floor(now / 1000);
  const nonce = randomId(24);
  const request = await new SignJWT({ transactionId: tx.id, nonce, challengeMethod: method, userVerificationRequirement: 'preferred', ver: 0 })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(origin)
    .setAudience(origin)
    .setIssuedAt(iat)
    .setExpirationTime(iat + CHALLENGE_LIFETIME_S)
    .sign(key.privateKey);
  cancelChallenge(tx);
  tx.fastPass = { nonce, method, request, ports: [...state.thisComputer.settings.ports], status: 'waiting', seq: ++challengeCount, createdAt: now, expiresAt: now + CHALLENGE_LIFETIME_S * 1000 };
  return tx.fastPass;
}

/** A waiting challenge is dead once the sign-in moves on. */
export function cancelChallenge(tx: Transaction, cancel?: FastPassChallenge['cancel']): void {
  if (tx.fastPass?.status !== 'waiting') return;
  tx.fastPass.status = 'canceled';
  if (cancel) tx.fastPass.cancel = cancel;
}

/** The link a CUSTOM_URI, APP_LINK or UNIVERSAL_LINK challenge asks the page to open. */
export function challengeHref(origin: string, challenge: FastPassChallenge): string {
  const query = `challengeRequest=${encodeURIComponent(challenge.request)}`;
  return challenge.method === 'CUSTOM_URI' ? `${CUSTOM_URI_BASE}?${query}` : `${origin}/sim/okta-verify/launch?${query}`;
}

export type AnswerResult = { ok: true; tx: Transaction; status: FastPassChallenge['status'] } | { ok: false; error: string };

/**
 * Okta Verify answers a challenge request, as it does once the page reached it (loopback) or the OS opened it
 * (links): the signature, the expiry and a transaction still waiting for it are checked; then the account
 * that fits is used — the transaction's user when it has one, else the first account on this computer.
 */
export async function answerChallenge(state: SimState, request: unknown): Promise<AnswerResult> {
  if (typeof request !== 'string' || !request) return { ok: false, error: 'challengeRequest is missing' };
  let claims: Record<string, unknown>;
  try {
    ({ payload: claims } = await jwtVerify(request, await publicKeyOf(state), { algorithms: ['RS256'], currentDate: new Date(state.now()) }));
  } catch (error) {
    return { ok: false, error: `challengeRequest is not valid: ${(error as Error).message}` };
  }
  const tx = state.transactions.byId(String(claims.transactionId));
  if (!tx || tx.expiresAt <= state.now()) return { ok: false, error: 'the sign-in of this challenge has ended' };
  const challenge = tx.fastPass;
  if (!challenge || challenge.nonce !== claims.nonce || challenge.status !== 'waiting') return { ok: false, error: 'this challenge is no longer waiting' };
  return { ok: true, tx, status: settle(state, tx, challenge) };
}

function settle(state: SimState, tx: Transaction, challenge: FastPassChallenge): FastPassChallenge['status'] {
  const { accounts, userVerification } = state.thisComputer.settings;
  const held = accounts.map((a) => a.toLowerCase()).filter((a) => state.users.has(a));
  const username = tx.user ? held.find((a) => a === tx.user!.username.toLowerCase()) : held[0];
  if (!username) return (challenge.status = 'refused');
  challenge.username = username;
  return (challenge.status = userVerification === 'fail' ? 'uv-failed' : 'answered');
}

/** The newest challenge waiting for a link to be opened, or the given transaction's. */
export function pendingLinkChallenge(state: SimState, transactionId?: string): Transaction | undefined {
  const waiting = (tx: Transaction) => tx.fastPass?.status === 'waiting' && tx.fastPass.method !== 'LOOPBACK' && tx.fastPass.expiresAt > state.now();
  if (transactionId) {
    const tx = state.transactions.byId(transactionId);
    return tx && tx.expiresAt > state.now() && waiting(tx) ? tx : undefined;
  }
  let newest: Transaction | undefined;
  for (const tx of state.transactions.live(state.now())) if (waiting(tx) && (!newest || tx.fastPass!.seq > newest.fastPass!.seq)) newest = tx;
  return newest;
}

/** CORS as Okta Verify's loopback server answers the sign-in page: its origin, GET and POST, private network allowed. */
function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get('origin');
  return origin ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Private-Network': 'true', Vary: 'Origin' } : { 'Access-Control-Allow-Private-Network': 'true' };
}

function json(request: Request, status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...corsHeaders(request) } });
}

/**
 * A request that reached the device on `port`: `null` when the port refuses the connection (Okta Verify not
 * running, or not listening there). Every request that connects is logged, with its port.
 */
export async function fetchLoopback(state: SimState, port: number, request: Request): Promise<Response | null> {
  const device = state.thisComputer;
  if (!openPorts(device).includes(port)) return null;
  const time = state.now();
  const path = new URL(request.url).pathname;
  const text = request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS' ? '' : await request.text();
  const response = await answerLoopback(state, port, request, path, text);
  state.log.push({ time, durationMs: state.now() - time, method: request.method, path, status: response.status, body: parseForLog(text, request.headers.get('content-type')), port });
  return response;
}

async function answerLoopback(state: SimState, port: number, request: Request, path: string, text: string): Promise<Response> {
  const { busyPorts, challengeError } = state.thisComputer.settings;
  if (request.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: { ...corsHeaders(request), 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'content-type', 'Access-Control-Max-Age': '600' },
    });
  }
  if (busyPorts.includes(port)) return json(request, 503, { error: 'busy' });
  if (path === '/probe' && request.method === 'GET') return json(request, 200, {});
  if (path === '/challenge' && request.method === 'POST') {
    if (challengeError !== null) return json(request, challengeError, { error: 'Okta Verify could not answer' });
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return json(request, 400, { error: 'send JSON: {"challengeRequest":"<JWT>"}' });
    }
    const result = await answerChallenge(state, (body as { challengeRequest?: unknown } | null)?.challengeRequest);
    return result.ok ? json(request, 200, {}) : json(request, 400, { error: result.error });
  }
  return json(request, 404, { error: 'not found' });
}

/** What the control API tells of the device. */
export function describeThisComputer(state: SimState) {
  const device = state.thisComputer;
  const waiting = state.transactions.live(state.now()).filter((tx) => tx.fastPass?.status === 'waiting');
  return {
    ...device.settings,
    listening: device.listening,
    unavailable: device.unavailable,
    pending: waiting.map((tx) => ({ transactionId: tx.id, challengeMethod: tx.fastPass!.method, level: tx.state.name === 'fastpass' ? tx.state.level : null })),
  };
}

/** Checks and applies a `PATCH`; returns a problem to answer 400 with, or nothing. */
export function patchThisComputer(state: SimState, body: Record<string, unknown>): string | undefined {
  const next: ThisComputerSettings = structuredClone(state.thisComputer.settings);
  const portList = (name: string): number[] | string => {
    const value = body[name];
    if (!Array.isArray(value) || !value.every((p) => Number.isInteger(p) && p > 0 && p < 65536)) return `${name} must be a list of port numbers`;
    return [...new Set(value as number[])];
  };
  if (body.running !== undefined) {
    if (typeof body.running !== 'boolean') return 'running must be true or false';
    next.running = body.running;
  }
  if (body.ports !== undefined) {
    const ports = portList('ports');
    if (typeof ports === 'string') return ports;
    if (!ports.length) return 'ports must list at least one port';
    next.ports = ports;
    next.answeringPorts = [...ports];
    next.busyPorts = next.busyPorts.filter((p) => ports.includes(p));
  }
  for (const name of ['answeringPorts', 'busyPorts'] as const) {
    if (body[name] === undefined) continue;
    const ports = portList(name);
    if (typeof ports === 'string') return ports;
    const stray = ports.find((p) => !next.ports.includes(p));
    if (stray !== undefined) return `${name}: ${stray} is not one of ports`;
    next[name] = ports;
  }
  if (body.challengeError !== undefined) {
    const status = body.challengeError;
    if (status !== null && !(Number.isInteger(status) && (status as number) >= 400 && (status as number) <= 599)) return 'challengeError must be an HTTP error status (400-599) or null';
    next.challengeError = status as number | null;
  }
  if (body.userVerification !== undefined) {
    if (body.userVerification !== 'ok' && body.userVerification !== 'fail') return 'userVerification must be "ok" or "fail"';
    next.userVerification = body.userVerification;
  }
  if (body.accounts !== undefined) {
    const accounts = body.accounts;
    if (!Array.isArray(accounts) || !accounts.every((a) => typeof a === 'string')) return 'accounts must be a list of usernames';
    const unknown = accounts.find((a) => !state.users.has(a.toLowerCase()));
    if (unknown) return `accounts: no user ${unknown}`;
    next.accounts = accounts.map((a) => state.users.get(a.toLowerCase())!.username);
  }
  state.thisComputer.settings = next;
  notifyPorts(state.thisComputer);
  return undefined;
}
