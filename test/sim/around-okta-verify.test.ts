/**
 * The sign-in around Okta Verify, end to end at the protocol level: forgot password (Okta Verify push and
 * code, email), unlock account, the identifier-first app, email codes and magic links, SMS and voice, email
 * and phone enrollment, the identity provider's round trip, the hosted sign-in with the authorization code
 * grant, and keep me signed in.
 */
import { expect } from '@open-wc/testing';
import { CATALOG, DEFAULT_USERS, type SeedUser } from '../../sim/index.js';
import { Driver, IDENTIFIER_FIRST, PASSWORD, REDIRECT_URI, idClaims, interactionCodeOf, messageKeys, remediation, remediationNames, type Json, type Reply } from './driver.js';

const VERIFIED = 'verified@example.com';
const LOCKED = 'locked@example.com';
const EMAIL = 'email@example.com';
const PHONE = 'phone@example.com';
const OV_ID = CATALOG.okta_verify.id;
const NEW_PASSWORD = 'Brand-New-Pass-7';

/** The authenticator keys a reply's list offers. */
function listed(body: Json): string[] {
  return (body.authenticatorEnrollments?.value ?? []).map((e: Json) => e.key);
}

describe('simulator: the sign-in around Okta Verify', () => {
  let d: Driver;
  beforeEach(() => {
    d = new Driver({ pollRefreshMs: 100 });
  });

  const approve = (username: string) => d.send(`/sim/users/${encodeURIComponent(username)}/push/approve`, { json: {} });

  describe('forgot password', () => {
    it('with an Okta Verify push: the policy holds, then the user is signed in and the new password stays', async () => {
      const start = await d.start();
      expect(start.body.currentAuthenticator.value.recover.href).to.equal('http://sim.test/idp/idx/recover');
      expect(remediationNames((await d.idx('/idp/idx/recover')).body)).to.deep.equal(['identify-recovery']);
      const list = await d.idx('/idp/idx/identify', { identifier: VERIFIED });
      expect(listed(list.body), 'the password is what is recovered, not a way to prove it').to.deep.equal(['okta_verify']);
      expect(list.body.recoveryAuthenticator.value.key).to.equal('okta_password');
      await d.select(list, 'okta_verify', 'push');
      expect(remediationNames((await d.poll()).body)[0]).to.equal('challenge-poll');
      await approve(VERIFIED);
      const reset = await d.poll();
      expect(remediationNames(reset.body)).to.deep.equal(['reset-authenticator']);

      const weak = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: 'short' } });
      expect(weak.status).to.equal(400);
      expect(messageKeys(weak.body)).to.deep.equal(['password.passwordRequirementsNotMet']);
      const same = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
      expect(messageKeys(same.body)).to.deep.equal(['password.passwordHistory']);
      const done = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD, revokeSessions: false } });
      const token = await d.exchange(interactionCodeOf(done.body));
      expect(token.status).to.equal(200);
      expect(idClaims(token).amr).to.include.members(['swk', 'pwd']);

      const again = d.another();
      await again.start();
      expect((await again.identify(VERIFIED)).status, 'the old password').to.equal(401);
      expect(remediationNames((await again.identify(VERIFIED, NEW_PASSWORD)).body)).to.deep.equal(['select-authenticator-authenticate']);
    });

    it('with an Okta Verify code on the identifier-first app: the password step offers recover; the app ends with idx.recovery.completed', async () => {
      await d.start(IDENTIFIER_FIRST);
      const password = await d.idx('/idp/idx/identify', { identifier: VERIFIED });
      expect(password.body.currentAuthenticatorEnrollment.value.recover).to.exist;
      const list = await d.idx('/idp/idx/recover');
      expect(listed(list.body)).to.deep.equal(['okta_verify']);
      await d.select(list, 'okta_verify', 'totp');
      await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
      const end = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: NEW_PASSWORD, revokeSessions: true } });
      expect(end.status).to.equal(200);
      expect(messageKeys(end.body)).to.deep.equal(['idx.recovery.completed']);
      expect(end.body.remediation).to.equal(undefined);
      expect((await d.poll()).status, 'the transaction has ended').to.equal(401);
    });

    it('with an email code; an unknown user reads like a failed sign-in', async () => {
      await d.start();
      await d.idx('/idp/idx/recover');
      const unknown = await d.idx('/idp/idx/identify', { identifier: 'nobody@example.com' });
      expect(unknown.status).to.equal(401);
      expect(messageKeys(unknown.body)).to.deep.equal(['errors.E0000004']);
      const list = await d.idx('/idp/idx/identify', { identifier: EMAIL });
      await d.select(list, 'okta_email');
      const { code } = await d.message(EMAIL);
      expect(remediationNames((await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: code } })).body)).to.deep.equal(['reset-authenticator']);
    });

    it('a user with nothing to recover with is told E0000017 at the password step', async () => {
      await d.start(IDENTIFIER_FIRST);
      await d.idx('/idp/idx/identify', { identifier: 'expired@example.com' });
      const refused = await d.idx('/idp/idx/recover');
      expect(refused.status).to.equal(403);
      expect(messageKeys(refused.body)).to.deep.equal(['E0000017']);
      expect(remediationNames(refused.body)[0]).to.equal('challenge-authenticator');
    });

    it('can be switched off: no recover action, and /idp/idx/recover is refused', async () => {
      await d.settings({ recovery: false });
      const start = await d.start();
      expect(start.body.currentAuthenticator.value.recover).to.equal(undefined);
      expect((await d.idx('/idp/idx/recover')).status).to.equal(400);
    });
  });

  describe('unlock account', () => {
    it('a locked user gets E0000069 with unlock offered; unlocking with an Okta Verify push lets the password work again', async () => {
      await d.start();
      const refused = await d.identify(LOCKED);
      expect(refused.status).to.equal(403);
      expect(messageKeys(refused.body)).to.deep.equal(['E0000069']);
      expect(remediationNames(refused.body)).to.include('unlock-account');

      const form = await d.idx('/idp/idx/unlock-account');
      expect(remediationNames(form.body)).to.deep.equal(['select-authenticator-unlock-account']);
      const blank = await d.idx('/idp/idx/challenge', { identifier: '', authenticator: { id: OV_ID, methodType: 'push' } });
      expect(messageKeys(blank.body)).to.deep.equal(['model.validation.field.blank']);
      await d.idx('/idp/idx/challenge', { identifier: LOCKED, authenticator: { id: OV_ID, methodType: 'push' } });
      await approve(LOCKED);
      const done = await d.poll();
      expect(done.status).to.equal(200);
      expect(messageKeys(done.body)).to.deep.equal(['oie.selfservice.unlock_user.success.message']);

      const again = d.another();
      await again.start();
      expect(remediationNames((await again.identify(LOCKED)).body)).to.deep.equal(['select-authenticator-authenticate']);
    });

    it('an authenticator the user lacks is refused with Okta\'s unlock error', async () => {
      await d.start();
      await d.idx('/idp/idx/unlock-account');
      const refused = await d.idx('/idp/idx/challenge', { identifier: LOCKED, authenticator: { id: CATALOG.okta_email.id, methodType: 'email' } });
      expect(refused.status).to.equal(403);
      expect(messageKeys(refused.body)).to.deep.equal(['oie.selfservice.unlock_user.failed.message']);
    });
  });

  describe('identifier first', () => {
    it('username alone, then the password as a step; the next list no longer offers the password', async () => {
      const start = await d.start(IDENTIFIER_FIRST);
      const fields = remediation(start.body, 'identify')!.value.map((f: Json) => f.name);
      expect(fields).to.deep.equal(['identifier', 'rememberMe', 'stateHandle']);
      const password = await d.idx('/idp/idx/identify', { identifier: VERIFIED });
      expect(password.body.currentAuthenticatorEnrollment.value.key).to.equal('okta_password');
      const wrong = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: 'wrong' } });
      expect(messageKeys(wrong.body)).to.deep.equal(['incorrectPassword']);
      const list = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: PASSWORD } });
      expect(remediationNames(list.body)).to.deep.equal(['select-authenticator-authenticate']);
      expect(listed(list.body)).to.deep.equal(['okta_verify']);
      await d.select(list, 'okta_verify', 'totp');
      const done = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
      expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);
    });

    it('the one-page app no longer lists the password after identify either', async () => {
      await d.start();
      expect(listed((await d.identify(VERIFIED)).body)).to.deep.equal(['okta_verify']);
    });
  });

  describe('email', () => {
    it('a code and a magic link go out; a wrong code is refused, resend replaces the code', async () => {
      await d.start();
      const list = await d.identify(EMAIL);
      expect(listed(list.body)).to.deep.equal(['okta_email']);
      const challenge = await d.select(list, 'okta_email');
      const current = challenge.body.currentAuthenticatorEnrollment.value;
      expect(current.profile.email).to.equal('e***l@e*****e.com');
      expect(current.resend).to.exist;
      expect(current.poll.refresh).to.equal(100);
      const first = await d.message(EMAIL);
      expect(first).to.include({ channel: 'email', to: EMAIL, username: EMAIL });
      expect(first.code).to.match(/^\d{6}$/);
      expect(first.link).to.match(/^http:\/\/sim\.test\/email\/verify\/\w+$/);
      const wrong = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: first.code === '000000' ? '111111' : '000000' } });
      expect(messageKeys(wrong.body)).to.deep.equal(['api.authn.error.PASSCODE_INVALID']);
      await d.idx('/idp/idx/challenge/resend');
      const second = await d.message(EMAIL);
      expect(second.id).not.to.equal(first.id);
      if (second.code !== first.code) expect((await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: first.code } })).status).to.equal(400);
      const done = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: second.code } });
      const token = await d.exchange(interactionCodeOf(done.body));
      expect(idClaims(token).amr).to.include('email');
    });

    it('the magic link in the browser that started it: the poll goes on; elsewhere it shows the code and answers nothing', async () => {
      await d.start();
      await d.select(await d.identify(EMAIL), 'okta_email');
      const { link, code } = await d.message(EMAIL);
      const elsewhere = await d.send(new URL(link).pathname);
      expect(elsewhere.body.html).to.contain(code).and.contain('Enter the OTP in your original browser or device.');
      expect(remediationNames((await d.poll()).body)[0], 'still waiting').to.equal('challenge-authenticator');
      const opened = await d.send('/sim/messages/open', { json: { link } });
      expect(messageKeys(opened.body)).to.deep.equal(['idx.return.to.original.tab']);
      const done = await d.poll();
      expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);
      expect((await d.send('/sim/messages/open', { json: { link } })).status, 'the sign-in has ended').to.equal(404);
    });
  });

  describe('phone', () => {
    it('SMS and voice codes go to the number; resend sends another', async () => {
      await d.start();
      const list = await d.identify(PHONE);
      const sms = await d.select(list, 'phone_number', 'sms');
      expect(sms.body.currentAuthenticatorEnrollment.value.profile.phoneNumber).to.equal('+1 XXX-XXX-0143');
      expect(await d.message(PHONE)).to.include({ channel: 'sms', to: '+15550100143' });
      await d.select(sms, 'phone_number', 'voice');
      const voice = await d.message(PHONE);
      expect(voice.channel).to.equal('voice');
      await d.idx('/idp/idx/challenge/resend');
      const again = await d.message(PHONE);
      expect(again).to.include({ channel: 'voice' });
      expect(again.id).not.to.equal(voice.id);
      const done = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: again.code } });
      expect(idClaims(await d.exchange(interactionCodeOf(done.body))).amr).to.include('tel');
    });
  });

  describe('email and phone enrollment', () => {
    const enrolling: SeedUser = {
      id: '00uenrolling0000002',
      username: 'enrolling@example.com',
      password: PASSWORD,
      givenName: 'Enzo',
      familyName: 'Enrolling',
      authenticators: ['okta_password'],
      enroll: { optional: ['phone_number', 'okta_email'] },
    };

    beforeEach(() => {
      d = new Driver({ users: [...DEFAULT_USERS, enrolling] });
    });

    it('phone: a malformed number on its field, then the code enrolls it and signs in', async () => {
      await d.start();
      await d.identify(enrolling.username);
      const data = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id } });
      expect(remediationNames(data.body)[0]).to.equal('authenticator-enrollment-data');
      const bad = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id, methodType: 'sms', phoneNumber: '12' } });
      expect(bad.status).to.equal(400);
      expect(messageKeys(bad.body)).to.deep.equal(['api.factors.error.sms.invalid_phone']);
      const sent = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id, methodType: 'voice', phoneNumber: '+1 (555) 010-0199' } });
      expect(remediationNames(sent.body)[0]).to.equal('enroll-authenticator');
      const message = await d.message(enrolling.username);
      expect(message).to.include({ channel: 'voice', to: '+15550100199' });
      const next = await d.idx('/idp/idx/challenge/answer', { credentials: { passcode: message.code } });
      expect(remediationNames(next.body), 'email is still offered, and may be put off').to.deep.equal(['select-authenticator-enroll', 'skip']);
      expect(next.body.authenticators.value.map((a: Json) => a.key)).to.deep.equal(['okta_email']);
      const done = await d.idx('/idp/idx/skip');
      expect(done.body.successWithInteractionCode).to.exist;
      const users = (await d.send('/sim/users')).body as unknown as Json[];
      expect(users.find((u) => u.username === enrolling.username)!.authenticators.map((a: Json) => a.key)).to.include('phone_number');
    });

    it('email: the code to the user\'s address, or the magic link, enrolls it', async () => {
      await d.start();
      await d.identify(enrolling.username);
      const sent = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.okta_email.id } });
      expect(sent.body.currentAuthenticator.value.poll).to.exist;
      const { link } = await d.message(enrolling.username);
      await d.send('/sim/messages/open', { json: { link } });
      const next = await d.poll();
      expect(remediationNames(next.body)).to.deep.equal(['select-authenticator-enroll', 'skip']);
      expect((await d.idx('/idp/idx/skip')).body.successWithInteractionCode, 'the enrollment is the second factor').to.exist;
    });
  });

  describe('identity provider', () => {
    it('redirect-idp → the provider\'s page → 302 to the redirect URI with interaction_code and state → tokens', async () => {
      const start = await d.start();
      const idp = remediation(start.body, 'redirect-idp')!;
      expect(idp).to.include({ method: 'GET', type: 'OIDC' });
      expect(idp.idp.name).to.equal('Example IdP');
      const href = new URL(idp.href);
      expect(href.searchParams.get('stateToken')).to.equal(d.stateHandle);
      const page = await d.send(`${href.pathname}${href.search}`);
      expect(page.status).to.equal(200);
      expect(page.body.html).to.contain('Sign in to Example IdP as').and.contain(VERIFIED);
      const back = await d.send(href.pathname, { form: { stateToken: d.stateHandle, username: VERIFIED } });
      expect(back.status).to.equal(302);
      const location = new URL(back.headers.get('location')!);
      expect(`${location.origin}${location.pathname}`).to.equal(REDIRECT_URI);
      expect(location.searchParams.get('state')).to.equal('s'.repeat(64));
      const token = await d.exchange(location.searchParams.get('interaction_code')!);
      expect(token.status).to.equal(200);
      expect(idClaims(token)).to.include({ preferred_username: VERIFIED });
      expect(idClaims(token).amr).to.deep.equal(['fed']);
    });

    it('an unknown or ended sign-in gets a page, no redirect; the org may switch the provider off', async () => {
      await d.start();
      const stale = await d.send('/sso/idps/0oasimidp0000000001?stateToken=nope');
      expect(stale.status).to.equal(401);
      expect(stale.headers.get('location')).to.equal(null);
      await d.settings({ idp: false });
      expect(remediationNames((await d.send('/idp/idx/introspect', { json: { interactionHandle: d.interactionHandle } })).body)).not.to.include('redirect-idp');
    });
  });

  describe('hosted sign-in', () => {
    const authorize = async (extra: Record<string, string> = {}) =>
      new URLSearchParams({
        client_id: 'okta-verify-signin-demo',
        redirect_uri: REDIRECT_URI,
        response_type: 'code',
        scope: 'openid profile',
        state: 'st-1',
        nonce: 'n-1',
        code_challenge: await d.challenge(),
        code_challenge_method: 'S256',
        ...extra,
      });

    const token = (code: string, overrides: Record<string, string> = {}) =>
      d.send('/oauth2/default/v1/token', {
        form: { grant_type: 'authorization_code', code, client_id: 'okta-verify-signin-demo', redirect_uri: REDIRECT_URI, code_verifier: d.verifier, ...overrides },
      });

    it('the page, the Okta Verify code, a 302 with code and state, and one exchange with PKCE', async () => {
      const params = await authorize({ login_hint: VERIFIED });
      const page = await d.send(`/oauth2/default/v1/authorize?${params}`);
      expect(page.status).to.equal(200);
      expect(page.body.html).to.contain(`value="${VERIFIED}"`);
      const fields = Object.fromEntries(params);
      const wrong = await d.send('/oauth2/default/v1/authorize', { form: { ...fields, username: VERIFIED, password: 'wrong', code: '' } });
      expect(wrong.status).to.equal(401);
      const noCode = await d.send('/oauth2/default/v1/authorize', { form: { ...fields, username: VERIFIED, password: PASSWORD, code: '' } });
      expect(noCode.status, 'a user with Okta Verify needs its code').to.equal(401);
      const ok = await d.send('/oauth2/default/v1/authorize', { form: { ...fields, username: VERIFIED, password: PASSWORD, code: await d.code(VERIFIED) } });
      expect(ok.status).to.equal(302);
      const location = new URL(ok.headers.get('location')!);
      expect(location.searchParams.get('state')).to.equal('st-1');
      const code = location.searchParams.get('code')!;
      expect((await token(code, { code_verifier: 'x'.repeat(43) })).body.error, 'a wrong verifier uses the code up').to.equal('invalid_grant');

      const again = await d.send('/oauth2/default/v1/authorize', { form: { ...fields, username: 'email@example.com', password: PASSWORD } });
      const code2 = new URL(again.headers.get('location')!).searchParams.get('code')!;
      const tokens = await token(code2);
      expect(tokens.status).to.equal(200);
      expect(idClaims(tokens)).to.include({ nonce: 'n-1', preferred_username: 'email@example.com' });
      expect((await token(code2)).body.error, 'once').to.equal('invalid_grant');
    });

    it('a bad client or an unregistered redirect URI gets an error page and no redirect; other errors go back to the app', async () => {
      const badClient = await d.send(`/oauth2/default/v1/authorize?${await authorize({ client_id: 'nope' })}`);
      expect(badClient.status).to.equal(400);
      expect(badClient.headers.get('location')).to.equal(null);
      const badRedirect = await d.send(`/oauth2/default/v1/authorize?${await authorize({ redirect_uri: 'https://evil.example/cb' })}`);
      expect(badRedirect.status).to.equal(400);
      expect(badRedirect.headers.get('location')).to.equal(null);
      const noPkce = await d.send(`/oauth2/default/v1/authorize?${await authorize({ code_challenge_method: 'plain' })}`);
      expect(noPkce.status).to.equal(302);
      expect(new URL(noPkce.headers.get('location')!).searchParams.get('error')).to.equal('invalid_request');
    });
  });

  describe('keep me signed in', () => {
    const signIn = async (username: string, rememberMe?: boolean): Promise<Reply> => {
      await d.start();
      await d.select(await d.idx('/idp/idx/identify', { identifier: username, credentials: { passcode: PASSWORD }, rememberMe }), 'okta_verify', 'totp');
      return d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(username) } });
    };

    it('when the org asks: keep-me-signed-in before success, accepted or skipped; identify\'s box answers it beforehand', async () => {
      await d.settings({ keepMeSignedIn: true });
      const asked = await signIn(VERIFIED);
      expect(remediationNames(asked.body)).to.deep.equal(['keep-me-signed-in']);
      expect((await d.idx('/idp/idx/keep-me-signed-in', { keepMeSignedIn: 'yes' })).status).to.equal(400);
      const done = await d.idx('/idp/idx/keep-me-signed-in', { keepMeSignedIn: false });
      expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);

      d = d.another();
      expect((await signIn('number@example.com', true)).body.successWithInteractionCode).to.exist;
    });

    it('reset restores the org\'s settings', async () => {
      await d.settings({ keepMeSignedIn: true, recovery: false, unlockAccount: false, idp: false, rememberMe: false });
      expect((await d.settings({ idp: 'no' })).status).to.equal(400);
      await d.send('/sim/reset', { method: 'POST' });
      expect((await d.send('/sim/settings')).body).to.include({ keepMeSignedIn: false, recovery: true, unlockAccount: true, idp: true, rememberMe: true });
    });
  });
});
