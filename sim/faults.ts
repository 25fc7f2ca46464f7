/**
 * Fault injection, for tests of what a client does when the network or Okta misbehaves: a rule matches
 * requests by method and path and answers one of them (the n-th), several, or all of them with an error
 * status and Okta's JSON error body (an HTML page for 502), a malformed body, a delay, a 429 with Okta's
 * rate-limit headers, a connection cut before the answer or in the middle of its body, or the real answer
 * with JSON of the test's own merged into it (strings the server controls, such as messages).
 */
import type { Context } from 'hono';
import { isObject } from './body.js';
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
  /**
   * The real answer, with this merged into its JSON body (`status`, when given, replaces its status): objects
   * are merged key by key, arrays element by element, anything else replaces what is there; `null` removes a key.
   */
  json?: Record<string, unknown>;
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

/** What is wrong with a fault rule, or `undefined` when it is usable: for the API, `startSimulator` and the CLI alike. */
export function checkFault(body: unknown): string | undefined {
  if (!isObject(body)) return 'a fault rule is an object such as {"path":"/idp/idx/identify","status":503}';
  if (typeof body.path !== 'string' || !body.path.startsWith('/')) return 'path must be a path such as /idp/idx/identify (a trailing * matches a prefix)';
  for (const name of ['nth', 'times', 'status', 'delayMs', 'resetSeconds'] as const) {
    const v = body[name];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) return `${name} must be a non-negative number`;
  }
  if (body.status !== undefined && ((body.status as number) < 100 || (body.status as number) > 599)) return 'status must be an HTTP status';
  if (body.body !== undefined && !['okta', 'html', 'malformed', 'empty'].includes(body.body as string)) return 'body must be okta, html, malformed or empty';
  if (body.cut !== undefined && !['before', 'mid-body'].includes(body.cut as string)) return 'cut must be before or mid-body';
  if (body.method !== undefined && typeof body.method !== 'string') return 'method must be a string';
  if (body.json !== undefined && !isObject(body.json)) return 'json must be an object to merge into the answer';
  if (body.json !== undefined && (body.body !== undefined || body.cut !== undefined)) return 'json merges into the real answer: it goes with neither body nor cut';
  return undefined;
}

/** `patch` merged into `target` (neither is changed): objects by key, arrays by index; `null` removes a key. */
export function mergeJson(target: unknown, patch: unknown): unknown {
  if (Array.isArray(patch)) {
    const base = Array.isArray(target) ? target : [];
    return Array.from({ length: Math.max(base.length, patch.length) }, (_, i) => (i < patch.length ? mergeJson(base[i], patch[i]) : base[i]));
  }
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergeJson(out[key], value);
  }
  return out;
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
  if (fault.json) {
    await next();
    const text = await c.res.text();
    let body: unknown = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (a redirect, an empty answer): the test's JSON is the whole body.
    }
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    headers.set('content-type', c.res.headers.get('content-type') ?? 'application/json');
    return new Response(JSON.stringify(mergeJson(body, fault.json)), { status: fault.status ?? c.res.status, headers });
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
