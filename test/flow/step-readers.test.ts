import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { RawIdx } from '../../src/flow/idx/raw.js';
import type { Step, StepName, StepOf } from '../../src/flow/model.js';
import { readBeside, readStep, STEPS } from '../../src/flow/registry.js';
import '../helpers/steps-defined.js';
import { STEP_VIEWS, type ShownStep } from '../../src/steps/step-views.js';
import { isSafeQrCode } from '../../src/flow/steps/enrollment.js';
import { readPasswordRules } from '../../src/flow/steps/password.js';
import { loadFixture, skipWithoutFixtures } from '../helpers/fixtures.js';

async function raw(name: string): Promise<RawIdx> {
  return loadFixture<RawIdx>(name);
}

function as<N extends StepName>(step: Step, name: N): StepOf<N> {
  expect(step.name).to.equal(name);
  return step as StepOf<N>;
}

describe('step readers: enrollment and password fixtures → step model', () => {
  before(async function () {
    await skipWithoutFixtures(this);
  });

  it('required enrollment list: every option resolved, no skip', async () => {
    const step = as(readStep(await raw('authenticator-enroll-select-authenticator.json')), 'choose-authenticator');
    expect(step.authenticators.length).to.be.greaterThan(5);
    expect(step.authenticators.map((a) => a.key)).to.include('okta_verify');
    expect(step.authenticators.every((a) => a.key !== 'unknown' && a.id)).to.equal(true);
    expect(step.actions).to.not.include('skip');
    expect(step.poll).to.equal(undefined);
  });

  for (const file of ['authenticator-enroll-select-authenticator-with-skip.json', 'authenticator-enroll-grace-period-with-skip.json', 'enroll-ov-success.json']) {
    it(`optional enrollment list offers skip (${file})`, async () => {
      const step = as(readStep(await raw(file)), 'choose-authenticator');
      expect(step.actions).to.include('skip');
      expect(step.authenticators.length).to.be.greaterThan(0);
    });
  }

  for (const file of ['authenticator-enroll-ov-qr.json', 'enroll-okta-verify-mfa.json']) {
    it(`QR enrollment: the data: image, polled at the server's pace, other channels and the list beside it (${file})`, async () => {
      const step = as(readStep(await raw(file)), 'scan-qr-code');
      expect(step.qrCode).to.match(/^data:image\/png;base64,/);
      expect(step.poll).to.deep.equal({ remediation: 'enroll-poll', refreshMs: 4000 });
      expect(step.actions).to.include.members(['switch-channel', 'choose-another', 'cancel']);
      expect(step.actions).to.not.include('resend');
    });
  }

  it('QR enrollment with a server message keeps the message', async () => {
    const step = as(readStep(await raw('authenticator-enroll-ov-qr-enable-biometrics.json')), 'scan-qr-code');
    expect(step.messages.map((m) => m.key)).to.deep.equal(['oie.authenticator.app.method.push.enroll.enable.biometrics']);
  });

  it('a QR href that is not a data: image is dropped, the step still polls', async () => {
    for (const href of ['javascript:alert(1)', 'http://evil.example/qr.png', 'data:text/html,<script>alert(1)</script>', '']) {
      const fixture = await raw('authenticator-enroll-ov-qr.json');
      (fixture.currentAuthenticator!.value!.contextualData!.qrcode as { href: string }).href = href;
      const step = as(readStep(fixture), 'scan-qr-code');
      expect(step.qrCode, href).to.equal(undefined);
      expect(step.poll?.remediation).to.equal('enroll-poll');
    }
    expect(isSafeQrCode('data:image/svg+xml,<svg/>')).to.equal(true);
    expect(isSafeQrCode('DATA:IMAGE/PNG;base64,AAAA')).to.equal(true);
  });

  it('"Can\'t scan?": the channel list beside the QR step, read without a request', async () => {
    const beside = readBeside(await raw('authenticator-enroll-ov-qr.json'), 'select-enrollment-channel');
    const step = as(beside!.step, 'choose-channel');
    expect(step.channels).to.have.members(['qrcode', 'sms', 'email']);
    expect(step.poll).to.equal(undefined);
    expect(step.actions).to.include('choose-another').and.not.include('switch-channel');
    const move = STEPS['choose-channel'].submit!({ channel: 'email' }, { step, idx: beside!.idx });
    expect(move).to.deep.equal({
      kind: 'proceed',
      remediation: 'select-enrollment-channel',
      values: { authenticator: { id: 'aidtheidkwh282hv8g3', channel: 'email' } },
    });
  });

  it('email and SMS address forms', async () => {
    const email = as(readStep(await raw('authenticator-enroll-ov-via-email.json')), 'send-setup-link');
    expect(email.channel).to.equal('email');
    expect(email.actions).to.include('switch-channel');
    const sms = as(readStep(await raw('authenticator-enroll-ov-via-sms.json')), 'send-setup-link');
    expect(sms.channel).to.equal('sms');
    expect(STEPS['send-setup-link'].submit!({ phoneNumber: '+15550100' }, { step: sms })).to.deep.equal({
      kind: 'proceed',
      remediation: 'enrollment-channel-data',
      values: { phoneNumber: '+15550100' },
    });
  });

  it('link sent by email or SMS: where it went, resend, polled', async () => {
    const email = as(readStep(await raw('authenticator-enroll-ov-email.json')), 'open-setup-link');
    expect(email).to.include({ channel: 'email', to: 'joy@okta.com' });
    expect(email.actions).to.include.members(['resend', 'switch-channel', 'choose-another']);
    expect(email.poll?.remediation).to.equal('enroll-poll');
    const sms = as(readStep(await raw('authenticator-enroll-ov-sms.json')), 'open-setup-link');
    expect(sms).to.include({ channel: 'sms', to: '+18008885555' });
  });

  it('an enrollment channel without a remediation of its own (same device, bootstrap) is its own step, polled', async () => {
    for (const file of ['authenticator-enroll-ov-same-device.json', 'authenticator-enroll-ov-device-bootstrap.json']) {
      const step = as(readStep(await raw(file)), 'set-up-on-this-device');
      expect(step.poll, file).to.deep.equal({ remediation: 'enroll-poll', refreshMs: 4000 });
      expect(step.messages, file).to.deep.equal([]);
    }
  });

  it('QR enrollment refused for the device\'s version: the QR step with the server\'s error, still polled', async () => {
    const step = as(readStep(await raw('authenticator-enroll-ov-qr-version-upgrade.json')), 'scan-qr-code');
    expect(step.qrCode).to.match(/^data:image\/png;base64,/);
    expect(step.poll).to.deep.equal({ remediation: 'enroll-poll', refreshMs: 4000 });
    expect(step.messages.map((m) => [m.key, m.level])).to.deep.equal([['oie.authenticator.app.non_fips_compliant_enrollment_device_incompatible', 'error']]);
    expect(step.messages[0]!.text).to.contain('not FIPS compliant');
    expect(step.actions).to.include.members(['switch-channel', 'choose-another', 'cancel']);
  });

  it('expired password: rules from the password settings, no skip', async () => {
    const step = as(readStep(await raw('authenticator-expired-password.json')), 'set-password');
    expect(step.purpose).to.equal('expired');
    expect(step.username).to.equal('testUser@okta.com');
    expect(step.rules).to.deep.equal({ minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, excludeUsername: true, maxConsecutiveRepeatingCharacters: 3 });
    expect(step.actions).to.not.include('skip');
    expect(STEPS['set-password'].submit!({ password: 'N3w-secret' }, { step, idx: undefined })).to.deep.equal({
      kind: 'proceed',
      remediation: 'reenroll-authenticator',
      values: { credentials: { passcode: 'N3w-secret' } },
    });
  });

  it('expired password with an enrollment list beside it', async () => {
    const step = as(readStep(await raw('authenticator-expired-password-with-enrollment-authenticator.json')), 'set-password');
    expect(step.purpose).to.equal('expired');
  });

  it('expiry warning: skip, days left, the expiring message', async () => {
    const fixture = await raw('authenticator-expiry-warning-password.json');
    const step = as(readStep(fixture), 'set-password');
    expect(step).to.include({ purpose: 'expiring', daysToExpiry: 4 });
    expect(step.actions).to.include('skip');
    expect(step.rules).to.include({ minSymbol: 1, excludeFirstName: true, historyCount: 4 });
    expect(step.messages.map((m) => [m.key, m.level])).to.deep.equal([['idx.password.expiring.message', 'info']]);
  });
});

