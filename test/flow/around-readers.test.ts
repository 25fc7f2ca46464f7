/**
 * The sign-in around Okta Verify, read from Okta's captured responses: recovery, unlock, the password as a step,
 * email and phone, identity providers, keep me signed in, and the endings that only inform.
 */
import { expect } from '@open-wc/testing';
import { ACTIONS, actionLabels } from '../../src/flow/actions.js';
import { as, read, submit } from '../helpers/fixture-steps.js';
import { skipWithoutFixtures } from '../helpers/fixtures.js';

describe('the sign-in around Okta Verify, from Okta fixtures', () => {
  before(async function () {
    await skipWithoutFixtures(this);
  });

  it('identify offers "Forgot password?" from the password authenticator, and "Keep me signed in"', async () => {
    const step = as((await read('identify-with-password.json')).step, 'identify');
    expect(step.actions).to.include('recover');
    expect(step.rememberMe).to.equal(false);
    expect(actionLabels(step).recover).to.equal('forgotPassword');
    expect(step.actions, 'nothing to go back to on the first step').to.not.include('cancel');
  });

  it('identify offers "Unlock account?" when unlock-account is beside it', async () => {
    expect(as((await read('identify-with-unlock-account-link.json')).step, 'identify').actions).to.include('unlock');
  });

  it('recovery: the username, then the list that proves who you are, then a new password with "Sign me out of all other devices"', async () => {
    const identify = await read('identify-recovery.json');
    const step = as(identify.step, 'identify');
    expect(step).to.include({ purpose: 'recover', withPassword: false });
    expect(step.actions).to.include('cancel');
    expect(submit('identify', { username: 'ann@example.com' }, step, identify.raw)).to.deep.equal({ kind: 'proceed', remediation: 'identify-recovery', values: { identifier: 'ann@example.com' } });

    const list = as((await read('authenticator-verification-select-authenticator-for-recovery.json')).step, 'choose-authenticator');
    expect(list.purpose).to.equal('recover');
    expect(list.identifier).to.equal('testUser@okta.com');

    const reset = await read('authenticator-reset-password.json');
    const password = as(reset.step, 'set-password');
    expect(password).to.include({ purpose: 'reset', revokeSessions: false });
    expect(password.rules.minLength).to.be.a('number');
    expect(submit('set-password', { password: 'N3w-Secret!', revokeSessions: true }, password, reset.raw)).to.deep.equal({
      kind: 'proceed',
      remediation: 'reset-authenticator',
      values: { credentials: { passcode: 'N3w-Secret!', revokeSessions: true } },
    });
    const refused = as((await read('error-authenticator-reset-password-requirement.json')).step, 'set-password');
    expect(refused.messages.some((m) => m.level === 'error')).to.equal(true);
  });

  it('endings that only inform are not errors, and lead back to sign in', async () => {
    for (const file of ['terminal-reset-password-success.json', 'user-account-unlock-success.json', 'terminal-return-email.json']) {
      const step = as((await read(file, 'TERMINAL')).step, 'terminal');
      expect(step.info, file).to.equal(true);
      expect(actionLabels(step).restart, file).to.equal('backToSignIn');
    }
    const failed = as((await read('error-unlock-account.json', 'TERMINAL')).step, 'terminal');
    expect(failed.info).to.equal(false);
    expect(actionLabels(failed).restart).to.equal('startOver');
  });

  it('an email link opened elsewhere shows the code to type and where the sign-in began', async () => {
    const step = as((await read('terminal-return-otp-only-full-location.json', 'TERMINAL')).step, 'terminal');
    expect(step).to.include({ info: true, otp: '123456' });
    expect(step.requestedFrom).to.contain('Toronto');
  });

  it('unlock: the username and the authenticator on one screen, sent together', async () => {
    const unlock = await read('user-unlock-account.json');
    const step = as(unlock.step, 'choose-authenticator');
    expect(step).to.include({ purpose: 'unlock', withUsername: true });
    const email = step.authenticators.find((a) => a.key === 'okta_email')!;
    expect(submit('choose-authenticator', { authenticator: email, username: 'locked@example.com' }, step, unlock.raw)).to.deep.equal({
      kind: 'proceed',
      remediation: 'select-authenticator-unlock-account',
      values: { identifier: 'locked@example.com', authenticator: { id: email.id, methodType: 'email' } },
    });
  });

  it('the password as a step (identifier first), with "Forgot password?"', async () => {
    const challenge = await read('authenticator-verification-password.json');
    const step = as(challenge.step, 'enter-password');
    expect(step.identifier).to.equal('testUser@okta.com');
    expect(step.actions).to.include.members(['recover', 'choose-another', 'cancel']);
    expect(submit('enter-password', { password: 'secret' }, step, challenge.raw)).to.deep.equal({ kind: 'proceed', remediation: 'challenge-authenticator', values: { credentials: { passcode: 'secret' } } });
  });

  it('email: the code step with the masked address, resend, and a poll for the magic link', async () => {
    const step = as((await read('authenticator-verification-email.json')).step, 'enter-code');
    expect(step.authenticator.key).to.equal('okta_email');
    expect(step.sentTo).to.equal('i**a@h***o.net');
    expect(step.actions).to.include('resend');
    expect(step.poll).to.deep.equal({ action: 'currentAuthenticatorEnrollment-poll', refreshMs: 4000 });
    const enroll = as((await read('authenticator-enroll-email.json')).step, 'enter-code');
    expect(enroll.purpose).to.equal('enroll');
    expect(enroll.poll?.action).to.match(/-poll$/);
  });

  it('phone: an SMS code step, and enrollment with the number and SMS or voice', async () => {
    const sms = as((await read('authenticator-verification-phone-sms.json')).step, 'enter-code');
    expect(sms).to.include({ sentTo: '+1 XXX-XXX-2342' });
    expect(sms.actions).to.include('resend');
    const data = await read('authenticator-enroll-data-phone.json');
    const step = as(data.step, 'enter-phone-number');
    expect(step.methods).to.deep.equal(['sms', 'voice']);
    expect(submit('enter-phone-number', { phoneNumber: '+15550100', method: 'voice' }, step, data.raw)).to.deep.include({ kind: 'proceed', remediation: 'authenticator-enrollment-data' });
    expect(as((await read('authenticator-enroll-phone.json')).step, 'enter-code').purpose).to.equal('enroll');
  });

  it('identity providers: one button each, and choosing one leaves for its address', async () => {
    const idps = await read('identify-with-third-party-idps.json');
    const step = as(idps.step, 'identify');
    expect(step.identityProviders.map((p) => p.name)).to.include.members(['Google IDP', 'Facebook IDP', 'Apple IDP']);
    const move = submit('identify', { identityProvider: 'google-123' }, step, idps.raw);
    expect(move.kind).to.equal('redirect');
    expect(move.kind === 'redirect' && move.href).to.match(/\/sso\/idps\/google-123\?stateToken=/);
  });

  it('keep me signed in: a yes-or-no question, sent as keepMeSignedIn', async () => {
    const kmsi = await read('post-auth-keep-me-signed-in.json');
    const step = as(kmsi.step, 'keep-signed-in');
    expect(submit('keep-signed-in', { keepSignedIn: true }, step, kmsi.raw)).to.deep.equal({ kind: 'proceed', remediation: 'keep-me-signed-in', values: { keepMeSignedIn: true } });
  });

  it('a custom push app is a push step under its own name; a FastPass challenge is never shown as a push', async () => {
    const push = as((await read('authenticator-verification-custom-app-push.json')).step, 'approve-push');
    expect(push.authenticator).to.include({ key: 'custom_app', displayName: 'Custom Push' });
    for (const file of ['authenticator-verification-okta-verify-signed-nonce-loopback.json', 'authenticator-verification-okta-verify-signed-nonce-app-link.json']) {
      expect((await read(file)).step.name, file).to.not.equal('approve-push');
    }
  });

  it('Okta asks how to verify with Okta Verify: its methods at once, and "Send push automatically"', async () => {
    const data = await read('authenticator-verification-data-okta-verify-push-autoChallenge-off.json');
    const step = as(data.step, 'choose-method');
    expect(step).to.deep.include({ methods: ['push'], autoChallenge: false });
    expect(submit('choose-method', { method: 'push', autoChallenge: true }, step, data.raw)).to.deep.equal({
      kind: 'proceed',
      remediation: 'authenticator-verification-data',
      values: { authenticator: { id: 'aut1ejvmCE1iWalJR0g4', methodType: 'push', autoChallenge: true } },
    });
    const only = as((await read('authenticator-verification-data-ov-only-without-device-known.json')).step, 'choose-method');
    expect(only.methods).to.deep.equal(['push', 'totp', 'signed_nonce']);
    expect(only.autoChallenge).to.equal(undefined);
  });

  it('every action has its words', () => {
    for (const [name, row] of Object.entries(ACTIONS)) expect(row.label(), name).to.be.a('string');
  });
});
