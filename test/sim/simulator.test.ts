/**
 * The simulator core on its own, in the browser: protocol answers, bad input, tokens, the virtual device and
 * the control API. Time is a hand-moved clock, so timeouts and expiry need no waiting.
 */
import { expect } from '@open-wc/testing';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { IDX_PRODUCES } from '../../sim/idx/response-parts.js';
import { STATES } from '../../sim/idx/states/index.js';
import { ENDPOINTS } from '../../sim/idx/states/kit.js';
import { CLIENT_ID, Driver, IDENTIFY_REMEDIATIONS, ISSUER, authenticatorId, interactionCodeOf, messageKeys, remediation, remediationNames, resolve, type Json } from './driver.js';

const VERIFIED = 'verified@example.com';

describe('simulator: protocol', () => {
  it('serves discovery with S256 and keys with an RS256 key whose kid is its thumbprint', async () => {
    const d = new Driver();
    const config = (await d.send('/oauth2/default/.well-known/openid-configuration')).body;
    expect(config.issuer).to.equal(ISSUER);
    expect(config.code_challenge_methods_supported).to.deep.equal(['S256']);
    const keys = (await d.send('/oauth2/default/v1/keys')).body.keys;
    expect(keys).to.have.length(1);
    expect(keys[0]).to.include({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0].kid).to.match(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a real cross-origin, credentialed request with the Origin echoed (not *)', async () => {
    // The test page is on localhost; 127.0.0.1 is another origin, so Chromium sends a preflight and checks CORS.
    const other = `${location.protocol}//127.0.0.1:${location.port}`;
    const config = await fetch(`${other}/oauth2/default/.well-known/openid-configuration`, { headers: { 'content-type': 'application/json' } });
    // Reading the body at all means Chromium accepted the CORS headers; with credentials it also refuses `*`.
    expect(config.status).to.equal(200);
    const introspect = await fetch(`${other}/idp/idx/introspect`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/ion+json; okta-version=1.0.0', 'x-okta-user-agent-extended': 'test' },
      body: JSON.stringify({ interactionHandle: 'unknown' }),
    });
    expect(introspect.status).to.equal(401);
    expect((await introspect.json()).messages.value[0].i18n.key).to.equal('idx.session.expired');
  });

  it('every relatesTo path resolves and every remediation is postable', async () => {
    const d = new Driver({ pollRefreshMs: 150 });
    const bodies: Json[] = [(await d.start()).body];
    bodies.push((await d.identify(VERIFIED)).body);
    bodies.push((await d.select({ status: 200, body: bodies[1]!, headers: new Headers() }, 'okta_verify', 'push')).body);
    for (const body of bodies) {
      expect(body.version).to.equal('1.0.0');
      // `redirect-idp` is a link to follow (GET), not a form.
      for (const r of body.remediation.value.filter((r: Json) => r.name !== 'redirect-idp')) {
        expect(r.rel).to.deep.equal(['create-form']);
        expect(r.href).to.match(/^http:\/\/sim\.test\/idp\/idx\//);
        expect(r.method).to.equal('POST');
        expect(r.value.find((v: Json) => v.name === 'stateHandle')).to.include({ value: d.stateHandle, mutable: false });
        if (r.relatesTo) expect(() => resolveAll(body, r)).not.to.throw();
      }
    }
    expect(remediation(bodies[2]!, 'challenge-poll')?.refresh).to.equal(150);
  });

  it('a full TOTP sign-in yields tokens signed by the published key, with the right claims', async () => {
    const d = new Driver();
    await d.start();
    await d.toTotp(VERIFIED);
    const success = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
    expect(success.status).to.equal(200);
    const token = await d.exchange(interactionCodeOf(success.body));
    expect(token.status).to.equal(200);
    expect(token.body).not.to.have.property('state');
    const jwks = createLocalJWKSet((await d.send('/oauth2/default/v1/keys')).body as Parameters<typeof createLocalJWKSet>[0]);
    const { payload, protectedHeader } = await jwtVerify(token.body.id_token, jwks, { issuer: ISSUER, audience: CLIENT_ID, currentDate: new Date(d.time) });
    expect(protectedHeader.alg).to.equal('RS256');
    const users = (await d.send('/sim/users')).body as Json[];
    expect(payload.sub).to.equal(users.find((u) => u.username === VERIFIED)!.id);
    expect(payload.nonce).to.equal('n'.repeat(64));
    expect(payload.amr).to.include.members(['pwd', 'mfa']);
    expect(payload.email).to.equal(VERIFIED);
  });
});

describe('simulator: bad input gets Okta-shaped errors', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver();
    await d.start();
  });

  it('blank username and password: 400 with a message on each field', async () => {
    const res = await d.idx('/idp/idx/identify', { identifier: '  ', credentials: { passcode: '' } });
    expect(res.status).to.equal(400);
    expect(remediationNames(res.body)).to.deep.equal(IDENTIFY_REMEDIATIONS);
    const identify = remediation(res.body, 'identify')!;
    expect(identify.value[0].messages.value[0].i18n.key).to.equal('model.validation.field.blank');
    expect(identify.value[1].form.value[0].messages.value[0].i18n.key).to.equal('model.validation.field.blank');
  });

  it('wrong password and unknown user read the same', async () => {
    const wrong = await d.identify(VERIFIED, 'nope');
    const unknown = await d.identify('nobody@example.com');
    for (const res of [wrong, unknown]) {
      expect(res.status).to.equal(401);
      expect(messageKeys(res.body)).to.deep.equal(['errors.E0000004']);
      expect(remediationNames(res.body)).to.deep.equal(IDENTIFY_REMEDIATIONS);
    }
    expect((await d.identify(VERIFIED)).status).to.equal(200);
  });

  it('a wrong or blank code: 400 with the message on credentials.totp; the state stays', async () => {
    await d.toTotp(VERIFIED);
    const right = await d.code(VERIFIED);
    const wrong = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: String((Number(right) + 1) % 1e6).padStart(6, '0') } });
    expect(wrong.status).to.equal(400);
    expect(messageKeys(wrong.body)).to.deep.equal(['api.authn.error.PASSCODE_INVALID']);
    expect(remediationNames(wrong.body)[0]).to.equal('challenge-authenticator');
    const blank = await d.idx('/idp/idx/challenge/answer', { credentials: {} });
    expect(messageKeys(blank.body)).to.deep.equal(['model.validation.field.blank']);
    expect((await d.idx('/idp/idx/challenge/answer', { credentials: { totp: right } })).status).to.equal(200);
  });

  it('a code is accepted once', async () => {
    await d.toTotp(VERIFIED);
    const code = await d.code(VERIFIED);
    expect((await d.idx('/idp/idx/challenge/answer', { credentials: { totp: code } })).status).to.equal(200);
    // Same simulator, a second transaction: the code that was just used is refused.
    await d.start();
    await d.toTotp(VERIFIED);
    expect((await d.idx('/idp/idx/challenge/answer', { credentials: { totp: code } })).status).to.equal(400);
  });

  it('unknown and expired state handles: 401 idx.session.expired with no remediation', async () => {
    const unknown = await d.send('/idp/idx/identify', { json: { stateHandle: 'nope', identifier: VERIFIED } });
    expect(unknown.status).to.equal(401);
    expect(messageKeys(unknown.body)).to.deep.equal(['idx.session.expired']);
    expect(unknown.body.remediation).to.equal(undefined);
    d.time += d.sim.settings.transactionLifetimeMs + 1;
    const expired = await d.identify(VERIFIED);
    expect(expired.status).to.equal(401);
    expect(messageKeys(expired.body)).to.deep.equal(['idx.session.expired']);
  });

  it('malformed JSON: 400 E0000003, never a crash', async () => {
    const res = await d.send('/idp/idx/identify', { raw: '{"stateHandle":' });
    expect(res.status).to.equal(400);
    expect(messageKeys(res.body)).to.deep.equal(['E0000003']);
  });

  it('a step out of order: 400 with the current state again', async () => {
    const res = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: '123456' } });
    expect(res.status).to.equal(400);
    expect(remediationNames(res.body)).to.deep.equal(IDENTIFY_REMEDIATIONS);
  });

  it('every endpoint a state does not accept: Okta\'s "unexpected step" 400, as IDX, and the state does not move', async () => {
    const tried: string[] = [];
    for (const [name, reach] of [
      ['identify', async () => undefined],
      ['select-authenticator', async () => d.identify(VERIFIED)],
    ] as const) {
      await reach();
      const state = (await d.send('/sim/transactions')).body[0];
      expect(state.step).to.equal(name);
      for (const [endpoint, path] of Object.entries(ENDPOINTS)) {
        if (endpoint in STATES[name].accepts) continue;
        const res = await d.idx(path, { identifier: VERIFIED, credentials: { passcode: 'x', totp: '123456' }, authenticator: { id: 'x' }, email: 'a@b.cd' });
        expect(res.status, `${name} ${path}`).to.equal(400);
        expect(res.headers.get('content-type'), `${name} ${path}`).to.equal(IDX_PRODUCES);
        expect(messageKeys(res.body), `${name} ${path}`).to.deep.equal(['E0000001']);
        expect(remediationNames(res.body), `${name} ${path}`).to.deep.equal(state.remediations);
        tried.push(`${name} ${endpoint}`);
      }
      expect((await d.send('/sim/transactions')).body[0].step, `${name} stays`).to.equal(name);
    }
    expect(tried).to.include.members(['identify poll', 'identify skip', 'identify enroll', 'select-authenticator answer', 'select-authenticator identify']);
  });

  it('an unknown authenticator id: 400, the list stays', async () => {
    await d.identify(VERIFIED);
    const res = await d.idx('/idp/idx/challenge', { authenticator: { id: 'autNOPE', methodType: 'push' } });
    expect(res.status).to.equal(400);
    expect(remediationNames(res.body)).to.deep.equal(['select-authenticator-authenticate']);
  });

  it('token: a wrong PKCE verifier, a reused code and an unknown client are refused', async () => {
    await d.toTotp(VERIFIED);
    const success = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
    const code = interactionCodeOf(success.body);
    const bad = await d.exchange(code, { code_verifier: 'x'.repeat(43) });
    expect(bad.status).to.equal(400);
    expect(bad.body.error).to.equal('invalid_grant');
    // The code is spent by the failed attempt as well, as one-time codes are.
    expect((await d.exchange(code)).body.error).to.equal('invalid_grant');
    const interact = await d.send('/oauth2/default/v1/interact', { form: { client_id: 'someone-else', redirect_uri: 'x', code_challenge: 'x', code_challenge_method: 'S256' } });
    expect(interact.status).to.equal(401);
    expect(interact.body.error).to.equal('invalid_client');
  });

  it('an unknown path: 404 JSON', async () => {
    const res = await d.send('/idp/idx/nope', { json: {} });
    expect(res.status).to.equal(404);
    expect(res.body.errorCode).to.equal('E0000022');
  });
});

