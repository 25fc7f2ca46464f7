/**
 * Leaving the page and coming back: to an identity provider (Okta returns `interaction_code` and `state` to the
 * redirect URI) or to the org's own sign-in page when the widget cannot render a step (the authorization code
 * flow: `code` and `state`). What must survive the trip is the PKCE verifier and the state, from okta-auth-js's
 * transaction meta; the host keeps it (sessionStorage) and gives it back with the URL it returned to.
 */
import type { IdxClient } from './auth-client.js';

/** What the page keeps while the browser is away. */
export interface RedirectRecord {
  state: string;
  codeVerifier: string;
}

/** What the redirect URI was given on the way back. */
export interface RedirectReturn {
  state: string | null;
  interactionCode: string | null;
  authorizationCode: string | null;
  error: string | null;
  errorDescription: string | null;
}

/** The parameters of a return to the redirect URI, or undefined when the URL is not one. */
export function redirectReturnOf(url: URL): RedirectReturn | undefined {
  const p = url.searchParams;
  if (!p.has('state') || !(p.has('interaction_code') || p.has('code') || p.has('error'))) return undefined;
  return {
    state: p.get('state'),
    interactionCode: p.get('interaction_code'),
    authorizationCode: p.get('code'),
    error: p.get('error'),
    errorDescription: p.get('error_description'),
  };
}

/** The URL without the return's parameters, for the address bar once they are used. */
export function withoutRedirectParams(url: URL): string {
  const clean = new URL(url.href);
  for (const name of ['interaction_code', 'code', 'state', 'error', 'error_description']) clean.searchParams.delete(name);
  return clean.href;
}

/** The transaction's PKCE verifier and state, which the return must be checked and exchanged with. */
export function recordOf(client: IdxClient): RedirectRecord | undefined {
  const meta = client.transactionManager?.load?.() as { state?: unknown; codeVerifier?: unknown } | null | undefined;
  if (typeof meta?.state !== 'string' || typeof meta.codeVerifier !== 'string') return undefined;
  return { state: meta.state, codeVerifier: meta.codeVerifier };
}

/**
 * Only a secure web address leaves the page: a server-sent `javascript:` or `data:` link never does, nor plain
 * `http:` (the state token would travel in clear) except to this machine, where a local Okta runs.
 */
export function isWebUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

/**
 * The org's own sign-in page for the same app and transaction (PKCE challenge and state), with the username
 * the user already gave as `login_hint`.
 */
export function hostedSignInUrl(client: IdxClient, loginHint?: string): string | undefined {
  const options = client.options ?? {};
  const meta = client.transactionManager?.load?.() as { state?: unknown; codeChallenge?: unknown; nonce?: unknown; scopes?: unknown } | null | undefined;
  const { issuer, clientId, redirectUri } = options;
  if (!issuer || !clientId || !redirectUri || typeof meta?.state !== 'string' || typeof meta.codeChallenge !== 'string') return undefined;
  // A custom authorization server's issuer ends in /oauth2/{id}; the org's own is the bare origin.
  const authorize = /\/oauth2\/[^/]+\/?$/.test(issuer) ? `${issuer.replace(/\/$/, '')}/v1/authorize` : `${issuer.replace(/\/$/, '')}/oauth2/v1/authorize`;
  const scopes = Array.isArray(meta.scopes) ? meta.scopes : options.scopes;
  const url = new URL(authorize);
  const params: Record<string, string | undefined> = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: (scopes ?? ['openid']).join(' '),
    state: meta.state,
    nonce: typeof meta.nonce === 'string' ? meta.nonce : undefined,
    code_challenge: meta.codeChallenge,
    code_challenge_method: 'S256',
    login_hint: loginHint,
  };
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return url.href;
}
