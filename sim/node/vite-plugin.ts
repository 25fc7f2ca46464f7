/** Serves the simulator from a Vite dev or preview server, on the page's own origin. */
import type { Connect, Plugin } from 'vite';
import { createSimulator, type SimulatorOptions } from '../simulator.js';
import { createNodeListener } from './listener.js';

export function oktaSimulator(options: SimulatorOptions = {}): Plugin {
  const simulator = createSimulator(options);
  // Made when a server starts, not when the config loads: a build opens no loopback ports.
  let listener: ReturnType<typeof createNodeListener> | undefined;
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!simulator.handles(path)) return next();
    listener ??= createNodeListener(simulator);
    void listener(req, res);
  };
  return {
    name: 'okta-verify-simulator',
    configureServer(server) {
      listener ??= createNodeListener(simulator);
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      listener ??= createNodeListener(simulator);
      server.middlewares.use(middleware);
    },
  };
}
