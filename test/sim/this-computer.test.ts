/**
 * Okta Verify's loopback server on real ports: the test runner's simulator opens them on 127.0.0.1 (another
 * program holding one gets it replaced by a free port, so the ports are read from the control API). The page
 * reaches them as the widget does, at `http://localhost:{port}`, across origins.
 */
import { expect } from '@open-wc/testing';
import { SimulatorClient } from '../../sim/client.js';
import { remediationNames, type Json } from './driver.js';

const sim = new SimulatorClient();
const CLIENT_ID = 'okta-verify-signin-demo';

async function json(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST'): Promise<{ status: number; body: Json }> {
  const res = await fetch(path, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/** A sign-in on the test runner's org, launched with FastPass: its state handle and challenge. */
async function launch(): Promise<{ stateHandle: string; challenge: Json }> {
  const form = new URLSearchParams({ client_id: CLIENT_ID, scope: 'openid', redirect_uri: `${location.origin}/`, code_challenge: 'c'.repeat(43), code_challenge_method: 'S256', state: 's'.repeat(16) });
  const interact = await (await fetch('/oauth2/default/v1/interact', { method: 'POST', body: form })).json();
  const first = await json('/idp/idx/introspect', { interactionHandle: interact.interaction_handle });
  const launched = await json('/idp/idx/authenticators/okta-verify/launch', { stateHandle: first.body.stateHandle });
  expect(launched.status).to.equal(200);
  return { stateHandle: first.body.stateHandle, challenge: launched.body.authenticatorChallenge.value };
}

const device = (port: number | string, path: string, init?: RequestInit) => fetch(`http://localhost:${port}${path}`, init);
const postChallenge = (port: number | string, challengeRequest: string) =>
  device(port, '/challenge', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ challengeRequest }) });
const patchDevice = (body: Json) => json('/sim/okta-verify/this-computer', body, 'PATCH');
const refused = (p: Promise<Response>) => p.then(() => false, (error: unknown) => error instanceof TypeError);

describe('Okta Verify on this computer: the loopback server', () => {
  let ports: number[];
  beforeEach(async () => {
    await sim.reset();
    await json('/sim/settings', { fastPass: true }, 'PATCH');
    ports = (await json('/sim/okta-verify/this-computer')).body.ports;
  });
  after(() => sim.reset());

  it('listens on every listed port; a challenge lists them in order', async () => {
    const state = (await json('/sim/okta-verify/this-computer')).body;
    expect([...state.listening].sort()).to.deep.equal([...ports].sort());
    expect(ports).to.have.length(4);
    const { challenge } = await launch();
    expect(challenge.ports).to.deep.equal(ports.map(String));
    for (const port of ports) {
      // Readable across origins: the answer allowed this page's origin.
      expect((await device(port, '/probe')).status, `probe on ${port}`).to.equal(200);
    }
  });

  it('POST /challenge signs the transaction in as the device\'s account; the log shows it with its port', async () => {
    const { stateHandle, challenge } = await launch();
    const res = await postChallenge(challenge.ports[2], challenge.challengeRequest);
    expect(res.status).to.equal(200);
    const done = await json('/idp/idx/authenticators/poll', { stateHandle });
    expect(done.body.user.value.identifier).to.equal('fastpass@example.com');
    expect(done.body.successWithInteractionCode).to.be.an('object');
    const log = (await sim.requests()).filter((r) => r.port === ports[2]);
    // The JSON POST was preflighted by the browser, and the preflight passed.
    expect(log.map((r) => `${r.method} ${r.path} ${r.status}`)).to.deep.equal(['OPTIONS /challenge 204', 'POST /challenge 200']);
    expect(log[1]!.body).to.deep.equal({ challengeRequest: challenge.challengeRequest });
  });

  it('a bad challenge request: 400', async () => {
    expect((await postChallenge(ports[0]!, 'e30.e30.c2ln')).status).to.equal(400);
  });

  it('a busy port answers 503, the others go on', async () => {
    await patchDevice({ busyPorts: [ports[0]] });
    expect((await device(ports[0]!, '/probe')).status).to.equal(503);
    expect((await device(ports[1]!, '/probe')).status).to.equal(200);
  });

  it('stopped, Okta Verify refuses connections on every port; started again, it answers', async () => {
    await patchDevice({ running: false });
    for (const port of ports) expect(await refused(device(port, '/probe')), `port ${port}`).to.equal(true);
    await patchDevice({ running: true });
    expect((await device(ports[0]!, '/probe')).status).to.equal(200);
  });

  it('only the answering ports accept connections', async () => {
    await patchDevice({ answeringPorts: [ports[3]] });
    expect(await refused(device(ports[0]!, '/probe'))).to.equal(true);
    expect((await device(ports[3]!, '/probe')).status).to.equal(200);
  });

  it('a failing /challenge answers its status; after a cancel the challenge is refused and the log shows no answer', async () => {
    const { stateHandle, challenge } = await launch();
    await patchDevice({ challengeError: 500 });
    expect((await postChallenge(ports[0]!, challenge.challengeRequest)).status).to.equal(500);
    await patchDevice({ challengeError: null });
    const canceled = await json('/idp/idx/authenticators/poll/cancel', { stateHandle, reason: 'OV_RETURNED_ERROR', statusCode: 500 });
    expect(remediationNames(canceled.body)).to.include('launch-authenticator');
    expect((await postChallenge(ports[0]!, challenge.challengeRequest)).status).to.equal(400);
    const cancel = (await sim.requests()).find((r) => r.path === '/idp/idx/authenticators/poll/cancel')!;
    expect(cancel.body).to.include({ reason: 'OV_RETURNED_ERROR', statusCode: 500 });
  });
});
