import { expect } from '@open-wc/testing';
import { fromErrorBody, toFlowError } from '../../src/flow/errors.js';

/** Errors shaped as okta-auth-js 8 builds them (names and fields), without importing it. */
function authApiError(summary: string, xhr?: { status: number; headers?: Record<string, string> }) {
  return Object.assign(new Error(summary), { name: 'AuthApiError', errorSummary: summary, xhr });
}

describe('toFlowError', () => {
  it('network failure (no response) → retry', () => {
    expect(toFlowError(authApiError('Failed to fetch'))).to.include({ kind: 'network', recovery: 'retry' });
    expect(toFlowError(new TypeError('Failed to fetch'))).to.include({ kind: 'network' });
  });

  it('429 reads x-rate-limit-reset', () => {
    const e = toFlowError(authApiError('', { status: 429, headers: { 'x-rate-limit-reset': '2000000000' } }));
    expect(e).to.include({ kind: 'rate-limited', status: 429, retryAt: 2_000_000_000_000, recovery: 'retry' });
  });

  it('429 reads Retry-After', () => {
    expect(toFlowError(authApiError('', { status: 429, headers: { 'Retry-After': '3' } }), 1000).retryAt).to.equal(4000);
  });

  it('5xx → server, retry', () => {
    expect(toFlowError(authApiError('', { status: 503 }))).to.include({ kind: 'server', status: 503, recovery: 'retry' });
  });

  it('HTML body → SyntaxError → invalid-response', () => {
    let thrown: unknown;
    try {
      JSON.parse('<html>');
    } catch (e) {
      thrown = e;
    }
    expect(toFlowError(thrown)).to.include({ kind: 'invalid-response', recovery: 'retry' });
  });

  it('string rejection for a vanished step → restart', () => {
    expect(toFlowError('Unknown remediation choice: [identify]')).to.include({ kind: 'session-expired', recovery: 'restart' });
  });

  it('401 and 404 → session expired, start over: the state handle or the transaction is gone', () => {
    expect(toFlowError(authApiError('', { status: 401 }))).to.include({ kind: 'session-expired', status: 401, recovery: 'restart' });
    expect(toFlowError(authApiError('', { status: 404 }))).to.include({ kind: 'session-expired', status: 404, recovery: 'restart' });
  });

  it('400 and 403 with Okta\'s error body (not a field error) → the request was refused: unknown, try again', () => {
    expect(toFlowError(authApiError('Api validation failed', { status: 400 }))).to.include({ kind: 'unknown', status: 400, recovery: 'retry' });
    expect(toFlowError(authApiError('You do not have permission', { status: 403 }))).to.include({ kind: 'unknown', status: 403, recovery: 'retry' });
  });

  it("Okta's error bodies, read with or without the HTTP status", () => {
    const body = (errorCode: string, errorSummary: string) => ({ errorCode, errorSummary });
    for (const [status, code, kind, recovery] of [
      [400, 'E0000001', 'unknown', 'retry'],
      [401, 'E0000011', 'session-expired', 'restart'],
      [403, 'E0000006', 'unknown', 'retry'],
      [429, 'E0000047', 'rate-limited', 'retry'],
      [503, 'E0000010', 'server', 'retry'],
    ] as const) {
      const withStatus = fromErrorBody(body(code, 'x'), { status, headers: {} });
      expect(withStatus, `${status} ${code}`).to.include({ kind, status, recovery });
      expect(fromErrorBody(body(code, 'x')), `${code} alone`).to.include({ kind, status, recovery });
    }
  });

  it('token and configuration problems', () => {
    const oauth = Object.assign(new Error('bad code'), { name: 'OAuthError', errorSummary: 'bad code' });
    expect(toFlowError(oauth)).to.include({ kind: 'token', recovery: 'restart' });
    const pkce = Object.assign(new Error('PKCE requires a modern browser'), { name: 'AuthSdkError', errorSummary: 'PKCE requires a modern browser with encryption support running in a secure context.' });
    expect(toFlowError(pkce)).to.include({ kind: 'config' });
    const sig = Object.assign(new Error('x'), { name: 'AuthSdkError', errorSummary: 'The token signature is not valid' });
    expect(toFlowError(sig)).to.include({ kind: 'token' });
  });

  it('anything else → unknown, never throws', () => {
    expect(toFlowError(undefined).kind).to.equal('unknown');
    expect(toFlowError(42).kind).to.equal('unknown');
    expect(toFlowError({}).kind).to.equal('unknown');
  });
});
