/**
 * One error model for everything okta-auth-js can throw or reject with: AuthApiError (with or without an
 * HTTP response), OAuthError and AuthSdkError from the token exchange, a raw SyntaxError when a proxy answers
 * with HTML, a TypeError from fetch, and plain strings ("Unknown remediation choice").
 */

export type FlowErrorKind =
  | 'network' // no response at all: offline, DNS, CORS
  | 'rate-limited' // HTTP 429
  | 'server' // HTTP 5xx
  | 'invalid-response' // a body that is not the JSON we expect
  | 'session-expired' // the transaction is gone on the server
  | 'token' // the interaction code could not be exchanged or the ID token failed validation
  | 'config' // issuer, client id, redirect URI or secure context are wrong
  | 'unknown';

/** What the user can do about it: repeat the same request, or start the sign-in over. */
export type Recovery = 'retry' | 'restart';

export interface FlowError {
  kind: FlowErrorKind;
  recovery: Recovery;
  /** HTTP status, when there was a response. */
  status?: number;
  /** When a rate-limited request may be tried again (epoch ms), from the server's reset header. */
  retryAt?: number;
  /** Developer-facing detail (never shown as markup; the UI shows a localized sentence per kind). */
  detail: string;
  cause: unknown;
}

interface ErrorLike {
  name?: string;
  message?: string;
  errorSummary?: string;
  errorCode?: string;
  xhr?: { status?: number; headers?: Record<string, string> | Headers; responseText?: string };
}

const RECOVERY: Record<FlowErrorKind, Recovery> = {
  network: 'retry',
  'rate-limited': 'retry',
  server: 'retry',
  'invalid-response': 'retry',
  'session-expired': 'restart',
  token: 'restart',
  config: 'restart',
  unknown: 'restart',
};

/**
 * An answer Okta refused with a 4xx that does not end the transaction (400 `E0000001`, 403 `E0000006`: not a
 * field error, not an expired state handle) leaves the step where it was, so trying again is the way forward.
 */
function recoveryOf(kind: FlowErrorKind, status: number | undefined): Recovery {
  return kind === 'unknown' && status !== undefined && status >= 400 && status < 500 ? 'retry' : RECOVERY[kind];
}

function make(kind: FlowErrorKind, detail: string, cause: unknown, extra: Partial<FlowError> = {}): FlowError {
  return { kind, recovery: recoveryOf(kind, extra.status), detail, cause, ...extra };
}

export function isFlowError(value: unknown): value is FlowError {
  return !!value && typeof value === 'object' && 'kind' in value && 'recovery' in value && 'cause' in value;
}

/** The last HTTP answer, as the widget's own HTTP client saw it (okta-auth-js does not always keep it). */
export interface LastResponse {
  status: number;
  headers: Record<string, string>;
}

/** Okta's error codes that say which failure it was when the HTTP status is not known. */
const OKTA_CODES: Record<string, { kind: FlowErrorKind; status: number }> = {
  E0000001: { kind: 'unknown', status: 400 },
  E0000006: { kind: 'unknown', status: 403 },
  E0000047: { kind: 'rate-limited', status: 429 },
  E0000009: { kind: 'server', status: 500 },
  E0000010: { kind: 'server', status: 503 },
  E0000011: { kind: 'session-expired', status: 401 },
};

/**
 * The failure an HTTP status stands for, when there is one. On IDX endpoints Okta answers an unknown or
 * expired state handle with 401 (`E0000011`, `idx.session.expired`) and a transaction that is gone with 404;
 * a 403 is a refusal of the request (an org policy that ends the sign-in answers with an IDX body instead).
 */
function byStatus(status: number | undefined): FlowErrorKind | undefined {
  if (!status || status < 400) return undefined;
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status === 401 || status === 404) return 'session-expired';
  return undefined;
}

