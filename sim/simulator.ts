/**
 * The local Okta org: one web-standard fetch handler (`Request` → `Response`) that speaks Okta's IDX and
 * OAuth protocol to the real okta-auth-js. It uses only Web APIs (fetch types, Web Crypto), so the same core
 * runs behind Node's HTTP server, the Vite and test-runner dev servers, or a service worker.
 */
import { Hono } from 'hono';
import { APP_CLIENT_IDS } from './apps.js';
import { parseForLog } from './body.js';
import { registerControlRoutes } from './control.js';
import { DEFAULT_SETTINGS, type LoggedRequest, type SimState, type SimulatorSettings } from './context.js';
import { registerIdxRoutes } from './idx/routes.js';
import { createSigningKey, type SigningKey } from './oauth/keys.js';
import { registerOAuthRoutes } from './oauth/routes.js';
import { registerOrgPages } from './org-pages.js';
import { applyFault, checkFault, FaultList, type FaultSpec } from './faults.js';
import { TransactionStore } from './transactions.js';
import { DEFAULT_USERS, loadUsers, type SeedUser, type SimUser } from './users.js';
import { DEFAULT_LOOPBACK_PORTS, fetchLoopback, newThisComputer, notifyPorts, openPorts, replacePort, type ThisComputerSettings } from './this-computer.js';

export { DEFAULT_CLIENT_ID, IDENTIFIER_FIRST_CLIENT_ID } from './apps.js';

export interface SimulatorOptions extends Partial<SimulatorSettings> {
  /** The org's users; default: the demo users of `sim/users.json`. */
  users?: SeedUser[];
  /** OIDC client ids the org accepts, or `'any'`. Default: `okta-verify-signin-demo` and `okta-verify-signin-identifier-first`. */
  clientIds?: string[] | 'any';
  /** The clock (epoch ms), for tests that move time. */
  now?: () => number;
  /** Faults in place from the start (and again after each reset), as `POST /sim/faults` adds them. */
  faults?: FaultSpec[];
  /** The ports of Okta Verify's loopback server on this computer, in the order challenges list them. Default 51111-51114. */
  loopbackPorts?: number[];
}

export interface Simulator {
  /** Answers one request. */
  fetch(request: Request): Promise<Response>;
  /** True for the paths the simulator serves (`/oauth2/…`, `/idp/…`, `/sim/…`, `/.well-known/…`). */
  handles(pathname: string): boolean;
  /** Forgets transactions, pushes and the request log; restores users and settings to the options. */
  reset(): void;
  readonly settings: SimulatorSettings;
  readonly requests: readonly LoggedRequest[];
  /** Okta Verify on this computer: its loopback server, for whatever opens the ports (`sim/node` does). */
  readonly thisComputer: LoopbackDevice;
}

/** What a host needs to serve Okta Verify's loopback server: the ports to open and the answer to each request. */
export interface LoopbackDevice {
  /** The ports that accept connections now (none while Okta Verify is not running). */
  openPorts(): number[];
  /** Every port the device is configured with, open or not: a host that answers them all refuses the closed ones. */
  ports(): number[];
  /** Calls `listener` whenever the open ports may have changed; returns the unsubscribe. */
  onPortsChange(listener: () => void): () => void;
  /** Answers a request that reached `port` (`http://localhost:{port}/probe`, `/challenge`); `null`: refuse the connection. */
  fetch(port: number, request: Request): Promise<Response | null>;
  /** The host tells which ports it could bind, for `GET /sim/okta-verify/this-computer`. */
  reportListening(listening: number[], unavailable: Array<{ port: number; error: string; replacedBy?: number }>): void;
  /** The host could not bind `taken` (another program holds it) and listens on `free` instead. */
  replacePort(taken: number, free: number): void;
  /** The host's promise that its servers match the settings; the control API waits for it after a change. */
  setSettled(settled: () => Promise<void>): void;
}

/** The log keeps the latest requests only, so a demo left running does not grow without end. */
const LOG_LIMIT = 5000;

