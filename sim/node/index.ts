/**
 * The simulator on Node: `startSimulator({ port })` serves it over HTTP, `oktaSimulator()` mounts it in a
 * Vite dev server, `createNodeListener()` in any `(req, res)` server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimulator, type Simulator, type SimulatorOptions } from '../simulator.js';
import { createNodeListener } from './listener.js';
import { openLoopbackServers } from './loopback.js';

export * from '../index.js';
export { createNodeListener, type NodeListenerOptions } from './listener.js';
export { openLoopbackServers, type LoopbackServers } from './loopback.js';
export { oktaSimulator } from './vite-plugin.js';

export interface StartOptions extends SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningSimulator {
  simulator: Simulator;
  /** `http://host:port` */
  url: string;
  /** `http://host:port/oauth2/default`, the issuer to configure clients with. */
  issuer: string;
  close(): Promise<void>;
}

export async function startSimulator(options: StartOptions = {}): Promise<RunningSimulator> {
  const { port = 0, host = 'localhost', ...simOptions } = options;
  const simulator = createSimulator(simOptions);
  const server = createServer(createNodeListener(simulator));
  const device = openLoopbackServers(simulator);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  await device.ready();
  const address = server.address() as AddressInfo;
  const url = `http://${host}:${address.port}`;
  return {
    simulator,
    url,
    issuer: `${url}/oauth2/default`,
    close: async () => {
      await device.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
