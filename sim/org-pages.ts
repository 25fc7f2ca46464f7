/**
 * What a browser opens on the org itself: an email's magic link (`/email/verify/{token}`) and the identity
 * provider's sign-in page (`/sso/idps/{id}`, the href of `redirect-idp`). Each answers with a small HTML page,
 * or with Okta's JSON to a client that asks for JSON.
 */
import type { Context, Hono } from 'hono';
import { IDP, isRegisteredRedirect } from './apps.js';
import { readForm } from './body.js';
import { withdraw } from './device.js';
import { deviceTokenOf, originOf, type SimState } from './context.js';
import { localizeMessages, MESSAGES, negotiateLanguage } from './idx/messages.js';
import { IDX_PRODUCES, renderTerminal, type Json } from './idx/response-parts.js';
import { escapeHtml, hiddenFields, htmlPage, redirectTo } from './pages.js';
import type { Transaction } from './transactions.js';
import { CATALOG } from './users.js';

/** Browser and system of a User-Agent, in Okta's words, for "where the request came from". */
function clientOf(userAgent = ''): Json {
  const browser = /Edg\//.test(userAgent) ? 'EDGE' : /Firefox\//.test(userAgent) ? 'FIREFOX' : /Chrom(e|ium)\//.test(userAgent) ? 'CHROME' : /Safari\//.test(userAgent) ? 'SAFARI' : 'UNKNOWN';
  const os = /Windows/.test(userAgent) ? 'Windows' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS X/.test(userAgent) ? 'Mac OS X' : /Linux/.test(userAgent) ? 'Linux' : 'Unknown';
  // The simulator knows no geography: the location names the local machine.
  return { browser, os, location: { city: 'Localhost', state: 'Local network', country: 'Simulated', countryISO: 'ZZ' } };
}

export interface LinkOpened {
  status: 200 | 401;
  body: Json;
}

/**
 * Opens an email's magic link. On the browser that started the sign-in it answers the challenge (the sign-in's
 * next poll goes on) and says to return to that tab; elsewhere it shows the code to type there instead, with
 * where the sign-in came from, and answers nothing.
 */
export function openMagicLink(state: SimState, token: string, sameDevice: boolean): LinkOpened {
  const tx = state.transactions.live(state.now()).find((t) => t.sent?.token === token);
  if (!tx || !tx.sent) return { status: 401, body: renderTerminal(MESSAGES.sessionExpired) };
  if (sameDevice) {
    tx.sent.linkOpened = true;
    return { status: 200, body: renderTerminal(MESSAGES.returnToOriginalTab, tx.expiresAt, tx) };
  }
  const c = CATALOG.okta_email;
  const user = tx.user!;
  return {
    status: 200,
    body: {
      version: '1.0.0',
      intent: 'AUTHENTICATION',
      messages: { type: 'array', value: [MESSAGES.enterCodeInOriginalTab] },
      currentAuthenticator: { type: 'object', value: { contextualData: { otp: tx.sent.code }, type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'email' }] } },
      user: { type: 'object', value: { id: user.id, identifier: user.username, profile: { firstName: user.givenName, lastName: user.familyName } } },
      client: { type: 'object', value: clientOf(tx.userAgent) },
    },
  };
}

function wantsJson(c: Context): boolean {
  return /application\/(ion\+)?json/.test(c.req.header('accept') ?? '');
}

function linkPage(opened: LinkOpened): Response {
  const body = opened.body as { messages: { value: Array<{ message: string }> }; currentAuthenticator?: { value: { contextualData: { otp: string } } }; client?: { value: Json } };
  const message = `<p>${escapeHtml(body.messages.value[0]!.message)}</p>`;
  const otp = body.currentAuthenticator?.value.contextualData.otp;
  if (!otp) return htmlPage(opened.status === 200 ? 'Email verified' : 'This link has expired', message, opened.status);
  const client = body.client!.value as { browser: string; os: string; location: { city: string; country: string } };
  return htmlPage(
    'Enter this code',
    `${message}<p style="font-size:2rem;letter-spacing:.3rem"><strong>${escapeHtml(otp)}</strong></p>
<p class="muted">The sign-in was started on ${escapeHtml(client.browser)} on ${escapeHtml(client.os)} (${escapeHtml(client.location.city)}, ${escapeHtml(client.location.country)}).</p>`,
  );
}

export function registerOrgPages(app: Hono, state: SimState): void {
  app.get('/email/verify/:token', (c) => {
    const token = c.req.param('token');
    const tx = state.transactions.live(state.now()).find((t) => t.sent?.token === token);
    const found = openMagicLink(state, token, !!tx && deviceTokenOf(c) === tx.deviceToken);
    const opened = { ...found, body: localizeMessages(found.body, negotiateLanguage(c.req.header('accept-language'))) };
    return wantsJson(c) ? c.json(opened.body, opened.status, { 'Content-Type': IDX_PRODUCES }) : linkPage(opened);
  });

  /** The sign-in the identity provider page works for: a live one, whose redirect URI the org may send the browser to. */
  const idpTransaction = (c: Context, stateToken: string | undefined): Transaction | Response => {
    if (c.req.param('id') !== IDP.id) return htmlPage('Unknown identity provider', '<p class="error">This org has no such identity provider.</p>', 404);
    const tx = state.transactions.byStateHandle(stateToken);
    if (!tx || tx.expiresAt <= state.now() || !state.settings.idp) {
      return htmlPage('Sign-in expired', '<p class="error">This sign-in has ended. Return to the app and start again.</p>', 401);
    }
    if (!isRegisteredRedirect(originOf(c), tx.client.redirectUri)) {
      return htmlPage('Sign-in error', '<p class="error">The redirect_uri is not registered for this client (invalid_request).</p>', 400);
    }
    return tx;
  };

  app.get('/sso/idps/:id', (c) => {
    const stateToken = c.req.query('stateToken');
    const tx = idpTransaction(c, stateToken);
    if (tx instanceof Response) return tx;
    const users = [...state.users.values()].filter((u) => !u.locked);
    const choices = users.map((u) => `<button type="submit" name="username" value="${escapeHtml(u.username)}">${escapeHtml(u.username)}</button>`).join('\n');
    return htmlPage(`Sign in to ${IDP.name} as …`, `<form method="post">${hiddenFields({ stateToken })}<p class="muted">A demo identity provider: choose who you are.</p>${choices}</form>`);
  });

  // The provider's answer, as Okta's `/oauth2/v1/authorize/callback` ends it: the sign-in is done, and the
  // browser goes back to the app with an interaction code and the app's own `state`.
  app.post('/sso/idps/:id', async (c) => {
    const form = await readForm(c);
    const tx = idpTransaction(c, form.get('stateToken') ?? undefined);
    if (tx instanceof Response) return tx;
    const user = state.users.get((form.get('username') ?? '').toLowerCase());
    if (!user || user.locked) return htmlPage('Sign-in error', '<p class="error">The identity provider cannot sign in this user.</p>', 400);
    tx.user = user;
    tx.flow = 'sign-in';
    tx.amr.add('fed');
    withdraw(tx.push);
    tx.state = { name: 'success' };
    const interactionCode = state.transactions.issueCode(tx);
    return redirectTo(tx.client.redirectUri, { interaction_code: interactionCode, state: tx.client.state });
  });
}
