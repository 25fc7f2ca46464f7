/**
 * okta-auth-js's HTTP client, with one difference: every request carries the flow's current abort signal, so a
 * call the flow gave up (the element was removed, or a newer call superseded it) sends nothing more — also
 * the requests okta-auth-js chains inside one call (discovery, interact, introspect; token, keys).
 * It answers as the SDK's own fetch client does: `{ status, responseText, responseJSON?, headers }`, thrown
 * when the status is not OK or the JSON carries an `error` — except that it reads every JSON media type as JSON.
 * Okta sends IDX as `application/ion+json`, which the SDK's client reads as text; its introspect looks for an
 * IDX error only in `responseJSON`, so an expired transaction (401 at introspect) would be an empty error.
 */

/** Which signal the next requests are sent under (the flow sets it per call), and what the last answer was. */
export interface RequestScope {
  signal?: AbortSignal;
  /**
   * Status and headers of the last response, even one okta-auth-js turned into a transaction or a parse
   * error: the flow reads the HTTP status and the rate-limit reset from here.
   */
  last?: { status: number; headers: Record<string, string>; body?: unknown };
  /**
   * The language the widget shows, read at each request: sent as `Accept-Language`, so the messages Okta
   * words itself (field errors, policies, endings) come in the same language as the widget's own text.
   */
  language?: () => string;
}

interface RequestArgs {
  data?: unknown;
  headers?: Record<string, string>;
  withCredentials?: boolean;
}

export interface HttpResult {
  status: number;
  responseText: string;
  responseType?: 'json';
  responseJSON?: Record<string, unknown>;
  headers: Record<string, string>;
}

/** `application/json`, and its suffixed kinds such as Okta's `application/ion+json; okta-version=1.0.0`. */
const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

function encodeBody(data: unknown, contentType: string): BodyInit | undefined {
  if (data === undefined || data === null || typeof data === 'string') return data ?? undefined;
  if (JSON_TYPE.test(contentType)) return JSON.stringify(data);
  if (contentType === 'application/x-www-form-urlencoded') {
    return Object.entries(data as Record<string, string>)
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('&');
  }
  return data as BodyInit;
}

export function scopedFetch(scope: RequestScope) {
  return async (method: string, url: string, args: RequestArgs): Promise<HttpResult> => {
    const language = scope.language?.();
    // A CORS-safelisted header for a plain tag: it adds no preflight to Okta's cross-origin requests.
    const headers = language ? { ...args.headers, 'Accept-Language': language } : (args.headers ?? {});
    const response = await fetch(url, {
      method,
      headers,
      body: encodeBody(args.data, headers['Content-Type'] ?? headers['content-type'] ?? ''),
      credentials: args.withCredentials ? 'include' : 'omit',
      signal: scope.signal,
    });
    const received = Object.fromEntries(response.headers.entries());
    scope.last = { status: response.status, headers: received };
    // Read as text first: a connection cut mid-body rejects here, as the network failure it is.
    const text = await response.text();
    const isJson = JSON_TYPE.test(response.headers.get('content-type') ?? '');
    let data: unknown = text;
    if (isJson) {
      try {
        data = JSON.parse(text);
      } catch (error) {
        data = { error, errorSummary: 'Could not parse server response' };
      }
    }
    scope.last.body = data;
    const result: HttpResult = {
      status: response.status,
      responseText: typeof data === 'object' ? JSON.stringify(data) : String(data),
      headers: received,
    };
    if (data && typeof data === 'object') {
      result.responseType = 'json';
      result.responseJSON = data as Record<string, unknown>;
    }
    if (!response.ok || result.responseJSON?.error) throw result;
    return result;
  };
}
