/** The simulator's fault injection, at the protocol level: matching, counting, bodies, headers and cuts. */
import { expect } from '@open-wc/testing';
import { Driver, type Json } from './driver.js';

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
    await d.identify('verified@example.com');
    expect((await d.send('/sim/users/verified@example.com/expire', { method: 'POST' })).body).to.deep.equal({ expired: 1 });
    const expired = await d.idx('/idp/idx/challenge', { authenticator: { id: 'x' } });
    expect(expired.status).to.equal(401);
  });
});
