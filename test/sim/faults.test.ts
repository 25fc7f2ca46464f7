/** The simulator's fault injection, at the protocol level: matching, counting, bodies, headers and cuts. */
import { expect } from '@open-wc/testing';
import { createSimulator, type FaultSpec } from '../../sim/index.js';
import { Driver, remediationNames, type Json } from './driver.js';

const VERIFIED = 'verified@example.com';
const WELL_KNOWN = '/oauth2/default/.well-known/openid-configuration';

describe('simulator: fault injection', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver();
  });

  const add = (spec: Json) => d.send('/sim/faults', { json: spec });

  it('answers the n-th matching request only, with Okta\'s error body for the status', async () => {
    expect((await add({ method: 'POST', path: '/idp/idx/introspect', nth: 2, status: 503 })).status).to.equal(201);
    await d.start();
    const second = await d.send('/idp/idx/introspect', { json: { interactionHandle: d.interactionHandle } });
    expect(second.status).to.equal(503);
    expect(second.body).to.include({ errorCode: 'E0000010' });
    const third = await d.send('/idp/idx/introspect', { json: { interactionHandle: d.interactionHandle } });
    expect(third.status).to.equal(200);
    const [rule] = (await d.send('/sim/faults')).body as Json[];
    expect(rule).to.include({ seen: 3, applied: 1 });
  });

  it('429 carries Okta\'s rate-limit headers; times: 0 answers every match; a prefix matches many paths', async () => {
    await add({ path: '/idp/idx/*', times: 0, status: 429, resetSeconds: 5 });
    for (let i = 0; i < 3; i++) {
      const reply = await d.send('/idp/idx/introspect', { json: {} });
      expect(reply.status).to.equal(429);
      expect(reply.body.errorCode).to.equal('E0000047');
      expect(Number(reply.headers.get('x-rate-limit-reset'))).to.equal(Math.ceil(d.time / 1000) + 5);
    }
    await d.send('/sim/faults', { method: 'DELETE' });
    expect((await d.send('/idp/idx/introspect', { json: {} })).status).to.equal(401);
  });

  it('an HTML page, a malformed body, and cut connections', async () => {
    await add({ path: '/oauth2/default/.well-known/openid-configuration', status: 502, body: 'html' });
    const html = await d.sim.fetch(new Request('http://sim.test/oauth2/default/.well-known/openid-configuration'));
    expect(html.status).to.equal(502);
    expect(html.headers.get('content-type')).to.contain('text/html');
    await add({ path: '/oauth2/default/.well-known/openid-configuration', status: 200, body: 'malformed' });
    const malformed = await (await d.sim.fetch(new Request('http://sim.test/oauth2/default/.well-known/openid-configuration'))).text();
    expect(() => JSON.parse(malformed)).to.throw();
    for (const cut of ['before', 'mid-body']) {
      await add({ path: '/oauth2/default/.well-known/openid-configuration', cut });
      const response = await d.sim.fetch(new Request('http://sim.test/oauth2/default/.well-known/openid-configuration'));
      let failed = false;
      await response.text().catch(() => (failed = true));
      expect(failed, cut).to.equal(true);
    }
  });

  it('a delay alone lets the request through, later', async () => {
    const real = Date.now();
    await add({ path: '/oauth2/default/.well-known/openid-configuration', delayMs: 150 });
    const reply = await d.send('/oauth2/default/.well-known/openid-configuration');
    expect(reply.status).to.equal(200);
    expect(Date.now() - real).to.be.at.least(140);
  });

  it('refuses a rule it cannot use', async () => {
    for (const bad of [{}, { path: 'idp' }, { path: '/x', status: 42 }, { path: '/x', cut: 'sideways' }, { path: '/x', body: 'xml' }, { path: '/x', nth: -1 }]) {
      expect((await add(bad)).status, JSON.stringify(bad)).to.equal(400);
    }
  });

  it('reset removes the rules', async () => {
    await add({ path: '/idp/idx/*', times: 0, status: 500 });
    await d.send('/sim/reset', { method: 'POST' });
    expect((await d.send('/sim/faults')).body).to.deep.equal([]);
  });

  it('expire and push timeout, on demand', async () => {
    await d.start();
    await d.identify(VERIFIED);
    expect((await d.send(`/sim/users/${VERIFIED}/expire`, { method: 'POST' })).body).to.deep.equal({ expired: 1 });
    const expired = await d.idx('/idp/idx/challenge', { authenticator: { id: 'x' } });
    expect(expired.status).to.equal(401);
  });

  it('POST /sim/users/{u}/push/timeout: the pending push times out now, and the next poll ends the sign-in', async () => {
    await d.start();
    await d.toPush(VERIFIED);
    expect((await d.send(`/sim/users/${VERIFIED}/push`)).status, 'a push is pending').to.equal(200);
    const timedOut = await d.send(`/sim/users/${VERIFIED}/push/timeout`, { method: 'POST' });
    expect(timedOut.status).to.equal(200);
    expect(timedOut.body.status).to.equal('timed-out');
    expect((await d.send(`/sim/users/${VERIFIED}/push`)).status, 'no push pending').to.equal(404);
    const poll = await d.poll();
    expect(poll.status).to.equal(404);
    expect(poll.body.messages.value[0].i18n.key).to.equal('core.system.transaction_resource_not_found');
    expect((await d.send(`/sim/users/${VERIFIED}/push/timeout`, { method: 'POST' })).status, 'nothing left to time out').to.equal(404);
  });

  it('DELETE /sim/faults/{id} removes that rule only', async () => {
    const a = (await add({ path: WELL_KNOWN, times: 0, status: 500 })).body;
    const b = (await add({ path: '/idp/idx/introspect', times: 0, status: 503 })).body;
    expect((await d.send(`/sim/faults/${a.id}`, { method: 'DELETE' })).status).to.equal(200);
    expect(((await d.send('/sim/faults')).body as Json[]).map((f) => f.id)).to.deep.equal([b.id]);
    expect((await d.send(WELL_KNOWN)).status, 'its requests go through again').to.equal(200);
    expect((await d.send('/idp/idx/introspect', { json: {} })).status, 'the other rule stays').to.equal(503);
  });

  it('times: N answers the next N matching requests, then lets them through; the rule counts what it saw', async () => {
    await add({ path: WELL_KNOWN, times: 3, status: 500 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await d.send(WELL_KNOWN)).status);
    expect(statuses).to.deep.equal([500, 500, 500, 200, 200]);
    expect(((await d.send('/sim/faults')).body as Json[])[0]).to.include({ seen: 5, applied: 3 });
  });

  it("body: 'empty' answers the status with no body at all", async () => {
    await add({ path: WELL_KNOWN, status: 503, body: 'empty' });
    const reply = await d.sim.fetch(new Request(`http://sim.test${WELL_KNOWN}`));
    expect(reply.status).to.equal(503);
    expect(await reply.text()).to.equal('');
    expect(reply.headers.get('content-type')).to.equal(null);
  });

  for (const [status, errorCode] of [
    [400, 'E0000001'],
    [401, 'E0000011'],
    [403, 'E0000006'],
  ] as const) {
    it(`${status} carries Okta's error body (${errorCode})`, async () => {
      await add({ path: '/idp/idx/introspect', status });
      const reply = await d.send('/idp/idx/introspect', { json: {} });
      expect(reply.status).to.equal(status);
      expect(reply.headers.get('content-type')).to.contain('application/json');
      expect(reply.body).to.include({ errorCode, errorLink: errorCode });
      expect(reply.body.errorSummary).to.be.a('string').and.not.equal('');
      expect(reply.body.errorId).to.match(/^oae/);
      expect(reply.body.errorCauses).to.deep.equal([]);
    });
  }

  it('json: merged into the real answer (objects by key, arrays by index, null removes), with the status kept or replaced', async () => {
    await d.start();
    const message = { message: 'Server words', i18n: { key: 'x.custom' }, class: 'ERROR' };
    await add({ path: '/idp/idx/identify', json: { messages: { type: 'array', value: [message] }, user: { value: { identifier: 'Someone else' } }, expiresAt: null } });
    const merged = await d.identify(VERIFIED);
    expect(merged.status).to.equal(200);
    expect(remediationNames(merged.body), 'the real answer underneath').to.deep.equal(['select-authenticator-authenticate']);
    expect(merged.body.messages.value).to.deep.equal([message]);
    expect(merged.body.user.value).to.include({ identifier: 'Someone else' });
    expect(merged.body.user.value.id, 'the rest of the object kept').to.be.a('string');
    expect(merged.body).to.not.have.property('expiresAt');
    const enrollments = merged.body.authenticatorEnrollments.value as Json[];
    await add({ path: '/idp/idx/challenge', status: 400, json: { authenticatorEnrollments: { value: [{ displayName: 'Renamed' }] } } });
    const again = await d.select(merged, 'okta_verify', 'totp');
    expect(again.status).to.equal(400);
    const renamed = again.body.authenticatorEnrollments.value as Json[];
    expect(renamed[0]).to.include({ displayName: 'Renamed', key: enrollments[0]!.key });
    expect(renamed.slice(1)).to.deep.equal(enrollments.slice(1));
  });

  it('refuses a json rule that is not an object, or that also asks for another body', async () => {
    for (const bad of [{ path: '/x', json: 'text' }, { path: '/x', json: [1] }, { path: '/x', json: {}, body: 'html' }, { path: '/x', json: {}, cut: 'before' }]) {
      expect((await add(bad)).status, JSON.stringify(bad)).to.equal(400);
    }
  });

  it('startSimulator({ faults }): a usable rule is in place from the start and after each reset; a bad one is refused as the API refuses it', async () => {
    const sim = new Driver({ faults: [{ path: WELL_KNOWN, times: 0, status: 503 }] });
    expect((await sim.send(WELL_KNOWN)).status).to.equal(503);
    await sim.send('/sim/reset', { method: 'POST' });
    expect((await sim.send(WELL_KNOWN)).status, 'after a reset').to.equal(503);
    for (const bad of [{ path: 'idp' }, { path: '/x', status: 42 }, { path: '/x', cut: 'sideways' }, { path: '/x', times: -1 }, { path: '/x', json: 'text' }]) {
      const api = await add(bad);
      expect(api.status, JSON.stringify(bad)).to.equal(400);
      expect(() => createSimulator({ faults: [bad as unknown as FaultSpec] }), JSON.stringify(bad)).to.throw(TypeError, api.body.error);
    }
  });
});