/** `/email/verify` opens magic links and `/sso/idps` is the identity provider's page, both on the org's origin. */
const SERVED = /^\/(?:oauth2|idp|sim|\.well-known|sso\/idps|email\/verify)(?:\/|$)/;

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const { users = DEFAULT_USERS, clientIds = APP_CLIENT_IDS, now = () => Date.now(), faults = [], loopbackPorts = DEFAULT_LOOPBACK_PORTS, ...overrides } = options;
  const initialSettings: SimulatorSettings = { ...DEFAULT_SETTINGS, ...definedOnly(overrides) };
  // A rule the API would refuse is refused here too, before anything is served.
  faults.forEach((spec, i) => {
    const problem = checkFault(spec);
    if (problem) throw new TypeError(`faults[${i}]: ${problem}`);
  });
  let key: Promise<SigningKey> | undefined;
  const deviceSettings = (loaded: Map<string, SimUser>): ThisComputerSettings => ({
    running: true,
    ports: [...loopbackPorts],
    answeringPorts: [...loopbackPorts],
    busyPorts: [],
    challengeError: null,
    userVerification: 'ok',
    accounts: [...loaded.values()].filter((u) => u.oktaVerify?.onThisComputer).map((u) => u.username),
  });

  const loadedUsers = loadUsers(users);
  const state: SimState = {
    users: loadedUsers,
    transactions: new TransactionStore(),
    totpSteps: new Map(),
    settings: { ...initialSettings },
    log: [],
    outbox: [],
    messages: [],
    grants: new Map(),
    activations: new Map(),
    faults: new FaultList(),
    clientIds: clientIds === 'any' ? 'any' : new Set(clientIds),
    // One key for the simulator's life, made on first use (key generation is the slow part of start-up).
    signingKey: () => (key ??= createSigningKey()),
    thisComputer: newThisComputer(deviceSettings(loadedUsers)),
    now,
  };

  const reset = () => {
    state.users = loadUsers(users);
    state.thisComputer.settings = deviceSettings(state.users);
    notifyPorts(state.thisComputer);
    state.transactions.clear();
    state.totpSteps.clear();
    state.settings = { ...initialSettings };
    state.log.length = 0;
    state.outbox.length = 0;
    state.messages.length = 0;
    state.grants.clear();
    state.activations.clear();
    state.faults.remove();
    for (const spec of faults) state.faults.add(spec);
  };
  for (const spec of faults) state.faults.add(spec);

  const app = new Hono();
  /** The fault rule applied to a request, for its log entry. */
  const faultOf = new WeakMap<Request, string>();
  app.use('*', cors);
  app.use('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/sim/')) return next();
    const time = state.now();
    const text = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.raw.clone().text();
    await next();
    const reset = Number(c.res.headers.get('x-rate-limit-reset'));
    const acceptLanguage = c.req.header('accept-language');
    state.log.push({
      time,
      durationMs: state.now() - time,
      method: c.req.method,
      path,
      status: c.res.status,
      body: parseForLog(text, c.req.header('content-type') ?? null),
      ...(reset > 0 ? { rateLimitReset: reset } : {}),
      ...(faultOf.has(c.req.raw) ? { fault: faultOf.get(c.req.raw) } : {}),
      ...(acceptLanguage ? { acceptLanguage } : {}),
    });
    if (state.log.length > LOG_LIMIT) state.log.splice(0, state.log.length - LOG_LIMIT);
  });
  // Injected faults answer before the org does (or cut its answer short).
  app.use('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/sim/')) return next();
    const fault = state.faults.take(c.req.method, path);
    if (!fault) return next();
    faultOf.set(c.req.raw, fault.id);
    let passedOn = false;
    const response = await applyFault(fault, c, state.now(), async () => {
      passedOn = true;
      await next();
    });
    if (!response) return passedOn ? undefined : next();
    if (passedOn) c.res = response;
    else return response;
  });
  registerOAuthRoutes(app, state);
  registerIdxRoutes(app, state);
  registerOrgPages(app, state);
  registerControlRoutes(app, state, reset);
  app.notFound((c) => c.json({ errorCode: 'E0000022', errorSummary: 'The endpoint does not exist.' }, 404));
  app.onError((error, c) => {
    console.error('[okta-verify-sim]', error);
    return c.json({ errorCode: 'E0000009', errorSummary: 'Internal Server Error' }, 500);
  });

  return {
    fetch: async (request) => app.fetch(request),
    handles: (pathname) => SERVED.test(pathname),
    reset,
    get settings() {
      return state.settings;
    },
    get requests() {
      return state.log;
    },
    thisComputer: {
      openPorts: () => openPorts(state.thisComputer),
      ports: () => [...state.thisComputer.settings.ports],
      onPortsChange(listener) {
        state.thisComputer.listeners.add(listener);
        return () => void state.thisComputer.listeners.delete(listener);
      },
      fetch: (port, request) => fetchLoopback(state, port, request),
      reportListening(listening, unavailable) {
        state.thisComputer.listening = listening;
        state.thisComputer.unavailable = unavailable;
      },
      replacePort: (taken, free) => replacePort(state.thisComputer, taken, free),
      setSettled(settled) {
        state.thisComputer.settled = settled;
      },
    },
  };
}

/**
 * CORS as Okta does it for a trusted origin: the request's Origin echoed with credentials (okta-auth-js sends
 * IDX calls with `credentials: 'include'`, which a `*` would break), and preflights answered for every path.
 */
const cors = async (c: import('hono').Context, next: () => Promise<void>) => {
  const origin = c.req.header('origin');
  if (c.req.method === 'OPTIONS') {
    const headers: Record<string, string> = {
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': c.req.header('access-control-request-headers') ?? 'content-type, accept, x-okta-user-agent-extended',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    };
    if (origin) Object.assign(headers, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' });
    return c.body(null, 204, headers);
  }
  await next();
  if (origin) {
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Allow-Credentials', 'true');
    c.res.headers.set('Access-Control-Expose-Headers', 'x-rate-limit-limit, x-rate-limit-remaining, x-rate-limit-reset, retry-after');
    c.res.headers.append('Vary', 'Origin');
  }
};

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
