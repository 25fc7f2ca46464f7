/** Adapts the simulator's fetch handler to Node's `(req, res)` listener, for `http.createServer` and dev-server middleware. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Simulator } from '../simulator.js';
import { openLoopbackServers } from './loopback.js';

/** Hop-by-hop headers that must not be copied into a `Request`. */
const SKIPPED = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function toRequest(req: IncomingMessage, body?: Buffer): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || SKIPPED.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  return new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' || !body ? undefined : new Uint8Array(body) });
}

export interface NodeListenerOptions {
  /** Also open Okta Verify's loopback ports on 127.0.0.1 (FastPass); default true. */
  thisComputer?: boolean;
}

/**
 * The simulator as a Node `(req, res)` listener. It also opens the virtual Okta Verify's loopback ports on
 * this computer (once per simulator), so that FastPass works wherever the simulator is mounted.
 */
export function createNodeListener(simulator: Simulator, options: NodeListenerOptions = {}) {
  if (options.thisComputer !== false) openLoopbackServers(simulator);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const response = await simulator.fetch(toRequest(req, body));
      res.statusCode = response.status;
      response.headers.forEach((value, name) => res.setHeader(name, value));
      if (!response.body) return void res.end();
      // Streamed, so that a body that fails (an injected cut) drops the connection as a real network would.
      const reader = response.body.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          // Each part reaches the socket before the next read, so a cut comes after it, not before.
          await new Promise<void>((resolve) => res.write(value, () => resolve()));
        }
        res.end();
      } catch {
        setTimeout(() => res.destroy(), 20);
      }
    } catch (error) {
      console.error('[okta-verify-sim]', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    }
  };
}
