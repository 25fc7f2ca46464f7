/**
 * Okta Verify's loopback server on Node: one HTTP server on 127.0.0.1 for each port the virtual device
 * listens on, kept in step with the control API (a stopped device or a port it does not answer on refuses
 * connections: its server is closed and its open sockets destroyed). The servers do not keep Node running.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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
  const unavailable = new Map<number, { error: string; replacedBy?: number }>();
  let warned = false;
  let closed = false;
  let settling: Promise<void> = Promise.resolve();

  const report = () => device.reportListening([...open.keys()].sort((a, b) => a - b), [...unavailable].map(([port, why]) => ({ port, ...why })));

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

  const listen = (port: number) =>
    new Promise<{ server: Server; sockets: Set<Socket>; port: number } | NodeJS.ErrnoException>((resolve) => {
      const server = createServer();
      const sockets = new Set<Socket>();
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
      });
      server.once('error', (error: NodeJS.ErrnoException) => resolve(error));
      server.listen(port, host, () => {
        server.unref();
        resolve({ server, sockets, port: (server.address() as AddressInfo).port });
      });
    });

  const start = async (port: number) => {
    let bound = await listen(port);
    if (bound instanceof Error && bound.code === 'EADDRINUSE') {
      // Another program (often another simulator) holds the port: a free one stands in, and challenges list it.
      const taken = bound;
      bound = await listen(0);
      if (!(bound instanceof Error)) {
        unavailable.set(port, { error: taken.code!, replacedBy: bound.port });
        device.replacePort(port, bound.port);
        if (!warned) {
          warned = true;
          console.warn(`[okta-verify-sim] ${host}:${port} is taken; Okta Verify on this computer listens on ${bound.port} instead (GET /sim/okta-verify/this-computer lists its ports).`);
        }
      }
    }
    if (bound instanceof Error) {
      unavailable.set(port, { error: bound.code ?? bound.message });
      return;
    }
    bound.server.on('request', handler(bound.port));
    open.set(bound.port, { server: bound.server, sockets: bound.sockets });
  };

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
    // What could not be bound is tried again when asked for again (after a reset, the defaults).
    for (const [port, why] of [...unavailable]) if (!wanted.has(port) && !(why.replacedBy !== undefined && wanted.has(why.replacedBy))) unavailable.delete(port);
    await Promise.all([...open.keys()].filter((p) => !wanted.has(p)).map(stop));
    await Promise.all([...wanted].filter((p) => !open.has(p)).map(start));
    report();
  };
  // One change at a time, in order, so a quick stop-and-start never races itself.
  const resync = () => (settling = settling.then(sync, sync));
  const unsubscribe = device.onPortsChange(() => void resync());
  device.setSettled(() => settling);
  void resync();

  const servers: LoopbackServers = {
    ready: () => settling,
    async close() {
      closed = true;
      unsubscribe();
      device.setSettled(() => Promise.resolve());
      attached.delete(simulator);
      await resync();
    },
  };
  attached.set(simulator, servers);
  return servers;
}