describe('simulator: Okta Verify push', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver({ pollRefreshMs: 150, pushTimeoutMs: 60_000 });
    await d.start();
  });
  const poll = () => d.idx('/idp/idx/challenge/poll');
  const pending = (u = VERIFIED) => d.send(`/sim/users/${encodeURIComponent(u)}/push`);

  it('pending until approved, then success', async () => {
    const challenge = await d.toPush(VERIFIED);
    expect(remediationNames(challenge.body)).to.deep.equal(['challenge-poll', 'select-authenticator-authenticate']);
    expect(challenge.body.currentAuthenticator.value.resend.name).to.equal('resend');
    expect(remediationNames((await poll()).body)[0]).to.equal('challenge-poll');
    expect((await pending()).status).to.equal(200);
    expect((await d.send(`/sim/users/${VERIFIED}/push/approve`, { json: {} })).body.status).to.equal('approved');
    const done = await poll();
    expect(done.body.successWithInteractionCode).to.be.an('object');
    expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);
    expect((await pending()).status).to.equal(404);
  });

  it('deny → rejected with resend; resend → a new push', async () => {
    await d.toPush(VERIFIED);
    const first = (await pending()).body.id;
    await d.send(`/sim/users/${VERIFIED}/push/deny`, { method: 'POST' });
    const rejected = await poll();
    expect(rejected.status).to.equal(200);
    expect(messageKeys(rejected.body)).to.deep.equal(['api.authn.poll.error.push_rejected']);
    expect(remediationNames(rejected.body)).to.deep.equal(['resend', 'select-authenticator-authenticate']);
    const resent = await d.idx('/idp/idx/challenge');
    expect(remediationNames(resent.body)[0]).to.equal('challenge-poll');
    expect((await pending()).body.id).not.to.equal(first);
  });

  it('the resend action replaces a pending push', async () => {
    await d.toPush(VERIFIED);
    const first = (await pending()).body.id;
    const resent = await d.idx('/idp/idx/challenge/resend');
    expect(remediationNames(resent.body)[0]).to.equal('challenge-poll');
    expect((await pending()).body.id).not.to.equal(first);
  });

  it('number challenge: the page shows correctAnswer; the device offers it among three; a wrong number rejects', async () => {
    const challenge = await d.toPush('number@example.com');
    const shown = challenge.body.currentAuthenticator.value.contextualData.correctAnswer;
    const push = (await pending('number@example.com')).body;
    expect(push.correctAnswer).to.equal(shown);
    expect(push.choices).to.have.length(3).and.include(shown);
    const wrong = push.choices.find((c: string) => c !== shown);
    expect((await d.send('/sim/users/number@example.com/push/approve', { json: { answer: wrong } })).body.status).to.equal('rejected');
    expect(messageKeys((await poll()).body)).to.deep.equal(['api.authn.poll.error.push_rejected']);
    await d.idx('/idp/idx/challenge');
    const again = (await pending('number@example.com')).body;
    expect((await d.send('/sim/users/number@example.com/push/approve', { json: { answer: Number(again.correctAnswer) } })).body.status).to.equal('approved');
    expect((await poll()).body.successWithInteractionCode).to.be.an('object');
  });

  it('an unanswered push times out: 404 "verification timed out", the transaction ends', async () => {
    await d.toPush(VERIFIED);
    d.time += 60_001;
    const res = await poll();
    expect(res.status).to.equal(404);
    expect(messageKeys(res.body)).to.deep.equal(['core.system.transaction_resource_not_found']);
    expect(res.body.remediation).to.equal(undefined);
    expect((await pending()).status).to.equal(404);
    expect((await poll()).status).to.equal(401);
  });

  it('autoChallenge: the push goes out right after the password', async () => {
    await d.send(`/sim/users/${VERIFIED}`, { method: 'PATCH', json: { autoChallenge: true } });
    const res = await d.identify(VERIFIED);
    const pollForm = remediation(res.body, 'challenge-poll')!;
    expect(pollForm.value.find((v: Json) => v.name === 'autoChallenge')?.value).to.equal(true);
    expect((await pending()).status).to.equal(200);
  });

  it('choosing the code while a push is pending withdraws the push', async () => {
    const challenge = await d.toPush(VERIFIED);
    await d.idx('/idp/idx/challenge', { authenticator: { id: authenticatorId(challenge.body, 'okta_verify'), methodType: 'totp' } });
    expect((await pending()).status).to.equal(404);
  });
});

