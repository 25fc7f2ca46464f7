/**
 * The control API's view of sign-ins (`/sim/transactions`) and of the pushes they sent. Each transaction has
 * its own push, answered by transaction id; the per-user routes answer the user's latest pending push. A
 * transaction is named by an opaque id, never by its handles, which would let a caller drive the sign-in.
 */
import type { Context, Hono } from 'hono';
import { controlError, MALFORMED, readJson } from './body.js';
import { findUser, originOf, type SimState } from './context.js';
import { answerPush, describePush, pendingPush, transactionPush } from './device.js';
import type { Push } from './push.js';
import { renderState } from './idx/states/index.js';
import type { Transaction } from './transactions.js';

/** What `GET /sim/transactions` tells of a sign-in. */
function describeTransaction(c: Context, state: SimState, tx: Transaction) {
  transactionPush(tx, state.now()); // marks a push past its time as timed out
  const body = renderState({ origin: originOf(c), tx, pollRefreshMs: state.settings.pollRefreshMs, settings: state.settings }) as { remediation?: { value: Array<{ name: string }> } };
  return {
    id: tx.id,
    username: tx.user?.username ?? null,
    step: tx.state.name,
    ...(tx.state.name === 'challenge' ? { authenticator: tx.state.key, method: tx.state.method } : {}),
    remediations: (body.remediation?.value ?? []).map((r) => r.name),
    push: tx.push ? { ...describePush(tx.push), status: tx.push.status } : null,
    fastPass: tx.fastPass
      ? { challengeMethod: tx.fastPass.method, status: tx.fastPass.status, username: tx.fastPass.username ?? null, cancel: tx.fastPass.cancel ?? null }
      : null,
    createdAt: new Date(tx.createdAt).toISOString(),
    expiresAt: new Date(tx.expiresAt).toISOString(),
  };
}

export function registerTransactionRoutes(app: Hono, state: SimState): void {
  const live = (id: string) => {
    const tx = state.transactions.byId(id);
    return tx && tx.expiresAt > state.now() ? tx : undefined;
  };

  /** Answers a push: approve (with the number tapped, for a number challenge) or deny. */
  const answer = async (c: Context, approve: boolean, push: Push | undefined) => {
    const body = await readJson(c);
    if (body === MALFORMED) return controlError(c, 400, 'malformed JSON');
    const tapped = body.answer;
    if (tapped !== undefined && typeof tapped !== 'string' && typeof tapped !== 'number') return controlError(c, 400, 'answer must be the number tapped');
    if (!push) return controlError(c, 404, 'no pending push');
    return c.json({ status: answerPush(push, approve, tapped), pushId: push.id, transactionId: push.transactionId });
  };

  const timeOut = (c: Context, push: Push | undefined) => {
    if (!push) return controlError(c, 404, 'no pending push');
    push.expiresAt = state.now();
    return c.json({ status: 'timed-out', pushId: push.id, transactionId: push.transactionId });
  };

  // Live sign-ins, oldest first; `?username=` narrows to one user's, `?stateHandle=` to the caller's own.
  app.get('/sim/transactions', (c) => {
    const username = c.req.query('username');
    const stateHandle = c.req.query('stateHandle');
    const txs = state.transactions.live(state.now(), username).filter((tx) => stateHandle === undefined || tx.stateHandle === stateHandle);
    return c.json(txs.map((tx) => describeTransaction(c, state, tx)));
  });

  app.get('/sim/transactions/:id', (c) => {
    const tx = live(c.req.param('id'));
    return tx ? c.json(describeTransaction(c, state, tx)) : controlError(c, 404, 'no such transaction');
  });

  const onTransaction = (handler: (c: Context, tx: Transaction) => Response | Promise<Response>) => (c: Context) => {
    const tx = live(c.req.param('id')!);
    return tx ? handler(c, tx) : controlError(c, 404, 'no such transaction');
  };
  app.post('/sim/transactions/:id/push/approve', onTransaction((c, tx) => answer(c, true, transactionPush(tx, state.now()))));
  app.post('/sim/transactions/:id/push/deny', onTransaction((c, tx) => answer(c, false, transactionPush(tx, state.now()))));
  app.post('/sim/transactions/:id/push/timeout', onTransaction((c, tx) => timeOut(c, transactionPush(tx, state.now()))));
  app.post('/sim/transactions/:id/expire', onTransaction((c, tx) => {
    tx.expiresAt = state.now();
    return c.json({ expired: 1 });
  }));

  // The same, for the push a user's device shows on top: the latest pending one.
  const onUser = (handler: (c: Context, push: Push | undefined) => Response | Promise<Response>) => (c: Context) => {
    const user = findUser(state, c.req.param('username'));
    return user ? handler(c, pendingPush(state, user.username)) : controlError(c, 404, 'no such user');
  };
  app.get('/sim/users/:username/push', onUser((c, push) => (push ? c.json(describePush(push)) : controlError(c, 404, 'no pending push'))));
  app.post('/sim/users/:username/push/approve', onUser((c, push) => answer(c, true, push)));
  app.post('/sim/users/:username/push/deny', onUser((c, push) => answer(c, false, push)));
  app.post('/sim/users/:username/push/timeout', onUser(timeOut));
}
