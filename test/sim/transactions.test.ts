/**
 * Concurrent sign-ins of one user: each transaction has its own push, found and answered through
 * `/sim/transactions`, while the per-user routes answer the latest pending push.
 */
import { expect } from '@open-wc/testing';
import { Driver, authenticatorId, idClaims, interactionCodeOf, messageKeys, remediationNames, type Json } from './driver.js';

const VERIFIED = 'verified@example.com';
const NUMBER = 'number@example.com';

describe('simulator: a push per transaction', () => {
  let a: Driver;
  let b: Driver;
  beforeEach(async () => {
    a = new Driver({ pollRefreshMs: 150, pushTimeoutMs: 60_000 });
    b = a.another();
    await a.start();
    await b.start();
  });

  const txOf = async (d: Driver): Promise<Json> => {
    const list = (await d.send(`/sim/transactions?stateHandle=${encodeURIComponent(d.stateHandle)}`)).body as unknown as Json[];
    expect(list).to.have.length(1);
    return list[0]!;
  };
  const act = (d: Driver, id: string, what: string, json: Json = {}) => d.send(`/sim/transactions/${id}/push/${what}`, { json });
  const pushStep = (reply: { body: Json }) => remediationNames(reply.body)[0];

  it('two sign-ins of one user each get their own push; neither withdraws the other', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    const [ta, tb] = [await txOf(a), await txOf(b)];
    expect(ta.id).not.to.equal(tb.id);
    expect(ta.push.status).to.equal('pending');
    expect(tb.push.status).to.equal('pending');
    expect(ta.push.id).not.to.equal(tb.push.id);
    expect(ta.push.transactionId).to.equal(ta.id);
    // The first sign-in's poll is still waiting, not "timed out".
    expect(pushStep(await a.poll())).to.equal('challenge-poll');
    expect(pushStep(await b.poll())).to.equal('challenge-poll');
  });

  it('approving one transaction signs in that one only; the other still waits, then signs in on its own', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    const [ta, tb] = [await txOf(a), await txOf(b)];
    const approved = await act(a, ta.id, 'approve');
    expect(approved.body).to.deep.equal({ status: 'approved', pushId: ta.push.id, transactionId: ta.id });
    expect(pushStep(await b.poll())).to.equal('challenge-poll');
    expect((await b.send(`/sim/transactions/${tb.id}`)).body.push.status).to.equal('pending');
    const done = await a.poll();
    expect(idClaims(await a.exchange(interactionCodeOf(done.body))).preferred_username).to.equal(VERIFIED);
    expect((await act(b, tb.id, 'approve')).body.status).to.equal('approved');
    expect((await b.poll()).body.successWithInteractionCode).to.be.an('object');
  });

  it('denying by transaction id rejects that push only', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    const tb = await txOf(b);
    expect((await act(b, tb.id, 'deny')).body.status).to.equal('rejected');
    expect(messageKeys((await b.poll()).body)).to.deep.equal(['api.authn.poll.error.push_rejected']);
    expect(pushStep(await a.poll())).to.equal('challenge-poll');
    expect((await a.send(`/sim/transactions/${(await txOf(a)).id}`)).body.push.status).to.equal('pending');
  });

  it('the per-user routes answer the latest pending push, and it carries its transaction id', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    const [ta, tb] = [await txOf(a), await txOf(b)];
    const latest = (await a.send(`/sim/users/${VERIFIED}/push`)).body;
    expect(latest).to.include({ id: tb.push.id, transactionId: tb.id });
    expect((await a.send(`/sim/users/${VERIFIED}/push/approve`, { json: {} })).body).to.include({ status: 'approved', transactionId: tb.id });
    expect((await b.poll()).body.successWithInteractionCode).to.be.an('object');
    expect(pushStep(await a.poll())).to.equal('challenge-poll');
    // The older sign-in's push is now the latest pending one; a resend there makes a newer one still.
    expect((await a.send(`/sim/users/${VERIFIED}/push`)).body.transactionId).to.equal(ta.id);
    await a.idx('/idp/idx/challenge/resend');
    const resent = (await a.send(`/sim/users/${VERIFIED}/push`)).body;
    expect(resent.transactionId).to.equal(ta.id);
    expect(resent.id).not.to.equal(ta.push.id);
    expect((await a.send(`/sim/users/${VERIFIED}/push/deny`, { json: {} })).body).to.include({ status: 'rejected', pushId: resent.id });
  });

  it('number challenge: each transaction has its own number, matching its own page', async () => {
    const pageA = (await a.toPush(NUMBER)).body.currentAuthenticator.value.contextualData.correctAnswer;
    const pageB = (await b.toPush(NUMBER)).body.currentAuthenticator.value.contextualData.correctAnswer;
    const [ta, tb] = [await txOf(a), await txOf(b)];
    expect(ta.push.correctAnswer).to.equal(pageA);
    expect(tb.push.correctAnswer).to.equal(pageB);
    expect((await act(a, ta.id, 'approve', { answer: pageA })).body.status).to.equal('approved');
    expect((await a.poll()).body.successWithInteractionCode).to.be.an('object');
    expect(pushStep(await b.poll())).to.equal('challenge-poll');
  });

  it('another method, resend or cancel in one transaction leaves the other transaction\'s push pending', async () => {
    const challenge = await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    const tb = await txOf(b);
    await a.idx('/idp/idx/challenge', { authenticator: { id: authenticatorId(challenge.body, 'okta_verify'), methodType: 'totp' } });
    const ta = await txOf(a);
    expect(ta.push.status, 'its own push is withdrawn').to.equal('replaced');
    expect(ta).to.include({ step: 'challenge', authenticator: 'okta_verify', method: 'totp' });
    await a.idx('/idp/idx/cancel');
    expect((await b.send(`/sim/transactions/${tb.id}`)).body.push.status).to.equal('pending');
    expect((await b.send(`/sim/users/${VERIFIED}/push`)).body.transactionId).to.equal(tb.id);
  });

  it('a timeout by transaction id ends that sign-in only', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    expect((await a.send(`/sim/transactions/${(await txOf(a)).id}/push/timeout`, { method: 'POST' })).body.status).to.equal('timed-out');
    expect((await a.poll()).status).to.equal(404);
    expect(pushStep(await b.poll())).to.equal('challenge-poll');
  });

  it('lists live transactions with their step and remediations, never their handles', async () => {
    await a.identify(VERIFIED);
    await b.toPush(VERIFIED);
    const list = (await a.send('/sim/transactions')).body as unknown as Json[];
    expect(list.map((t) => t.username)).to.deep.equal([VERIFIED, VERIFIED]);
    expect(list[0]).to.include({ step: 'select-authenticator', push: null });
    expect(list[0]!.remediations).to.deep.equal(['select-authenticator-authenticate']);
    expect(list[1]).to.include({ step: 'challenge', method: 'push' });
    expect(list[1]!.remediations[0]).to.equal('challenge-poll');
    const text = JSON.stringify(list);
    for (const secret of [a.stateHandle, b.stateHandle, a.interactionHandle, b.interactionHandle]) expect(text).not.to.contain(secret);
    expect(list[0]!.id).to.match(/^tx[A-Za-z0-9]{18}$/);
    expect((await a.send(`/sim/transactions?username=${NUMBER}`)).body).to.deep.equal([]);
    expect((await a.send(`/sim/transactions/${list[1]!.id}`)).body).to.deep.equal(list[1]);
  });

  it('ended and expired transactions leave the list; unknown ids and missing pushes are 404, a bad answer 400', async () => {
    await a.toTotp(VERIFIED);
    await b.identify(VERIFIED);
    const ta = await txOf(a);
    const tb = await txOf(b);
    expect((await act(a, ta.id, 'approve')).status, 'no push in a code sign-in').to.equal(404);
    expect((await act(a, ta.id, 'approve', { answer: { n: 1 } })).status).to.equal(400);
    const success = await a.idx('/idp/idx/challenge/answer', { credentials: { totp: await a.code(VERIFIED) } });
    expect((await a.send(`/sim/transactions/${ta.id}`)).body.step).to.equal('success');
    await a.exchange(interactionCodeOf(success.body));
    expect((await a.send(`/sim/transactions/${ta.id}`)).status).to.equal(404);
    expect((await act(a, 'txnope', 'approve')).body.error).to.equal('no such transaction');
    a.time += a.sim.settings.transactionLifetimeMs + 1;
    expect((await a.send('/sim/transactions')).body).to.deep.equal([]);
    expect((await a.send(`/sim/transactions/${tb.id}`)).status).to.equal(404);
  });

  it('a transaction expires on its own, the user\'s other sign-ins go on', async () => {
    await a.toPush(VERIFIED);
    await b.toPush(VERIFIED);
    expect((await a.send(`/sim/transactions/${(await txOf(a)).id}/expire`, { method: 'POST' })).body).to.deep.equal({ expired: 1 });
    expect((await a.poll()).status).to.equal(401);
    expect(pushStep(await b.poll())).to.equal('challenge-poll');
  });
});