describe('simulator: control API', () => {
  it('lists users without secrets; reset restores settings and forgets requests', async () => {
    const d = new Driver();
    const users = (await d.send('/sim/users')).body as Json[];
    expect(users.map((u) => u.username)).to.include.members(['verified@example.com', 'multi@example.com', 'number@example.com']);
    expect(JSON.stringify(users)).not.to.contain('Okta-Verify-1');
    expect(JSON.stringify(users)).not.to.contain('totpSecret');
    await d.send('/sim/settings', { method: 'PUT', json: { pollRefreshMs: 150 } });
    await d.send(`/sim/users/${VERIFIED}`, { method: 'PATCH', json: { numberChallenge: true } });
    await d.start();
    expect(((await d.send('/sim/requests')).body as Json[]).map((r) => r.path)).to.deep.equal(['/oauth2/default/v1/interact', '/idp/idx/introspect']);
    await d.send('/sim/reset', { method: 'POST' });
    expect((await d.send('/sim/settings')).body.pollRefreshMs).to.equal(4000);
    expect(((await d.send('/sim/users')).body as Json[]).find((u) => u.username === VERIFIED)!.settings.numberChallenge).to.equal(false);
    expect((await d.send('/sim/requests')).body).to.deep.equal([]);
  });

  it('refuses bad settings and unknown users', async () => {
    const d = new Driver();
    expect((await d.send('/sim/settings', { method: 'PUT', json: { pollRefreshMs: -1 } })).status).to.equal(400);
    expect((await d.send('/sim/settings', { method: 'PUT', raw: 'nope' })).status).to.equal(400);
    expect((await d.send('/sim/users/nobody@example.com/totp')).status).to.equal(404);
    expect((await d.send('/sim/users/nobody@example.com/push/approve', { json: {} })).status).to.equal(404);
  });
});

/** Resolves a remediation's `relatesTo` and those of its options; throws when one does not resolve. */
function resolveAll(body: Json, r: Json): void {
  resolve(body, r.relatesTo);
  for (const option of r.value?.[0]?.options ?? []) if (option.relatesTo) resolve(body, option.relatesTo);
}
