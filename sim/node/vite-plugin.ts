/** Serves the simulator from a Vite dev or preview server, on the page's own origin. */
import type { Connect, Plugin } from 'vite';
import { createSimulator, type SimulatorOptions } from '../simulator.js';
import { createNodeListener } from './listener.js';

export function oktaSimulator(options: SimulatorOptions = {}): Plugin {
  const simulator = createSimulator(options);
  const listener = createNodeListener(simulator);
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!simulator.handles(path)) return next();
    void listener(req, res);
  };
  return {
    name: 'okta-verify-simulator',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}
