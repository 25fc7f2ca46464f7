/**
 * The authorization server: discovery, `/v1/interact` (starts an IDX transaction with PKCE), `/v1/token`
 * (the `interaction_code` grant, with the PKCE check) and `/v1/keys`. Both custom servers
 * (`/oauth2/{id}`) and the org server (`/oauth2/v1/...`, issuer = the origin) answer.
 */
import type { Context, Hono } from 'hono';
import { readForm } from '../body.js';
import { deviceCookie, deviceTokenOf, originOf, type SimState } from '../context.js';
import { base64url, sha256 } from '../random.js';
import { registerAuthorizeRoutes } from './authorize.js';
import { issueTokens, type Grant } from './keys.js';

function oauthError(c: Context, error: string, description: string, status: 400 | 401 = 400) {
  return c.json({ error, error_description: description }, status);
}

export function registerOAuthRoutes(app: Hono, state: SimState): void {
  // `server` is the authorization server id; undefined for the org server.
  const issuerOf = (c: Context, server: string | undefined) => (server ? `${originOf(c)}/oauth2/${server}` : originOf(c));
  const baseOf = (issuer: string, server: string | undefined) => (server ? issuer : `${issuer}/oauth2`);

  const discovery = (c: Context, server?: string) => {
    const issuer = issuerOf(c, server);
    const base = baseOf(issuer, server);
    return c.json({
      issuer,
      authorization_endpoint: `${base}/v1/authorize`,
      token_endpoint: `${base}/v1/token`,
      jwks_uri: `${base}/v1/keys`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'interaction_code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      token_endpoint_auth_methods_supported: ['none'],
      code_challenge_methods_supported: ['S256'],
      claims_supported: ['iss', 'sub', 'aud', 'iat', 'exp', 'auth_time', 'amr', 'nonce', 'name', 'preferred_username', 'email', 'email_verified', 'at_hash'],
    });
  };

  const interact = async (c: Context, server?: string) => {
    const form = await readForm(c);
    const clientId = form.get('client_id') ?? '';
    if (!clientId || (state.clientIds !== 'any' && !state.clientIds.has(clientId))) {
      return oauthError(c, 'invalid_client', 'Invalid value for \'client_id\' parameter.', 401);
    }
    const redirectUri = form.get('redirect_uri');
    if (!redirectUri) return oauthError(c, 'invalid_request', 'The \'redirect_uri\' parameter is required.');
    const codeChallenge = form.get('code_challenge');
    if (!codeChallenge || form.get('code_challenge_method') !== 'S256') {
      return oauthError(c, 'invalid_request', 'PKCE with code_challenge_method S256 is required.');
    }
    const tx = state.transactions.create(
      issuerOf(c, server),
      {
        clientId,
        redirectUri,
        scopes: (form.get('scope') ?? 'openid').split(' ').filter(Boolean),
        codeChallenge,
        nonce: form.get('nonce') ?? undefined,
        state: form.get('state') ?? undefined,
      },
      state.now(),
      state.settings.transactionLifetimeMs,
      deviceTokenOf(c),
    );
    tx.userAgent = c.req.header('user-agent');
    // The browser is known again by its cookie, so a magic link opened there is told from one opened elsewhere.
    return c.json({ interaction_handle: tx.interactionHandle }, 200, { 'Set-Cookie': deviceCookie(tx.deviceToken) });
  };

  /** The grant an interaction code (IDX) or an authorization code (hosted sign-in) stands for, used up either way. */
  const redeem = (form: URLSearchParams): Grant | undefined => {
    const grantType = form.get('grant_type');
    if (grantType === 'interaction_code') {
      const tx = state.transactions.redeemCode(form.get('interaction_code'));
      if (!tx || tx.state.name !== 'success') return undefined;
      state.transactions.remove(tx);
      return tx;
    }
    const code = form.get('code') ?? '';
    const grant = state.grants.get(code);
    state.grants.delete(code);
    if (!grant || grant.expiresAt <= state.now()) return undefined;
    const user = state.users.get(grant.username.toLowerCase());
    if (!user) return undefined;
    const { clientId, redirectUri, codeChallenge, scopes, nonce } = grant;
    return { user, issuer: grant.issuer, createdAt: grant.createdAt, amr: new Set(grant.amr), client: { clientId, redirectUri, codeChallenge, scopes, nonce } };
  };

  const token = async (c: Context) => {
    const form = await readForm(c);
    const grantType = form.get('grant_type');
    if (grantType !== 'interaction_code' && grantType !== 'authorization_code') {
      return oauthError(c, 'unsupported_grant_type', 'The grant_type must be interaction_code or authorization_code.');
    }
    const grant = redeem(form);
    if (!grant) return oauthError(c, 'invalid_grant', `The ${grantType === 'interaction_code' ? 'interaction' : 'authorization'} code is invalid or has expired.`);
    if (form.get('client_id') !== grant.client.clientId) return oauthError(c, 'invalid_client', 'The client does not match the interaction.', 401);
    if (form.get('redirect_uri') !== grant.client.redirectUri) return oauthError(c, 'invalid_grant', 'The redirect_uri does not match the interaction.');
    const verifier = form.get('code_verifier') ?? '';
    if (!verifier || base64url(await sha256(verifier)) !== grant.client.codeChallenge) {
      return oauthError(c, 'invalid_grant', 'PKCE verification failed.');
    }
    const tokens = await issueTokens(await state.signingKey(), grant, state.now());
    c.header('Cache-Control', 'no-store');
    return c.json(tokens);
  };

  const keys = async (c: Context) => c.json({ keys: [(await state.signingKey()).publicJwk] });

  app.get('/oauth2/:server/.well-known/openid-configuration', (c) => discovery(c, c.req.param('server')));
  app.get('/oauth2/:server/.well-known/oauth-authorization-server', (c) => discovery(c, c.req.param('server')));
  app.get('/.well-known/openid-configuration', (c) => discovery(c));
  app.post('/oauth2/v1/interact', (c) => interact(c));
  app.post('/oauth2/v1/token', token);
  app.get('/oauth2/v1/keys', keys);
  app.post('/oauth2/:server/v1/interact', (c) => interact(c, c.req.param('server')));
  app.post('/oauth2/:server/v1/token', token);
  app.get('/oauth2/:server/v1/keys', keys);
  registerAuthorizeRoutes(app, state, issuerOf);
}
