// FastPass over loopback for `npm run bench`: the time from pressing "Sign in with Okta FastPass" to Okta Verify's
// `POST /challenge`, with four ports listed of which only the last answers. The first three are held by servers
// that accept the connection and never answer, the worst case for a page: each probe runs to its timeout.
// Probing the ports one after another would cost three timeouts before the fourth; at once, about one.
import { createServer } from 'node:net';

/** Ports that accept connections and never answer. */
async function silentPorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve) => {
      const sockets = new Set();
      const server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
      });
      server.listen(0, '127.0.0.1', () => resolve({ server, sockets }));
    })),
  );
  return {
    ports: servers.map(({ server }) => server.address().port),
    close: () => Promise.all(servers.map(({ server, sockets }) => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(r); }))),
  };
}

/** The probe timeout the widget uses when Okta gives none (Okta's own default). */
export const PROBE_TIMEOUT_MS = 100;

/**
 * One run: a fresh page, FastPass pressed as soon as it shows, the sign-in followed to its end. Records
 * `fastPassChallenge` (press → `/challenge` request) and `fastPassProbing` (Okta's launch answer → `/challenge`).
 */
export async function fastPassRun({ browser, origin, sim, record, waitForStep }) {
  const silent = await silentPorts(3);
  try {
    await sim.reset();
    await sim.setSettings({ fastPass: true });
    const device = await sim.thisComputer();
    const answering = device.answeringPorts.at(-1);
    await sim.setThisComputer({ ports: [...silent.ports, answering], answeringPorts: [answering] });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(origin);
    await page.locator('ovs-credentials-step [part=fastpass]').waitFor();
    await page.waitForFunction(() => !document.querySelector('okta-verify-signin').busy);
    const pressedAt = await page.evaluate(() => {
      const button = document.querySelector('ovs-credentials-step').shadowRoot.querySelector('[part=fastpass]');
      const at = Date.now();
      button.click();
      return at;
    });
    await waitForStep(page, 'success');
    await context.close();
    const log = await sim.requests();
    const challenge = log.find((r) => r.port === answering && r.method === 'POST' && r.path === '/challenge');
    const launch = log.find((r) => r.path === '/idp/idx/authenticators/okta-verify/launch');
    record({
      fastPassChallenge: challenge ? challenge.time - pressedAt : NaN,
      fastPassProbing: challenge && launch ? challenge.time - (launch.time + launch.durationMs) : NaN,
    });
  } finally {
    await silent.close();
  }
}

/** The rows: both figures, with the target beside the second. */
export function fastPassRows({ row, fmt, runs }) {
  row('FastPass: press → Okta Verify’s `/challenge`, 4 ports listed, the first 3 never answer', fmt(runs.fastPassChallenge));
  row(
    `FastPass: Okta’s launch answer → \`/challenge\` (probing; one probe timeout is ${PROBE_TIMEOUT_MS} ms, target ≤ ${1.5 * PROBE_TIMEOUT_MS} ms)`,
    fmt(runs.fastPassProbing),
  );
}
