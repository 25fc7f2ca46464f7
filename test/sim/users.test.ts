/**
 * Users made and removed at run time (`POST /sim/users`, `DELETE /sim/users/{username}`): what a test does to
 * get a user no other test touches.
 */
import { expect } from '@open-wc/testing';
import { Driver, PASSWORD, idClaims, interactionCodeOf, messageKeys, remediationNames, type Json, type Reply } from './driver.js';

describe('simulator: users made at run time', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver({ pollRefreshMs: 150 });
  });

  const create = (json: unknown) => d.send('/sim/users', { json });
  const signInByCode = async (username: string, password = PASSWORD): Promise<Reply> => {
    await d.start();
    await d.toTotp(username, password);
    const success = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(username) } });
    expect(success.status).to.equal(200);
    return d.exchange(interactionCodeOf(success.body));
  };

  it('an empty spec gives a unique user with Okta Verify push and code, who signs in to tokens', async () => {
    const first = await create({});
    const second = await create({});
    expect(first.status).to.equal(201);
    expect(first.body.username).to.match(/^user-[a-z0-9]{12}@example\.com$/);
    expect(first.body.username).not.to.equal(second.body.username);
    expect(first.body).to.include({ password: PASSWORD, created: true });
    expect(first.body.authenticators.map((a: Json) => a.key)).to.deep.equal(['okta_password', 'okta_verify']);
    expect(first.body.authenticators[1].methods).to.deep.equal(['push', 'totp']);
    expect(JSON.stringify(first.body)).not.to.contain('totpSecret');
    const claims = idClaims(await signInByCode(first.body.username));
    expect(claims).to.include({ sub: first.body.id, preferred_username: first.body.username });
    expect(((await d.send('/sim/users')).body as unknown as Json[]).map((u) => u.username)).to.include(first.body.username);
  });

  it('takes a username, password, name and Okta Verify settings; signs in with a number-challenge push', async () => {
    const made = await create({ username: 'Ada@Example.com', password: 'Analytical-1', name: 'Ada Lovelace', oktaVerify: { numberChallenge: true } });
    expect(made.body).to.include({ username: 'Ada@Example.com', name: 'Ada Lovelace', password: 'Analytical-1' });
    expect(made.body.settings).to.deep.equal({ numberChallenge: true, autoChallenge: false });
    await d.start();
    expect((await d.identify('ada@example.com')).status, 'the seed password is not hers').to.equal(401);
    const challenge = await d.toPush('ada@example.com', 'Analytical-1');
    const answer = challenge.body.currentAuthenticator.value.contextualData.correctAnswer;
    const push = (await d.send('/sim/users/ada@example.com/push')).body;
    expect((await d.send(`/sim/transactions/${push.transactionId}/push/approve`, { json: { answer } })).body.status).to.equal('approved');
    const claims = idClaims(await d.exchange(interactionCodeOf((await d.poll()).body)));
    expect(claims).to.include({ sub: made.body.id, name: 'Ada Lovelace', preferred_username: 'Ada@Example.com' });
  });

  it('code only, push only with automatic push, or no Okta Verify at all', async () => {
    const code = await create({ oktaVerify: { push: false } });
    expect(code.body.authenticators[1].methods).to.deep.equal(['totp']);
    const auto = await create({ oktaVerify: { totp: false, autoChallenge: true } });
    await d.start();
    expect(remediationNames((await d.identify(auto.body.username)).body)[0], 'the push goes out at once').to.equal('challenge-poll');
    const plain = await create({ oktaVerify: false });
    expect(plain.body.authenticators.map((a: Json) => a.key)).to.deep.equal(['okta_password']);
    await d.start();
    expect((await d.identify(plain.body.username)).body.successWithInteractionCode).to.be.an('object');
    const listed = await create({ otherAuthenticators: ['phone_number', 'webauthn'] });
    expect(listed.body.authenticators.map((a: Json) => a.key)).to.deep.equal(['okta_password', 'phone_number', 'webauthn', 'okta_verify']);
  });

  it('enrollment and password scenarios', async () => {
    const must = await create({ enroll: 'required' });
    expect(must.body.scenario).to.equal('must set up Okta Verify');
    await d.start();
    expect(remediationNames((await d.identify(must.body.username)).body)).to.deep.equal(['select-authenticator-enroll']);
    const may = await create({ enroll: 'optional', oktaVerify: false });
    await d.start();
    expect(remediationNames((await d.identify(may.body.username)).body)).to.include('skip');
    const expired = await create({ passwordStatus: 'expired' });
    await d.start();
    expect(remediationNames((await d.identify(expired.body.username)).body)[0]).to.equal('reenroll-authenticator');
  });

  it('email, a phone number of its own and a locked account: the user is unlocked by an SMS code, then signs in by email', async () => {
    const made = await create({ email: 'grace@example.org', phoneNumber: '+15550100777', oktaVerify: false, locked: true });
    expect(made.status).to.equal(201);
    const { username } = made.body;
    expect(made.body.authenticators.map((a: Json) => a.key)).to.deep.equal(['okta_password', 'okta_email', 'phone_number']);
    expect(made.body.scenario).to.match(/locked/);
    await d.start();
    expect((await d.identify(username)).status).to.equal(403);
    await d.idx('/idp/idx/unlock-account');
    await d.idx('/idp/idx/challenge', { identifier: username, authenticator: { id: 'autphone000000000001', methodType: 'sms' } });
    const sms = await d.message(username);
    expect(sms).to.include({ channel: 'sms', to: '+15550100777' });
    expect(messageKeys((await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: sms.code } })).body)).to.deep.equal(['oie.selfservice.unlock_user.success.message']);
    const again = d.another();
    await again.start();
    await again.select(await again.identify(username), 'okta_email');
    expect(await again.message(username)).to.include({ channel: 'email', to: 'grace@example.org' });
    expect((await create({ phoneNumber: '555' })).body.error).to.match(/phoneNumber/);
    expect((await create({ locked: 'yes' })).body.error).to.match(/locked/);
  });

  it('a taken username is 409, whatever its case, for seeded and created users alike', async () => {
    expect((await create({ username: 'taken@example.com' })).status).to.equal(201);
    for (const username of ['taken@example.com', 'TAKEN@example.com', 'verified@example.com']) {
      const res = await create({ username });
      expect(res.status, username).to.equal(409);
      expect(res.body.error).to.contain('taken');
    }
  });

  it('malformed bodies are 400 with a message naming the problem', async () => {
    const cases: Array<[unknown, string]> = [
      [[], 'malformed'],
      [{ username: '' }, 'username'],
      [{ username: 'two words' }, 'username'],
      [{ username: 'a/b' }, 'username'],
      [{ username: 42 }, 'username'],
      [{ password: '' }, 'password'],
      [{ name: ['Ada'] }, 'name'],
      [{ nickname: 'x' }, 'unknown field nickname'],
      [{ oktaVerify: 'yes' }, 'oktaVerify'],
      [{ oktaVerify: { pushh: true } }, 'unknown field oktaVerify.pushh'],
      [{ oktaVerify: { push: 'no' } }, 'oktaVerify.push'],
      [{ oktaVerify: { push: false, totp: false } }, 'push or totp'],
      [{ oktaVerify: { push: false, numberChallenge: true } }, 'need push'],
      [{ enroll: 'maybe' }, 'enroll'],
      [{ enroll: 'required', oktaVerify: true }, 'enroll'],
      [{ otherAuthenticators: ['sms'] }, 'otherAuthenticators'],
      [{ otherAuthenticators: ['webauthn', 'webauthn'] }, 'otherAuthenticators'],
      [{ passwordStatus: 'old' }, 'passwordStatus'],
    ];
    for (const [json, words] of cases) {
      const res = await create(json);
      expect(res.status, JSON.stringify(json)).to.equal(400);
      expect(res.body.error, JSON.stringify(json)).to.contain(words);
    }
    const raw = await d.send('/sim/users', { raw: '{"username":' });
    expect(raw.status).to.equal(400);
    expect(raw.body.error).to.contain('malformed JSON');
    expect(((await d.send('/sim/users')).body as unknown as Json[]).every((u) => !u.created), 'nothing was made').to.equal(true);
  });

  it('deleting a user ends its live sign-ins and frees the username; unknown users are 404', async () => {
    const made = await create({ username: 'gone@example.com' });
    await d.start();
    await d.toPush('gone@example.com');
    const other = d.another();
    await other.start();
    await other.toPush('verified@example.com');
    const deleted = await d.send('/sim/users/gone@example.com', { method: 'DELETE' });
    expect(deleted.body).to.deep.equal({ deleted: 'gone@example.com', endedTransactions: 1 });
    expect(messageKeys((await d.poll()).body)).to.deep.equal(['idx.session.expired']);
    expect(remediationNames((await other.poll()).body)[0], 'another user\'s sign-in goes on').to.equal('challenge-poll');
    expect((await d.send('/sim/transactions?username=gone@example.com')).body).to.deep.equal([]);
    expect((await d.send('/sim/users/gone@example.com/totp')).status).to.equal(404);
    expect((await d.send('/sim/users/gone@example.com', { method: 'DELETE' })).status).to.equal(404);
    await d.start();
    expect((await d.identify('gone@example.com')).status).to.equal(401);
    const again = await create({ username: 'gone@example.com' });
    expect(again.status).to.equal(201);
    expect(again.body.id).not.to.equal(made.body.id);
  });

  it('reset removes created users and keeps the seed', async () => {
    const made = await create({});
    const before = ((await d.send('/sim/users')).body as unknown as Json[]).length;
    await d.send('/sim/reset', { method: 'POST' });
    const users = (await d.send('/sim/users')).body as unknown as Json[];
    expect(users).to.have.length(before - 1);
    expect(users.map((u) => u.username)).not.to.include(made.body.username);
    expect(users.map((u) => u.username)).to.include('verified@example.com');
  });
});
