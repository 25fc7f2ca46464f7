/**
 * The local Okta simulator inside the Storybook page: one `createSimulator()` instance answers, through MSW's
 * service worker, every same-origin request for its paths (`/oauth2/…`, `/idp/…`, `/sim/…`). Its state lives
 * in the page, so a browser that stops an idle service worker loses nothing; a reload starts a fresh org.
 * Static Storybook hosting is enough: the worker script sits next to `iframe.html`, under any path prefix.
 * The worker also answers Okta Verify's loopback server (`http://localhost:{port}/probe`, `/challenge`) from
 * the same simulator, so FastPass works with nothing listening on the ports.
 */
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { createSimulator, type FaultSpec, type Simulator } from '../../sim/index.js';
import { SimulatorClient, type UserSettings } from '../../sim/client.js';

/** The org the stories sign in to: the page's own origin, as the simulator serves it. */
export const ISSUER = `${location.origin}/oauth2/default`;
export const CLIENT_ID = 'okta-verify-signin-demo';
export const PASSWORD = 'Okta-Verify-1';

/** Fast polls, so a push or an enrollment answers within a fraction of a second of the device. */
const POLL_REFRESH_MS = 300;

/** The names a FastPass challenge's `domain` may give Okta Verify's loopback server. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The control API on the page's origin, answered by the in-page simulator. */
export const sim = new SimulatorClient();

let started: Promise<Simulator> | undefined;

/** Starts the worker and the simulator once per page; later calls get the same instance. */
export function startSimulator(): Promise<Simulator> {
  started ??= start().catch((error: unknown) => {
    started = undefined;
    throw error;
  });
  return started;
}

async function start(): Promise<Simulator> {
  // The loopback probes go through the service worker, slower than a real port on a busy machine: Okta's probe
  // timeout is set to a second rather than the client's 100 ms default.
  const simulator = createSimulator({ pollRefreshMs: POLL_REFRESH_MS, fastPass: true, fastPassProbeTimeoutMs: 1000 });
  const worker = setupWorker(
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      // Okta Verify's loopback server on this computer: the same device logic as on Node; a closed port refuses.
      const port = Number(url.port);
      if (LOOPBACK_HOSTS.has(url.hostname) && simulator.thisComputer.ports().includes(port)) {
        return (await simulator.thisComputer.fetch(port, request)) ?? HttpResponse.error();
      }
      if (url.origin !== location.origin || !simulator.handles(url.pathname)) return undefined;
      return simulator.fetch(request);
    }),
  );
  await worker.start({
    // Relative to iframe.html, so the worker (and its scope) follow whatever prefix the host serves under.
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // A first registration claims the page a moment after it activates; no request may go out before.
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  return simulator;
}

/** What a story sets up on the org before it renders, and again after the device panel's reset. */
export interface OrgSetup {
  faults?: FaultSpec[];
  users?: Record<string, Partial<UserSettings>>;
}

/** A fresh org for a story: earlier stories' transactions, pushes, links and faults are forgotten. */
export async function prepareOrg(setup: OrgSetup = {}): Promise<void> {
  await startSimulator();
  await sim.reset();
  for (const [username, settings] of Object.entries(setup.users ?? {})) await sim.setUser(username, settings);
  for (const fault of setup.faults ?? []) await sim.addFault(fault);
}

/** The code the user's device shows; one about to roll over is skipped, as a person would wait for the next. */
export async function currentCode(username: string): Promise<string> {
  const { code, expiresInSeconds } = await sim.totp(username);
  if (expiresInSeconds >= 2) return code;
  await new Promise((resolve) => setTimeout(resolve, (expiresInSeconds + 0.5) * 1000));
  return currentCode(username);
}
