// `npm run start:sim` (after `npm run build`): the production app and the local Okta simulator on one origin,
// `next start` with the simulator's routes in front. `npm start` alone is for a real org (OKTA_ISSUER).
import { createServer } from 'node:http';
import { createNodeListener, createSimulator } from 'okta-verify-signin/sim';

process.env.NODE_ENV ??= 'production';
const { default: next } = await import('next');

const PORT = Number(process.env.PORT ?? 3000);
const app = next({ dev: process.env.NODE_ENV !== 'production', dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

const simulator = createSimulator();
const sim = createNodeListener(simulator);
const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (simulator.handles(pathname)) return void sim(req, res);
  void handle(req, res);
});
server.listen(PORT, 'localhost', () => {
  console.log(`ready on http://localhost:${server.address().port} (with the Okta simulator)`);
});
