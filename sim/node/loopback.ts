/**
 * Okta Verify's loopback server on Node: one HTTP server on 127.0.0.1 for each port the virtual device
 * listens on, kept in step with the control API (a stopped device or a port it does not answer on refuses
 * connections: its server is closed and its open sockets destroyed). The servers do not keep Node running.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Simulator } from '../simulator.js';
import { toRequest } from './listener.js';

export interface LoopbackServers {
  /** Resolves once the servers match the device's open ports (after a change through the control API, too). */
  ready(): Promise<void>;
  /** Closes every port and stops following the device. */
  close(): Promise<void>;
}

const attached = new WeakMap<Simulator, LoopbackServers>();

interface Open {
  server: Server;
  sockets: Set<Socket>;
}

/** Opens the device's ports for this simulator; a second call gives the same servers. */
export function openLoopbackServers(simulator: Simulator, host = '127.0.0.1'): LoopbackServers {
  const existing = attached.get(simulator);
  if (existing) return existing;
  const device = simulator.thisComputer;
  const open = new Map<number, Open>();
  const unavailable = new Map<number, string>();
  let warned = false;
  let closed = false;
  let settling: Promise<void> = Promise.resolve();

  const report = () => device.reportListening([...open.keys()].sort((a, b) => a - b), [...unavailable].map(([port, error]) => ({ port, error })));

  const handler = (port: number) => async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      const response = await device.fetch(port, toRequest(req, Buffer.concat(chunks)));
      // The device stopped (or left this port) while the request was under way: the connection drops.
      if (!response) return void req.socket.destroy();
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      console.error('[okta-verify-sim] loopback', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };

  const start = (port: number) =>
    new Promise<void>((resolve) => {
      const server = createServer(handler(port));
      const sockets = new Set<Socket>();
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
      });
      server.once('error', (error: NodeJS.ErrnoException) => {
        unavailable.set(port, error.code ?? error.message);
        if (!warned) {
          warned = true;
          console.warn(`[okta-verify-sim] Okta Verify on this computer cannot listen on ${host}:${port} (${error.code ?? error.message}); FastPass by loopback will not reach it there.`);
        }
        resolve();
      });
      server.listen(port, host, () => {
        server.unref();
        unavailable.delete(port);
        open.set(port, { server, sockets });
        resolve();
      });
    });

  const stop = (port: number) =>
    new Promise<void>((resolve) => {
      const entry = open.get(port);
      open.delete(port);
      if (!entry) return resolve();
      for (const socket of entry.sockets) socket.destroy();
      entry.server.close(() => resolve());
    });

  const sync = async () => {
    const wanted = new Set(closed ? [] : device.openPorts());
    for (const port of [...unavailable.keys()]) if (!wanted.has(port)) unavailable.delete(port);
    await Promise.all([...open.keys()].filter((p) => !wanted.has(p)).map(stop));
    await Promise.all([...wanted].filter((p) => !open.has(p)).map(start));
    report();
  };
  // One change at a time, in order, so a quick stop-and-start never races itself.
  const resync = () => (settling = settling.then(sync, sync));
  const unsubscribe = device.onPortsChange(() => void resync());
  void resync();

  const servers: LoopbackServers = {
    ready: () => settling,
    async close() {
      closed = true;
      unsubscribe();
      attached.delete(simulator);
      await resync();
    },
  };
  attached.set(simulator, servers);
  return servers;
}