/**
 * A body that is not an IDX response where one was expected: Okta's own error JSON (`errorCode`,
 * `errorSummary`), or a body that could not be parsed. okta-auth-js turns these into a transaction with no
 * step; they are failures of the request, not the end of the sign-in.
 */
export function isErrorBody(raw: unknown): raw is { errorCode?: string; errorSummary?: string; error?: unknown } {
  return !!raw && typeof raw === 'object' && !('version' in raw) && ('errorCode' in raw || 'errorSummary' in raw || 'error' in raw);
}

export function fromErrorBody(body: { errorCode?: string; errorSummary?: string }, last?: LastResponse, now: number = Date.now()): FlowError {
  const status = last && last.status >= 400 ? last.status : OKTA_CODES[body.errorCode ?? '']?.status;
  const detail = body.errorSummary || body.errorCode || 'Unreadable response';
  const kind = /could not parse/i.test(detail) && (!status || status < 400) ? 'invalid-response' : (OKTA_CODES[body.errorCode ?? '']?.kind ?? byStatus(status) ?? 'unknown');
  return withStatus(kind, detail, body, status, last?.headers, now);
}

/** A failure with the HTTP status it came with, and when rate-limited the server's reset time. */
function withStatus(kind: FlowErrorKind, detail: string, cause: unknown, status: number | undefined, headers: LastResponse['headers'] | Headers | undefined, now: number): FlowError {
  return make(kind, detail, cause, { status, ...(kind === 'rate-limited' ? { retryAt: readReset(headers, now) } : {}) });
}

export function toFlowError(error: unknown, now: number = Date.now(), last?: LastResponse): FlowError {
  if (isFlowError(error)) return error;
  if (typeof error === 'string') {
    // okta-auth-js rejects with a plain string when the step we named is no longer offered.
    return make(/remediation/i.test(error) ? 'session-expired' : 'unknown', error, error);
  }
  if (!error || typeof error !== 'object') return make('unknown', String(error), error);

  const e = error as ErrorLike;
  const detail = e.errorSummary || e.message || e.name || 'Unknown error';
  if (e.name === 'SyntaxError') {
    // A body that is not JSON: an error page from a proxy keeps the meaning of its status.
    const kind = byStatus(last?.status);
    if (kind && last) return withStatus(kind, detail, error, last.status, last.headers, now);
    return make('invalid-response', detail, error);
  }

  const status = e.xhr?.status;
  if (typeof status === 'number' && status > 0) {
    return withStatus(byStatus(status) ?? (e.name === 'OAuthError' ? 'token' : 'unknown'), detail, error, status, e.xhr?.headers, now);
  }

  if (e.name === 'OAuthError') return make('token', detail, error);
  if (e.name === 'AuthApiError' || e.name === 'TypeError' || /failed to fetch|networkerror|load failed/i.test(detail)) {
    return make('network', detail, error);
  }
  if (e.name === 'AuthSdkError') {
    if (/pkce|secure context|issuer|clientid|client id|redirect|code_challenge/i.test(detail)) return make('config', detail, error);
    if (/token|jwt|signature|nonce|state doesn't match/i.test(detail)) return make('token', detail, error);
    if (/step|action/i.test(detail)) return make('session-expired', detail, error);
  }
  return make('unknown', detail, error);
}

/** Okta sends `x-rate-limit-reset` (epoch seconds); `retry-after` (seconds) is the HTTP standard. */
function readReset(headers: Record<string, string> | Headers | undefined, now: number): number | undefined {
  if (!headers) return undefined;
  const get = (name: string): string | undefined =>
    typeof (headers as Headers).get === 'function'
      ? ((headers as Headers).get(name) ?? undefined)
      : (Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] as string | undefined);
  const reset = Number(get('x-rate-limit-reset'));
  if (Number.isFinite(reset) && reset > 0) return reset * 1000;
  const after = Number(get('retry-after'));
  if (Number.isFinite(after) && after >= 0) return now + after * 1000;
  return undefined;
}
