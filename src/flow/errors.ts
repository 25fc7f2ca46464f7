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

function make(kind: FlowErrorKind, detail: string, cause: unknown, extra: Partial<FlowError> = {}): FlowError {
  return { kind, recovery: RECOVERY[kind], detail, cause, ...extra };
}

export function isFlowError(value: unknown): value is FlowError {
  return !!value && typeof value === 'object' && 'kind' in value && 'recovery' in value && 'cause' in value;
}

export function toFlowError(error: unknown, now: number = Date.now()): FlowError {
  if (isFlowError(error)) return error;
  if (typeof error === 'string') {
    // okta-auth-js rejects with a plain string when the step we named is no longer offered.
    return make(/remediation/i.test(error) ? 'session-expired' : 'unknown', error, error);
  }
  if (!error || typeof error !== 'object') return make('unknown', String(error), error);

  const e = error as ErrorLike;
  const detail = e.errorSummary || e.message || e.name || 'Unknown error';
  if (e.name === 'SyntaxError') return make('invalid-response', detail, error);

  const status = e.xhr?.status;
  if (typeof status === 'number' && status > 0) {
    if (status === 429) return make('rate-limited', detail, error, { status, retryAt: readReset(e.xhr?.headers, now) });
    if (status >= 500) return make('server', detail, error, { status });
    if (status === 401 || status === 403 || status === 404) return make('session-expired', detail, error, { status });
    if (e.name === 'OAuthError') return make('token', detail, error, { status });
    return make('unknown', detail, error, { status });
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
