/**
 * Okta FastPass in the simulator core, driven inside the page (no ports): identify-level and signed_nonce
 * challenges, the device's answers (accounts, biometrics, errors, busy ports), cancel-polling, the link
 * methods with "Open Okta Verify", and the loopback answers' CORS.
 */
import { expect } from '@open-wc/testing';
import { CATALOG } from '../../sim/index.js';
import { Driver, interactionCodeOf, remediation, remediationNames, type Json, type Reply } from './driver.js';

const FASTPASS = 'fastpass@example.com';
const VERIFIED = 'verified@example.com';
const OV_ID = CATALOG.okta_verify.id;

/** The claims of a JWT, unverified. */
function claims(jwt: string): Json {
  return JSON.parse(atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
}

describe('Okta FastPass (simulator core)', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver();
    await d.settings({ fastPass: true });
  });

  /** A request that reached the device on `port`; `null`: the connection was refused. */
  const device = (port: number, path: string, init: RequestInit = {}) =>
    d.sim.thisComputer.fetch(port, new Request(`http://localhost:${port}${path}`, { ...init, headers: { origin: 'http://app.test', ...(init.headers as Record<string, string>) } }));
  const challenge = (port: number, challengeRequest: unknown) =>
    device(port, '/challenge', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ challengeRequest }) });
  const patchDevice = (json: Json) => d.send('/sim/okta-verify/this-computer', { method: 'PATCH', json });
  const launch = async (): Promise<Json> => {
    await d.start();
    const reply = await d.idx('/idp/idx/authenticators/okta-verify/launch');
    expect(reply.status).to.equal(200);
    return reply.body.authenticatorChallenge.value;
  };
  const poll = () => d.idx('/idp/idx/authenticators/poll');

  it('is off by default: identify offers no launch-authenticator', async () => {
    await d.settings({ fastPass: false });
    expect(remediationNames((await d.start()).body)).not.to.include('launch-authenticator');
    expect((await d.idx('/idp/idx/authenticators/okta-verify/launch')).status).to.equal(400);
  });

  it('PATCH /sim/settings switches it and picks the challenge method', async () => {
    const patched = await d.send('/sim/settings', { method: 'PATCH', json: { fastPassMethod: 'APP_LINK' } });
    expect(patched.body).to.include({ fastPass: true, fastPassMethod: 'APP_LINK' });
    expect((await d.send('/sim/settings', { method: 'PATCH', json: { fastPassMethod: 'BLUETOOTH' } })).status).to.equal(400);
  });

  it('loopback: the challenge lists the ports as strings and carries a signed request for this transaction', async () => {
    const value = await launch();
    expect(value).to.include({ challengeMethod: 'LOOPBACK', domain: 'http://localhost' });
    expect(value.ports).to.deep.equal(['51111', '51112', '51113', '51114']);
    expect(value).not.to.have.property('probeTimeoutMillis');
    expect(value.cancel).to.include({ name: 'cancel-polling', href: 'http://sim.test/idp/idx/authenticators/poll/cancel', method: 'POST' });
    const c = claims(value.challengeRequest);
    const [tx] = (await d.send('/sim/transactions')).body as unknown as Json[];
    expect(c.transactionId).to.equal(tx!.id);
    expect(c.nonce).to.be.a('string');
    expect(c.exp - c.iat).to.equal(300);
  });

  it('probeTimeoutMillis is sent when the org sets it', async () => {
    await d.settings({ fastPassProbeTimeoutMs: 3000 });
    expect((await launch()).probeTimeoutMillis).to.equal(3000);
  });

  it('polls wait until the device answers, then sign in as the device\'s account without a password', async () => {
    const value = await launch();
    expect(remediationNames((await poll()).body)).to.deep.equal(['device-challenge-poll']);
    expect((await challenge(51112, value.challengeRequest))!.status).to.equal(200);
    const done = await poll();
    expect(done.body.user.value.identifier).to.equal(FASTPASS);
    const tokens = await d.exchange(interactionCodeOf(done.body));
    expect(tokens.status).to.equal(200);
    const log = d.sim.requests.filter((r) => r.port);
    expect(log.map((r) => [r.port, r.method, r.path, r.status])).to.deep.equal([[51112, 'POST', '/challenge', 200]]);
    expect(log[0]!.body).to.deep.equal({ challengeRequest: value.challengeRequest });
  });

  it('a bad, altered or expired challenge request is refused with 400', async () => {
    const value = await launch();
    expect((await challenge(51111, 'not-a-jwt'))!.status).to.equal(400);
    const [h, p, s] = value.challengeRequest.split('.');
    expect((await challenge(51111, `${h}.${p}.${s.slice(0, -4)}AAAA`))!.status).to.equal(400);
    expect((await device(51111, '/challenge', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }))!.status).to.equal(400);
    d.time += 301_000;
    expect((await challenge(51111, value.challengeRequest))!.status).to.equal(400);
  });

  it('cancel-polling records the reason, answers identify with launch-authenticator again, and kills the challenge', async () => {
    const value = await launch();
    const canceled = await d.idx('/idp/idx/authenticators/poll/cancel', { reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null });
    expect(canceled.status).to.equal(200);
    expect(remediationNames(canceled.body)).to.include.members(['identify', 'launch-authenticator']);
    const logged = d.sim.requests.find((r) => r.path === '/idp/idx/authenticators/poll/cancel')!;
    expect(logged.body).to.include({ reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null });
    const [tx] = (await d.send('/sim/transactions')).body as unknown as Json[];
    expect(tx!.fastPass).to.deep.include({ status: 'canceled', cancel: { reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null } });
    expect((await challenge(51111, value.challengeRequest))!.status).to.equal(400);
    // A new launch makes a new challenge; the old one stays dead.
    const again = (await d.idx('/idp/idx/authenticators/okta-verify/launch')).body.authenticatorChallenge.value;
    expect(again.challengeRequest).not.to.equal(value.challengeRequest);
    expect((await challenge(51111, value.challengeRequest))!.status).to.equal(400);
    expect((await challenge(51111, again.challengeRequest))!.status).to.equal(200);
  });

  it('biometrics required but not given: the next poll is Okta\'s terminal error', async () => {
    await patchDevice({ userVerification: 'fail' });
    const value = await launch();
    expect((await challenge(51111, value.challengeRequest))!.status).to.equal(200);
    const reply = await poll();
    expect(reply.status).to.equal(400);
    expect(reply.body.messages.value[0].i18n.key).to.equal('oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop');
    expect(reply.body.remediation).to.equal(undefined);
  });

  it('a device without accounts is refused: identify again with an error', async () => {
    await patchDevice({ accounts: [] });
    const value = await launch();
    await challenge(51111, value.challengeRequest);
    const reply = await poll();
    expect(remediationNames(reply.body)).to.include('launch-authenticator');
    expect(reply.body.messages.value[0].i18n.key).to.equal('errors.E0000004');
  });

  it('device failures: stopped, a port not answered, a busy port, a failing /challenge', async () => {
    const value = await launch();
    await patchDevice({ answeringPorts: [51113], busyPorts: [51113] });
    expect(await device(51111, '/probe')).to.equal(null);
    expect((await device(51113, '/probe'))!.status).to.equal(503);
    await patchDevice({ busyPorts: [], challengeError: 500 });
    expect((await device(51113, '/probe'))!.status).to.equal(200);
    expect((await challenge(51113, value.challengeRequest))!.status).to.equal(500);
    await patchDevice({ running: false });
    expect(await device(51113, '/probe')).to.equal(null);
    expect(d.sim.thisComputer.openPorts()).to.deep.equal([]);
    expect((await patchDevice({ busyPorts: [9] })).status).to.equal(400);
    await d.send('/sim/reset', { method: 'POST' });
    expect(d.sim.thisComputer.openPorts()).to.deep.equal([51111, 51112, 51113, 51114]);
  });

  it('CORS: the preflight allows GET and POST, content-type and the private network', async () => {
    const preflight = (await device(51111, '/challenge', { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } }))!;
    expect(preflight.status).to.equal(204);
    expect(preflight.headers.get('access-control-allow-methods')).to.equal('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).to.equal('content-type');
    expect(preflight.headers.get('access-control-allow-private-network')).to.equal('true');
    // A page cannot set Origin on a Request; this-computer.test.ts sees it echoed on real ports.
  });

  describe('links', () => {
    it('custom URI: Okta Verify\'s scheme with the request; "Open Okta Verify" answers the newest waiting one', async () => {
      await d.settings({ fastPassMethod: 'CUSTOM_URI' });
      const value = await launch();
      expect(value.href).to.match(/^com-okta-authenticator:\/deviceChallenge\?challengeRequest=/);
      expect(value.downloadHref).to.equal('https://apps.apple.com/us/app/okta-verify/id490179405');
      expect(remediation((await poll()).body, 'device-challenge-poll')!.refresh).to.equal(4000);
      const opened = await d.send('/sim/okta-verify/this-computer/open', { json: {} });
      expect(opened.body).to.include({ status: 'answered', username: FASTPASS });
      expect((await poll()).body.successWithInteractionCode).to.be.an('object');
      expect((await d.send('/sim/okta-verify/this-computer/open', { json: {} })).status).to.equal(404);
    });

    it('app link: the link is a page on the org that answers the challenge, as the app would', async () => {
      await d.settings({ fastPassMethod: 'APP_LINK' });
      const value = await launch();
      expect(value.cancel.name).to.equal('cancel-polling-transaction');
      const url = new URL(value.href);
      expect(url.pathname).to.equal('/sim/okta-verify/launch');
      const page = await d.send(`${url.pathname}${url.search}`);
      expect(page.status).to.equal(200);
      expect(page.body.html).to.match(/Back/);
      expect((await poll()).body.successWithInteractionCode).to.be.an('object');
    });

    it('universal link with Okta Verify not running: the page says so and nothing is answered', async () => {
      await d.settings({ fastPassMethod: 'UNIVERSAL_LINK' });
      await patchDevice({ running: false });
      const value = await launch();
      const url = new URL(value.href);
      expect((await d.send(`${url.pathname}${url.search}`)).body.html).to.match(/not running/);
      expect((await d.send('/sim/okta-verify/this-computer/open', { json: {} })).status).to.equal(409);
      expect(remediationNames((await poll()).body)).to.deep.equal(['device-challenge-poll']);
    });
  });

  describe('signed_nonce at the second factor', () => {
    const toSignedNonce = async (username = FASTPASS): Promise<Reply> => {
      await d.start();
      return d.select(await d.identify(username), 'okta_verify', 'signed_nonce');
    };

    it('is offered only to a user whose Okta Verify does FastPass', async () => {
      await d.start();
      const list = (await d.identify(FASTPASS)).body;
      expect(JSON.stringify(remediation(list, 'select-authenticator-authenticate'))).to.contain('signed_nonce');
      const e = d.another();
      await e.start();
      expect(JSON.stringify(remediation((await e.identify(VERIFIED)).body, 'select-authenticator-authenticate'))).not.to.contain('signed_nonce');
      expect((await e.idx('/idp/idx/challenge', { authenticator: { id: OV_ID, methodType: 'signed_nonce' } })).status).to.equal(400);
    });

    it('challenge-poll with the challenge in contextualData; the device answers and the sign-in completes', async () => {
      const reply = await toSignedNonce();
      expect(remediationNames(reply.body)).to.deep.equal(['challenge-poll', 'select-authenticator-authenticate']);
      const current = reply.body.currentAuthenticator.value;
      expect(current.methods).to.deep.equal([{ type: 'signed_nonce' }]);
      expect(current.cancel.name).to.equal('cancel-polling');
      const value = current.contextualData.challenge.value;
      expect(value.challengeMethod).to.equal('LOOPBACK');
      await challenge(51114, value.challengeRequest);
      const done = await poll();
      expect(done.body.successWithInteractionCode).to.be.an('object');
    });

    it('cancel-polling goes back to the verify list; another method works from there', async () => {
      const reply = await toSignedNonce();
      const canceled = await d.idx('/idp/idx/authenticators/poll/cancel', { reason: 'OV_RETURNED_ERROR', statusCode: 500 });
      expect(remediationNames(canceled.body)).to.deep.equal(['select-authenticator-authenticate']);
      expect((await challenge(51111, reply.body.currentAuthenticator.value.contextualData.challenge.value.challengeRequest))!.status).to.equal(400);
      expect((await d.idx('/idp/idx/challenge', { authenticator: { id: OV_ID, methodType: 'totp' } })).status).to.equal(200);
    });

    it('the device must hold the identified user\'s account', async () => {
      await patchDevice({ accounts: [VERIFIED] });
      const reply = await toSignedNonce();
      await challenge(51111, reply.body.currentAuthenticator.value.contextualData.challenge.value.challengeRequest);
      const after = await poll();
      expect(remediationNames(after.body)).to.deep.equal(['select-authenticator-authenticate']);
      expect(after.body.messages.value[0].i18n.key).to.equal('errors.E0000004');
    });

    it('choosing another method while waiting kills the challenge', async () => {
      const reply = await toSignedNonce();
      await d.idx('/idp/idx/challenge', { authenticator: { id: OV_ID, methodType: 'push' } });
      expect((await challenge(51111, reply.body.currentAuthenticator.value.contextualData.challenge.value.challengeRequest))!.status).to.equal(400);
    });
  });

  describe('enrollment on this device', () => {
    it('same device: the device enrolls without a link, and then FastPass works for the user', async () => {
      await d.start();
      await d.identify('samedevice@example.com');
      const enroll = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
      expect(enroll.body.currentAuthenticator.value.contextualData.samedevice.orgUrl).to.equal('http://sim.test');
      expect((await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'qrcode' } })).status).to.equal(400);
      expect((await d.send('/sim/users/samedevice@example.com/enroll', { json: {} })).status).to.equal(200);
      expect((await d.idx('/idp/idx/challenge/poll')).body.successWithInteractionCode).to.be.an('object');
      const thisComputer = (await d.send('/sim/okta-verify/this-computer')).body;
      expect(thisComputer.accounts).to.include('samedevice@example.com');
    });

    it('custom push: approved through the same push control API', async () => {
      await d.start();
      const reply = await d.select(await d.identify('custompush@example.com'), 'custom_app');
      expect(reply.body.currentAuthenticator.value).to.include({ key: 'custom_app', displayName: 'Acme Push' });
      expect(reply.body.currentAuthenticator.value.logoUri).to.match(/^data:image\/svg\+xml/);
      expect((await d.send('/sim/users/custompush@example.com/push/approve', { json: {} })).body.status).to.equal('approved');
      expect((await d.poll()).body.successWithInteractionCode).to.be.an('object');
    });
  });
});