describe('step readers: shapes that need no fixture', () => {
  it('password rules keep only sane numbers and true flags', () => {
    expect(readPasswordRules({ complexity: { minLength: '8', minNumber: -1, minSymbol: 1.5, excludeUsername: 'yes', minUpperCase: 2 }, age: { historyCount: 1e6 } })).to.deep.equal({ minUpperCase: 2 });
    expect(readPasswordRules(undefined)).to.deep.equal({});
  });

  it('only a short number is a number challenge', () => {
    const push = (correctAnswer: unknown): RawIdx => ({
      version: '1.0.0',
      remediation: { value: [{ name: 'challenge-poll', refresh: 4000, value: [] }] },
      currentAuthenticator: { value: { key: 'okta_verify', contextualData: { correctAnswer } } },
    });
    expect(as(readStep(push(42)), 'approve-push').correctAnswer).to.equal('42');
    expect(as(readStep(push('7')), 'approve-push').correctAnswer).to.equal('7');
    for (const bad of ['1234', 'x'.repeat(3000), '<b>9</b>', { n: 1 }]) {
      const step = as(readStep(push(bad)), 'approve-push');
      expect(step.correctAnswer, String(bad)).to.equal(undefined);
      expect(step.messages.map((m) => m.key), 'a clear error instead').to.deep.equal(['ovs.numberChallengeUnreadable']);
    }
    expect(as(readStep(push(null)), 'approve-push').messages).to.deep.equal([]);
  });

  it('every step has a registry entry and a view naming a defined element (loading renders nothing)', () => {
    for (const name of Object.keys(STEPS)) {
      if (name === 'loading') continue;
      const { tag } = STEP_VIEWS[name as ShownStep];
      expect(tag, name).to.match(/^[a-z]+(-[a-z]+)+$/);
      expect(customElements.get(tag), `${name}: <${tag}> is defined`).to.exist;
    }
  });
});
