/**
 * All of Okta Verify, read from Okta's captured responses: FastPass on the first step and as a method, each way
 * of reaching the app, its cancel, same-device and bootstrap enrollment, custom push apps, device enrollment
 * instructions; and every capture read into a step the widget renders.
 */
import { expect } from '@open-wc/testing';
import { ACTIONS } from '../../src/flow/actions.js';
import type { RawIdx } from '../../src/flow/idx/raw.js';
import { viewOf } from '../../src/flow/idx/view.js';
import type { StepOf } from '../../src/flow/model.js';
import { readStep } from '../../src/flow/registry.js';
import { cancelPollingAction } from '../../src/flow/steps/fastpass.js';
import { as, read, submit } from '../helpers/fixture-steps.js';
import { loadFixture, skipWithoutFixtures } from '../helpers/fixtures.js';

describe('all of Okta Verify, from Okta fixtures', () => {
  before(async function () {
    await skipWithoutFixtures(this);
  });

  it('the first step offers "Sign in with Okta FastPass" when Okta sends launch-authenticator, and pressing it posts that', async () => {
    const { step, raw } = await read('identify-with-device-probing-loopback-challenge-not-received.json');
    const identify = as(step, 'identify');
    expect(identify.fastPass).to.equal(true);
    expect(submit('identify', { fastPass: true }, identify, raw)).to.deep.equal({ kind: 'proceed', remediation: 'launch-authenticator', values: {} });
    expect(as((await read('identify.json')).step, 'identify').fastPass).to.equal(false);
  });

  it('each device challenge is a FastPass step with how the app is reached, polled at the server pace', async () => {
    const cases: Array<[string, string, Partial<StepOf<'use-fastpass'>>]> = [
      ['identify-with-device-probing-loopback.json', 'authenticatorChallenge-cancel', { purpose: 'sign-in', launch: 'loopback' }],
      ['identify-with-device-launch-authenticator.json', 'authenticatorChallenge-cancel', { purpose: 'sign-in', launch: 'custom-uri', downloadHref: 'https://apps.apple.com/us/app/okta-verify/id490179405' }],
      ['identify-with-app-link.json', 'authenticatorChallenge-cancel', { purpose: 'sign-in', launch: 'app-link' }],
      ['identify-with-universal-link.json', 'authenticatorChallenge-cancel', { purpose: 'sign-in', launch: 'universal-link' }],
      ['authenticator-verification-okta-verify-signed-nonce-loopback.json', 'currentAuthenticator-cancel', { purpose: 'verify', launch: 'loopback' }],
      ['authenticator-verification-okta-verify-signed-nonce-custom-uri.json', 'currentAuthenticator-cancel', { purpose: 'verify', launch: 'custom-uri' }],
      ['authenticator-verification-okta-verify-signed-nonce-app-link.json', 'currentAuthenticator-cancel', { purpose: 'verify', launch: 'app-link' }],
      ['authenticator-verification-okta-verify-signed-nonce-universal-link.json', 'currentAuthenticator-cancel', { purpose: 'verify', launch: 'universal-link' }],
    ];
    for (const [file, cancel, expected] of cases) {
      const { step, raw } = await read(file);
      const fastPass = as(step, 'use-fastpass');
      expect(fastPass, file).to.include(expected);
      expect(fastPass.poll?.remediation, file).to.match(/^(device-)?challenge-poll$/);
      expect(fastPass.poll?.refreshMs, file).to.be.a('number');
      // Okta's captures name a page of their own test server ("okta-verify.html"): not a link the widget follows.
      expect(fastPass.href, file).to.equal(undefined);
      expect(cancelPollingAction(viewOf(raw, raw.remediation!.value![0]!)) ?? '', file).to.equal(cancel);
    }
  });

  it('"Verify with something else" and "Back to sign in" are offered where Okta offers them; a FastPass challenge is never a push', async () => {
    const mfa = as((await read('authenticator-verification-okta-verify-signed-nonce-loopback.json')).step, 'use-fastpass');
    expect(mfa.actions).to.include('choose-another');
    const first = as((await read('identify-with-device-probing-loopback.json')).step, 'use-fastpass');
    expect(first.actions).to.include('cancel');
    expect(ACTIONS.cancel.label(first)).to.equal('backToSignIn');
  });

  it('FastPass is one of Okta Verify\'s methods, in Okta\'s own question and in the list', async () => {
    const only = as((await read('authenticator-verification-data-ov-only-without-device-known.json')).step, 'choose-method');
    expect(only.methods).to.deep.equal(['push', 'totp', 'signed_nonce']);
    const { step, raw } = await read('authenticator-verification-select-authenticator.json');
    const list = as(step, 'choose-authenticator');
    const ov = list.authenticators.find((a) => a.key === 'okta_verify')!;
    expect(ov.methods).to.deep.equal(['signed_nonce']);
    expect(submit('choose-authenticator', { authenticator: ov }, list, raw)).to.deep.equal({
      kind: 'proceed',
      remediation: 'select-authenticator-authenticate',
      values: { authenticator: { id: ov.id, methodType: 'signed_nonce' } },
    });
  });

  it('same-device enrollment: install Okta Verify here, with the download link and the org address; polled', async () => {
    const step = as((await read('authenticator-enroll-ov-same-device.json')).step, 'set-up-on-this-device');
    expect(step).to.deep.include({ how: 'install', orgUrl: 'okta.okta.com', downloadHref: 'https://apps.apple.com/us/app/okta-verify/id490179405', platform: 'ios' });
    expect(step.poll?.remediation).to.equal('enroll-poll');
    expect(step.actions, 'no other channel to switch to').to.not.include('switch-channel');
    expect(step.actions).to.include('choose-another');
  });

  it('device bootstrap: the devices that already have the account; polled', async () => {
    const step = as((await read('authenticator-enroll-ov-device-bootstrap.json')).step, 'set-up-on-this-device');
    expect(step).to.deep.include({ how: 'from-enrolled-device', enrolledDevices: ['testDevice1'], platform: 'ios' });
    expect(step.poll?.remediation).to.equal('enroll-poll');
  });

  it('QR enrollment with Okta\'s biometrics or version message: the QR step with the message, still polled', async () => {
    for (const file of ['authenticator-enroll-ov-qr-enable-biometrics.json', 'authenticator-enroll-ov-qr-version-upgrade.json']) {
      const step = as((await read(file)).step, 'scan-qr-code');
      expect(step.messages.length, file).to.be.greaterThan(0);
      expect(step.poll?.remediation, file).to.equal('enroll-poll');
    }
  });

  it('a custom push app keeps its name, and its logo only as a safe address', async () => {
    const { step } = await read('authenticator-verification-custom-app-push.json');
    const push = as(step, 'approve-push');
    expect(push.authenticator).to.include({ key: 'custom_app', displayName: 'Custom Push' });
    // Okta's capture gives a path on its own server; it is read against Okta's address.
    expect(push.authenticator.logoUri).to.match(/^http:\/\/localhost:3000\/img\/icons\/mfa\/customPushLogo\.svg$/);
  });

  it('device enrollment (Okta Device Access): the platform and the sign-in address, with "Start over"', async () => {
    const step = as((await read('oda-enrollment-ios.json', 'TERMINAL')).step, 'enroll-device');
    expect(step).to.deep.include({ kind: 'oda', platform: 'ios', signInUrl: 'https://idx.okta1.com' });
    expect(step.actions).to.deep.equal(['restart']);
  });

  it('FastPass answered without biometrics: Okta\'s message, and "Start over"', async () => {
    const step = as((await read('error-okta-verify-uv-fastpass-verify-enable-biometrics-desktop.json', 'TERMINAL')).step, 'terminal');
    expect(step.messages.map((m) => m.key)).to.deep.equal(['oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop']);
    expect(step.actions).to.deep.equal(['restart']);
  });

  it('every one of Okta\'s captures is read into a step the widget renders', async () => {
    const files = (await (await fetch('/__fixtures__/')).json()) as string[];
    const unrendered: string[] = [];
    for (const file of files) {
      const raw = await loadFixture<RawIdx>(file);
      // okta-auth-js calls an answer without remediations terminal (and a 4xx error body too).
      const status = raw.remediation?.value?.length ? 'PENDING' : 'TERMINAL';
      if (readStep(raw, status).name === 'unsupported') unrendered.push(file);
    }
    expect(files.length).to.be.greaterThan(70);
    expect(unrendered).to.deep.equal([]);
  });
});
