import { expect } from '@open-wc/testing';
import type { RawIdx } from '../../src/flow/idx/raw.js';
import { readStep } from '../../src/flow/registry.js';
import type { Step } from '../../src/flow/model.js';
import { loadFixture, skipWithoutFixtures } from '../helpers/fixtures.js';

async function stepOf(name: string, status = 'PENDING'): Promise<Step> {
  return readStep(await loadFixture<RawIdx>(name), status);
}

describe('readStep: Okta fixtures → step model', () => {
  before(async function () {
    await skipWithoutFixtures(this);
  });

  it('identify with password', async () => {
    const step = await stepOf('identify-with-password.json');
    expect(step).to.include({ name: 'identify', withPassword: true });
    expect(step.messages).to.deep.equal([]);
  });

  it('identifier-first identify asks for the username only', async () => {
    expect(await stepOf('identify.json')).to.include({ name: 'identify', withPassword: false });
  });

  it('a failed identify keeps the form and carries errors.E0000004', async () => {
    const step = await stepOf('identify-unknown-user.json');
    expect(step.name).to.equal('identify');
    expect(step.messages.map((m) => [m.key, m.level])).to.deep.include(['errors.E0000004', 'error']);
  });

  it('select list with Okta Verify methods and password', async () => {
    const step = await stepOf('authenticator-verification-select-authenticator-ov-m2.json');
    if (step.name !== 'choose-authenticator') throw new Error(step.name);
    const ov = step.authenticators.find((a) => a.key === 'okta_verify');
    expect(ov?.methods).to.include.members(['push', 'totp']);
    expect(ov?.id).to.be.a('string');
    expect(step.authenticators.map((a) => a.key)).to.include('okta_password');
  });

  it('the long select list resolves every option to an authenticator key', async () => {
    const step = await stepOf('authenticator-verification-select-authenticator.json');
    if (step.name !== 'choose-authenticator') throw new Error(step.name);
    expect(step.authenticators.length).to.be.greaterThan(10);
    expect(step.authenticators.every((a) => a.key !== 'unknown')).to.equal(true);
    expect(step.authenticators.find((a) => a.key === 'phone_number')?.methods).to.include('sms');
  });

  it('Okta Verify TOTP challenge', async () => {
    const step = await stepOf('authenticator-verification-okta-verify-totp.json');
    expect(step.name).to.equal('enter-code');
    expect(step.actions).to.include('choose-another');
  });

  it('wrong TOTP puts PASSCODE_INVALID on the code field', async () => {
    const step = await stepOf('error-okta-verify-totp.json');
    expect(step.name).to.equal('enter-code');
    expect(step.messages).to.deep.include({
      text: 'Invalid code. Try again.',
      key: 'api.authn.error.PASSCODE_INVALID',
      level: 'error',
      field: 'code',
    });
  });

  it('push sent: waiting with the server refresh interval', async () => {
    const step = await stepOf('authenticator-verification-okta-verify-push.json');
    expect(step).to.include({ name: 'approve-push', waiting: true });
    expect(step.poll).to.deep.equal({ remediation: 'challenge-poll', refreshMs: 4000 });
  });

  it('number challenge carries the number to tap', async () => {
    expect(await stepOf('authenticator-verification-number-challenge.json')).to.include({
      name: 'approve-push',
      correctAnswer: '10',
    });
  });

  it('rejected push stops waiting and offers resend', async () => {
    const step = await stepOf('authenticator-verification-okta-verify-reject-push.json');
    expect(step).to.include({ name: 'approve-push', waiting: false });
    expect(step.actions).to.include('resend');
    expect(step.messages.map((m) => m.key)).to.include('api.authn.poll.error.push_rejected');
  });

  it('expired session is terminal', async () => {
    const step = await stepOf('error-401-session-expired.json', 'TERMINAL');
    expect(step.name).to.equal('terminal');
    expect(step.messages.map((m) => m.key)).to.deep.equal(['idx.session.expired']);
  });

  it('a remediation the widget does not render is reported, not guessed', async () => {
    const raw = await loadFixture<RawIdx>('identify.json');
    const renamed = { ...raw, remediation: { value: raw.remediation!.value!.map((r, i) => (i === 0 ? { ...r, name: 'future-remediation' } : r)) } };
    expect(readStep(renamed)).to.include({ name: 'unsupported', remediation: 'future-remediation' });
  });
});
