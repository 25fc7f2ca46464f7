/**
 * The typed client (`okta-verify-signin/sim/client`) against a simulator in the page: its fetch calls are
 * routed to the driver's simulator, so what a user's test does through the client is checked here.
 */
import { expect } from '@open-wc/testing';
import { SimulatorClient, SimulatorError } from '../../sim/client.js';
import { Driver, ORIGIN, idClaims, interactionCodeOf, remediationNames } from './driver.js';

describe('simulator: the typed client', () => {
  const realFetch = window.fetch;
  let d: Driver;
  let client: SimulatorClient;
  beforeEach(() => {
    d = new Driver({ pollRefreshMs: 150 });
    client = new SimulatorClient(ORIGIN);
    window.fetch = (input, init) => d.sim.fetch(new Request(input, init));
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('creates a user, finds its sign-in and approves that transaction\'s push; the per-user calls still work', async () => {
    const user = await client.createUser({ name: 'Grace Hopper', oktaVerify: { numberChallenge: true } });
    expect(user).to.include({ name: 'Grace Hopper', created: true, password: 'Okta-Verify-1' });
    await d.start();
    const challenge = await d.toPush(user.username);
    const [tx] = await client.transactions({ username: user.username });
    expect(tx).to.include({ username: user.username, step: 'challenge', method: 'push' });
    expect((await client.transactions({ stateHandle: d.stateHandle })).map((t) => t.id)).to.deep.equal([tx!.id]);
    const push = await client.waitForPush({ transactionId: tx!.id });
    expect(push.correctAnswer).to.equal(challenge.body.currentAuthenticator.value.contextualData.correctAnswer);
    expect(await client.pendingPush(user.username)).to.deep.equal(push);
    expect((await client.approvePush({ transactionId: tx!.id }, push.correctAnswer)).status).to.equal('approved');
    expect(await client.pendingPush({ transactionId: tx!.id })).to.equal(undefined);
    expect((await client.transaction(tx!.id)).push?.status).to.equal('approved');
    const claims = idClaims(await d.exchange(interactionCodeOf((await d.poll()).body)));
    expect(claims.sub).to.equal(user.id);
  });

  it('deny, time out and expire by transaction; deleteUser ends the rest', async () => {
    const user = await client.createUser();
    const other = d.another();
    await d.start();
    await other.start();
    await d.toPush(user.username);
    await other.toPush(user.username);
    const [first, second] = await client.transactions({ username: user.username });
    expect((await client.denyPush({ transactionId: first!.id })).transactionId).to.equal(first!.id);
    expect(remediationNames((await d.poll()).body)[0]).to.equal('resend');
    expect((await client.timeOutPush({ transactionId: second!.id })).status).to.equal('timed-out');
    expect((await other.poll()).status).to.equal(404);
    await d.start();
    await d.identify(user.username);
    const [third] = await client.transactions({ username: user.username });
    expect(await client.expire({ transactionId: third!.id })).to.deep.equal({ expired: 1 });
    // The denied sign-in is still live (it may resend); the timed-out and the expired one are over.
    expect(await client.deleteUser(user.username)).to.deep.equal({ deleted: user.username, endedTransactions: 1 });
  });

  it('refusals are SimulatorErrors with the status and the message', async () => {
    await client.createUser({ username: 'twice@example.com' });
    for (const [call, status, words] of [
      [() => client.createUser({ username: 'twice@example.com' }), 409, 'taken'],
      [() => client.createUser({ oktaVerify: { push: false, totp: false } }), 400, 'push or totp'],
      [() => client.transaction('txnope'), 404, 'no such transaction'],
      [() => client.approvePush({ transactionId: 'txnope' }), 404, 'no such transaction'],
      [() => client.deleteUser('nobody@example.com'), 404, 'no such user'],
    ] as const) {
      const error = await call().then(() => undefined, (e: unknown) => e);
      expect(error).to.be.instanceOf(SimulatorError);
      expect((error as SimulatorError).status).to.equal(status);
      expect((error as SimulatorError).message).to.contain(words);
    }
    let timedOut: unknown;
    await client.waitForPush('twice@example.com', { timeoutMs: 50, intervalMs: 10 }).catch((e: unknown) => (timedOut = e));
    expect(String(timedOut)).to.contain('no pending push');
  });
});
