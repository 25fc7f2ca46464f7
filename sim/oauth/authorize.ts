/**
 * The org's hosted sign-in (`GET {issuer}/v1/authorize`, the authorization code flow with PKCE): a small page
 * that asks for the password and, for a user with Okta Verify codes, the code of the virtual device; on success
 * a 302 to the app's `redirect_uri` with `code` and `state`, which `/v1/token` exchanges once (checked against
 * the client, the redirect URI and the PKCE verifier). A bad client or redirect URI gets an error page and is
 * never redirected to; other bad requests go back to the app as OAuth errors, as Okta does.
 */
import type { Context, Hono } from 'hono';
import { appPolicy, isRegisteredRedirect } from '../apps.js';
import { readForm } from '../body.js';
import { originOf, type SimState } from '../context.js';
import { verifyCode } from '../device.js';
import { escapeHtml, hiddenFields, htmlPage, redirectTo } from '../pages.js';
import { randomId } from '../random.js';

/** How long an authorization code may wait for `/v1/token`. */
const CODE_LIFETIME_MS = 60_000;

/** The request's parameters the page carries through its form. */
const CARRIED = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method'] as const;

type Params = Partial<Record<(typeof CARRIED)[number] | 'login_hint', string>>;

function paramsOf(source: URLSearchParams): Params {
  const out: Params = {};
  for (const name of [...CARRIED, 'login_hint'] as const) {
    const value = source.get(name);
    if (value !== null) out[name] = value;
  }
  return out;
}

export function registerAuthorizeRoutes(app: Hono, state: SimState, issuerOf: (c: Context, server: string | undefined) => string): void {
  const clientKnown = (clientId: string | undefined) => !!clientId && (state.clientIds === 'any' || state.clientIds.has(clientId));

  /** An answer for requests that cannot go back to the app, or the OAuth error to send back to it; `undefined` when all is well. */
  const check = (c: Context, p: Params): Response | undefined => {
    if (!clientKnown(p.client_id)) return htmlPage('Sign-in error', '<p class="error">The client is not known to this org (invalid_client).</p>', 400);
    if (!p.redirect_uri || !isRegisteredRedirect(originOf(c), p.redirect_uri)) {
      return htmlPage('Sign-in error', '<p class="error">The redirect_uri is not registered for this client (invalid_request).</p>', 400);
    }
    const back = (error: string, description: string) => redirectTo(p.redirect_uri!, { error, error_description: description, state: p.state });
    if (p.response_type !== 'code') return back('unsupported_response_type', 'The response_type must be code.');
    if (!p.code_challenge || p.code_challenge_method !== 'S256') return back('invalid_request', 'PKCE with code_challenge_method S256 is required.');
    if (!(p.scope ?? '').split(' ').includes('openid')) return back('invalid_scope', 'The scope must include openid.');
    return undefined;
  };

  const page = (p: Params, error?: string, username = p.login_hint ?? '') =>
    htmlPage(
      `Sign in to ${appPolicy(p.client_id!).label}`,
      `${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post">
${hiddenFields(Object.fromEntries(CARRIED.map((name) => [name, p[name]])))}
<label for="username">Username</label><input id="username" name="username" autocomplete="username" value="${escapeHtml(username)}" required>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<label for="code">Okta Verify code <span class="muted">(if you have Okta Verify)</span></label><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}">
<button type="submit">Sign in</button>
</form>`,
      error ? 401 : 200,
    );

  const show = (c: Context) => {
    const p = paramsOf(new URL(c.req.url).searchParams);
    return check(c, p) ?? page(p);
  };

  const submit = async (c: Context, server: string | undefined) => {
    const form = await readForm(c);
    const p = paramsOf(form);
    const refused = check(c, p);
    if (refused) return refused;
    const username = (form.get('username') ?? '').trim();
    const user = state.users.get(username.toLowerCase());
    if (!user || user.password !== form.get('password')) return page(p, 'Authentication failed', username);
    if (user.locked) return page(p, 'This account is locked because of too many failed authentication attempts.', username);
    const amr = ['pwd'];
    if (user.oktaVerify?.methods.includes('totp')) {
      const key = user.username.toLowerCase();
      const result = verifyCode(user, (form.get('code') ?? '').trim(), state.now(), state.totpSteps.get(key));
      if (!result.ok) return page(p, 'Enter the current code from Okta Verify.', username);
      state.totpSteps.set(key, result.step);
      amr.push('mfa', 'otp');
    }
    const code = randomId(43);
    const now = state.now();
    state.grants.set(code, {
      code,
      issuer: issuerOf(c, server),
      clientId: p.client_id!,
      redirectUri: p.redirect_uri!,
      codeChallenge: p.code_challenge!,
      scopes: p.scope!.split(' ').filter(Boolean),
      nonce: p.nonce,
      username: user.username,
      amr,
      createdAt: now,
      expiresAt: now + CODE_LIFETIME_MS,
    });
    return redirectTo(p.redirect_uri!, { code, state: p.state });
  };

  app.get('/oauth2/v1/authorize', show);
  app.post('/oauth2/v1/authorize', (c) => submit(c, undefined));
  app.get('/oauth2/:server/v1/authorize', show);
  app.post('/oauth2/:server/v1/authorize', (c) => submit(c, c.req.param('server')));
}
