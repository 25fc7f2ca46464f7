/**
 * Fault injection, for tests of what a client does when the network or Okta misbehaves: a rule matches
 * requests by method and path and answers one of them (the n-th), several, or all of them with an error
 * status and Okta's JSON error body (an HTML page for 502), a malformed body, a delay, a 429 with Okta's
 * rate-limit headers, or a connection cut before the answer or in the middle of its body.
 */
import type { Context } from 'hono';
import { randomId } from './random.js';

export interface FaultSpec {
  /** `GET`, `POST`, …; any method when absent. */
  method?: string;
  /** The request path, exactly, or a prefix ending in `*` (`/idp/idx/*`). */
  path: string;
  /** Only the n-th matching request (1 is the first). */
  nth?: number;
  /** How many matching requests it answers (default 1; 0 for every one). Ignored with `nth`. */
  times?: number;
  /** The status to answer with; the body is Okta's error body for it unless `body` says otherwise. */
  status?: number;
  /** `okta` (default), `html` (a proxy's error page), `malformed` (cut-off JSON), `empty`. */
  body?: 'okta' | 'html' | 'malformed' | 'empty';
  /** Wait this long first; without a status or cut the request then goes on as usual. */
  delayMs?: number;
  /** Close the connection before any answer, or after part of the body. */
  cut?: 'before' | 'mid-body';
  /** For 429: seconds until `x-rate-limit-reset` (default 2). */
  resetSeconds?: number;
}

export interface Fault extends FaultSpec {
  id: string;
  /** Matching requests seen so far. */
  seen: number;
  /** Requests it answered. */
  applied: number;
}

/** Okta's error codes and summaries by status, as its APIs answer them. */
const OKTA_ERRORS: Record<number, [string, string]> = {
  400: ['E0000001', 'Api validation failed'],
  401: ['E0000011', 'Invalid token provided'],
  403: ['E0000006', 'You do not have permission to perform the requested action'],
  404: ['E0000007', 'Not found: Resource not found'],
  429: ['E0000047', 'API call exceeded rate limit due to too many requests.'],
  500: ['E0000009', 'Internal Server Error'],
  503: ['E0000010', 'Service is in read only mode'],
};

export function oktaErrorBody(status: number): Record<string, unknown> {
  const [errorCode, errorSummary] = OKTA_ERRORS[status] ?? ['E0000009', 'Internal Server Error'];
  return { errorCode, errorSummary, errorLink: errorCode, errorId: `oae${randomId(20)}`, errorCauses: [] };
}

export class FaultList {
  private faults: Fault[] = [];

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: `fault-${randomId(8)}`, seen: 0, applied: 0 };
    this.faults.push(fault);
    return fault;
  }

  list(): readonly Fault[] {
    return this.faults;
  }

  remove(id?: string): void {
    this.faults = id ? this.faults.filter((f) => f.id !== id) : [];
  }

  /** The rule that answers this request, if any; every matching rule counts the request. */
  take(method: string, path: string): Fault | undefined {
    let chosen: Fault | undefined;
    for (const fault of this.faults) {
      if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!(fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path)) continue;
      fault.seen++;
      const due = fault.nth !== undefined ? fault.seen === fault.nth : (fault.times ?? 1) === 0 || fault.applied < (fault.times ?? 1);
      if (due && !chosen) {
        fault.applied++;
        chosen = fault;
      }
    }
    return chosen;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A body that fails: at once (the connection drops before an answer; a browser may resend a request whose
 * reused connection closed that early, as it would on a real network) or after `part` has gone out. The
 * failure comes on the read after the part, since erroring a stream drops what is still queued in it.
 */
function cutStream(part?: string): ReadableStream<Uint8Array> {
  let sent = !part;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(part));
        return;
      }
      controller.error(new Error('connection cut by a simulator fault'));
    },
  });
}

/**
 * Applies a fault: after its delay, either its answer, or `undefined` to let the request go on. A mid-body cut
 * lets the real answer start and drops the connection halfway through it.
 */
export async function applyFault(fault: Fault, c: Context, now: number, next: () => Promise<void>): Promise<Response | undefined> {
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.cut === 'before') return new Response(cutStream(), { status: 200 });
  if (fault.cut === 'mid-body') {
    await next();
    const text = await c.res.text();
    return new Response(cutStream(text.slice(0, Math.max(1, Math.floor(text.length / 2)))), { status: c.res.status, headers: c.res.headers });
  }
  if (fault.status === undefined && !fault.body) return undefined;
  const status = fault.status ?? 200;
  const headers = new Headers();
  if (status === 429) {
    const reset = Math.ceil(now / 1000) + (fault.resetSeconds ?? 2);
    headers.set('x-rate-limit-limit', '10');
    headers.set('x-rate-limit-remaining', '0');
    headers.set('x-rate-limit-reset', String(reset));
  }
  switch (fault.body ?? 'okta') {
    case 'html':
      headers.set('content-type', 'text/html; charset=utf-8');
      return new Response(`<!doctype html><title>${status} Bad Gateway</title><h1>${status}</h1><p>The upstream server did not answer.</p>`, { status, headers });
    case 'malformed':
      headers.set('content-type', 'application/json');
      return new Response('{"version":"1.0.0","stateHandle":"02', { status, headers });
    case 'empty':
      return new Response(null, { status, headers });
    default:
      headers.set('content-type', 'application/json');
      return new Response(JSON.stringify(oktaErrorBody(status)), { status, headers });
  }
}
