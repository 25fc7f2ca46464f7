// One simulator and one build of the app for the whole run. Tests share the simulator safely because each
// makes its own user and answers its own sign-in's push.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from 'okta-verify-signin/sim';
import { build, preview } from 'vite';

export default async function globalSetup() {
  // A short poll interval, so a sign-in notices an approved push within half a second.
  const sim = await startSimulator({ port: 0, pollRefreshMs: 500 });
  const outDir = await mkdtemp(join(tmpdir(), 'ovs-playwright-app-'));
  const root = join(import.meta.dirname, 'app');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const app = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });

  // Workers start after global setup and inherit its environment.
  process.env.SIM_URL = sim.url;
  process.env.SIM_ISSUER = sim.issuer;
  process.env.APP_URL = app.resolvedUrls!.local[0];

  return async () => {
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    await sim.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
