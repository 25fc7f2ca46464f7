/**
 * Okta's IDX endpoints (`/idp/idx/*`). The router only routes: it finds the transaction named by the body's
 * `stateHandle` (an unknown or expired one ends like Okta's "logged out due to inactivity", a malformed body
 * gets Okta's 400), then hands the request to the current state's handler for that endpoint (`states/`), or
 * answers Okta's "unexpected step" 400 when the state does not take it. `introspect` and `cancel` are the
 * same for every state.
 *
 * Every answer here is IDX JSON, 2xx and 4xx alike, with the media type Okta's forms declare in `produces`.
 */
import type { Context, Hono } from 'hono';
import { MALFORMED, readJson, type JsonObject } from '../body.js';
import { originOf, type SimState } from '../context.js';
import type { Transaction } from '../transactions.js';
import { localizeMessages, MESSAGES, negotiateLanguage, type IdxMessage } from './messages.js';
import { IDX_PRODUCES, renderTerminal, type Json, type RenderMessages } from './response-parts.js';
import { ENDPOINTS, type Endpoint, type StateRequest, type Status } from './states/kit.js';
import { moduleOf, renderState } from './states/index.js';
import { withdrawPush } from './states/transitions.js';

/** The paths of each endpoint; Okta's captures poll on both of these. */
const PATHS: Array<[string, Endpoint]> = [
  ...(Object.entries(ENDPOINTS) as Array<[Endpoint, string]>).map(([endpoint, path]): [string, Endpoint] => [path, endpoint]),
  ['/idp/idx/authenticators/poll', 'poll'],
];

export function registerIdxRoutes(app: Hono, sim: SimState): void {
  // Okta words its messages in the language the request asks for; the rest of the answer is the same.
  const idx = (c: Context, body: Json, status: Status = 200) => {
    const lang = negotiateLanguage(c.req.header('accept-language'));
    return c.json(localizeMessages(body, lang), status, { 'Content-Type': IDX_PRODUCES, 'Content-Language': lang });
  };

  const render = (c: Context, tx: Transaction, status: Status = 200, messages?: RenderMessages) =>
    idx(c, renderState({ origin: originOf(c), tx, pollRefreshMs: sim.settings.pollRefreshMs, settings: sim.settings, messages }), status);

  const terminal = (c: Context, message: IdxMessage, status: Status, expiresAt?: number, tx?: Transaction) => idx(c, renderTerminal(message, expiresAt, tx), status);

  const requestFor = (c: Context, tx: Transaction, body: JsonObject): StateRequest => ({
    c,
    sim,
    tx,
    state: tx.state,
    body,
    render: (status, messages) => render(c, tx, status, messages),
    reject: (message = MESSAGES.unexpectedStep) => render(c, tx, 400, { top: [message] }),
    fieldError: (fields, status = 400) => render(c, tx, status, { fields }),
    end: (message, status) => {
      withdrawPush(tx);
      sim.transactions.remove(tx);
      return terminal(c, message, status, tx.expiresAt, tx);
    },
  });

  /** The transaction named by the body's `stateHandle`, or Okta's answer when there is none to go on with. */
  const remediation = (handler: (c: Context, tx: Transaction, body: JsonObject) => Response | Promise<Response>) => async (c: Context) => {
    const body = await readJson(c);
    if (body === MALFORMED) return terminal(c, MESSAGES.malformedRequest, 400);
    const tx = sim.transactions.byStateHandle(body.stateHandle);
    if (!tx) return terminal(c, MESSAGES.sessionExpired, 401);
    if (tx.expiresAt <= sim.now()) {
      sim.transactions.remove(tx);
      return terminal(c, MESSAGES.sessionExpired, 401, tx.expiresAt);
    }
    return handler(c, tx, body);
  };

  for (const [path, endpoint] of PATHS) {
    app.post(path, remediation((c, tx, body) => {
      const req = requestFor(c, tx, body);
      const handler = moduleOf(tx.state).accepts[endpoint];
      return handler ? handler(req) : req.reject();
    }));
  }

  app.post('/idp/idx/introspect', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return terminal(c, MESSAGES.malformedRequest, 400);
    const tx = sim.transactions.byInteractionHandle(body.interactionHandle) ?? sim.transactions.byStateHandle(body.stateToken);
    if (!tx || tx.expiresAt <= sim.now()) return terminal(c, MESSAGES.sessionExpired, 401, tx?.expiresAt);
    // What happened away from the page (a push answered, an email link opened) has moved the transaction on,
    // as on Okta: a page that comes back (a reload) learns where it stands now, a sign-in that completed included.
    const s = tx.state;
    const answered =
      (s.name === 'challenge' && ((s.method === 'push' && !!tx.push && tx.push.status !== 'pending') || !!tx.sent?.linkOpened)) ||
      (s.name === 'fastpass' && tx.fastPass?.status !== 'waiting');
    const poll = answered ? moduleOf(tx.state).accepts.poll : undefined;
    if (poll) return poll(requestFor(c, tx, body));
    return render(c, tx);
  });

  // The sign-in ends here: its pending push is withdrawn, and its unused activation link answers 410 (ended).
  app.post('/idp/idx/cancel', remediation((c, tx) => {
    withdrawPush(tx);
    sim.transactions.remove(tx);
    return idx(c, { version: '1.0.0', intent: 'LOGIN' });
  }));
}
