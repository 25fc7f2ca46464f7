/**
 * Each IDX state the simulator produces, next to Okta's captured response for the same state: the primary
 * remediation, the remediation names (ours are a subset of Okta's, and the same list for enrollment and
 * password states), the password policy's settings, the field names and nesting of every
 * remediation both have, the current authenticator's key, contextual data and actions, and the message keys.
 * Ids, handles and labels are not compared. Okta's captures are read from ../shared/idx-fixtures; without
 * them this suite is skipped.
 */
import { expect } from '@open-wc/testing';
import { CATALOG, DEFAULT_USERS, type SeedUser } from '../../sim/index.js';
import { loadFixture, skipWithoutFixtures } from '../helpers/fixtures.js';
import { Driver, IDENTIFIER_FIRST, interactionCodeOf, messageKeys, remediationNames, type Json, type Reply } from './driver.js';

const VERIFIED = 'verified@example.com';
const NEW = 'new@example.com';
const OPTIONAL = 'optional@example.com';
const EXPIRED = 'expired@example.com';
const EXPIRING = 'expiring@example.com';
const LOCKED = 'locked@example.com';
const EMAIL = 'email@example.com';
const PHONE = 'phone@example.com';
const FASTPASS = 'fastpass@example.com';
/** Okta Verify's authenticator id in the simulated org. */
const OV_ID = CATALOG.okta_verify.id;

/** A user the org asks to set up email or phone. */
const ENROLLING: SeedUser = {
  id: '00uenrolling0000001',
  username: 'enrolling@example.com',
  password: 'Okta-Verify-1',
  givenName: 'Enzo',
  familyName: 'Enrolling',
  authenticators: ['okta_password'],
  enroll: { required: ['okta_email', 'phone_number'] },
};

/** Field names with their nesting: `credentials{passcode}`, `authenticator[options]`, `authenticator{id,methodType}`. */
function fieldTree(fields: Json[] | undefined): string[] {
  return (fields ?? [])
    .filter((f) => f.name !== 'stateHandle')
    .map((f) => {
      const nested = f.form?.value ?? f.value?.form?.value;
      if (nested) return `${f.name}{${fieldTree(nested).join(',')}}`;
      if (f.options && f.type === 'object') return `${f.name}[options]`;
      return f.name;
    });
}

function current(body: Json): Json | undefined {
  return body.currentAuthenticator?.value ?? body.currentAuthenticatorEnrollment?.value;
}

/** The parts of a response that must agree with Okta's. */
function shapeOf(body: Json) {
  const cur = current(body);
  return {
    version: body.version,
    primary: remediationNames(body)[0],
    success: !!body.successWithInteractionCode,
    successFields: fieldTree(body.successWithInteractionCode?.value),
    currentKey: cur?.key,
    contextualData: Object.keys(cur?.contextualData ?? {}).sort(),
    messages: messageKeys(body),
  };
}

/** States whose remediation list is Okta's exactly, in Okta's order. */
const SAME_REMEDIATIONS = new Set([
  'authenticator-enroll-select-authenticator.json',
  'authenticator-enroll-select-authenticator-with-skip.json',
  'authenticator-enroll-ov-qr.json',
  'authenticator-enroll-ov-via-email.json',
  'authenticator-enroll-ov-via-sms.json',
  'authenticator-enroll-ov-email.json',
  'authenticator-enroll-ov-sms.json',
  'authenticator-expired-password.json',
  'authenticator-expiry-warning-password.json',
  'authenticator-enroll-ov-same-device.json',
  'authenticator-enroll-ov-device-bootstrap.json',
  'authenticator-verification-custom-app-push.json',
]);

/** Every leaf of a JSON value as `path: type`, for comparing shapes. */
function leafTypes(value: unknown, path = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => leafTypes(v, path ? `${path}.${k}` : k));
  return [`${path}: ${Array.isArray(value) ? 'array' : typeof value}`];
}

function compare(ours: Json, okta: Json, fixture: string): void {
  expect(shapeOf(ours), fixture).to.deep.equal(shapeOf(okta));
  const oktaNames = remediationNames(okta);
  if (SAME_REMEDIATIONS.has(fixture)) expect(remediationNames(ours), `${fixture}: the remediations`).to.deep.equal(oktaNames);
  for (const r of ours.remediation?.value ?? []) {
    expect(oktaNames, `${fixture}: remediation ${r.name}`).to.include(r.name);
    const theirs = okta.remediation.value.find((o: Json) => o.name === r.name);
    expect(fieldTree(r.value), `${fixture}: fields of ${r.name}`).to.deep.equal(fieldTree(theirs.value));
    expect(r.refresh === undefined, `${fixture}: refresh on ${r.name}`).to.equal(theirs.refresh === undefined);
    expect(!!r.relatesTo, `${fixture}: relatesTo on ${r.name}`).to.equal(!!theirs.relatesTo);
  }
  // The actions on the current authenticator that the widget uses (resend) exist on both, or on neither.
  const hasResend = (b: Json) => !!current(b)?.resend;
  if (hasResend(okta)) expect(hasResend(ours), `${fixture}: currentAuthenticator.resend`).to.equal(true);
}

/** The Okta Verify option of the verify list: its form fields (id, methodType). */
function oktaVerifyOption(body: Json): string[] {
  const list = body.remediation.value.find((r: Json) => r.name === 'select-authenticator-authenticate');
  const option = list.value[0].options.find((o: Json) => /okta verify/i.test(o.label) || o.relatesTo?.includes('authenticators.value[0]'));
  return option.value.form.value.map((f: Json) => f.name);
}

/** The media type a response's forms declare they produce, if any does. */
function produces(body: Json): string | undefined {
  return JSON.stringify(body).match(/"produces":"([^"]+)"/)?.[1];
}

/** What Okta's forms declare they produce, as the success capture has it. */
async function declaredByOkta(): Promise<string> {
  const type = produces(await loadFixture<Json>('success-with-interaction-code.json'));
  if (!type) throw new Error('success-with-interaction-code.json declares no media type');
  return type;
}

/** Forgot password for the verified user, proven with an Okta Verify code: the reply asks for the new password. */
async function toReset(d: Driver, clientId?: string): Promise<Reply> {
  await d.start(clientId);
  if (clientId === IDENTIFIER_FIRST) await d.idx('/idp/idx/identify', { identifier: VERIFIED });
  else await d.idx('/idp/idx/recover');
  if (clientId === IDENTIFIER_FIRST) await d.idx('/idp/idx/recover');
  else await d.idx('/idp/idx/identify', { identifier: VERIFIED });
  await d.idx('/idp/idx/challenge', { authenticator: { id: OV_ID, methodType: 'totp' } });
  return d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
}

describe('simulator responses have the shape of Okta\'s captured ones', function () {
  before(async function () {
    await skipWithoutFixtures(this);
  });

  let d: Driver;
  beforeEach(async () => {
    d = new Driver({ pollRefreshMs: 4000 });
  });

  const cases: Array<[string, string, () => Promise<Reply>, number?]> = [
    ['introspect: username and password', 'identify-with-password.json', async () => (await d.settings({ idp: false, unlockAccount: false }), d.start())],
    ['identify: wrong password', 'error-wrong-password.json', async () => (await d.settings({ idp: false }), await d.start(), d.identify(VERIFIED, 'wrong')), 401],
    ['identifier first', 'identify.json', async () => (await d.settings({ idp: false, unlockAccount: false }), d.start(IDENTIFIER_FIRST))],
    ['identify with "Unlock account?"', 'identify-with-unlock-account-link.json', async () => (await d.settings({ idp: false }), d.start(IDENTIFIER_FIRST))],
    ['identify with the identity provider', 'identify-with-third-party-idps.json', async () => (await d.settings({ rememberMe: false, unlockAccount: false }), d.start(IDENTIFIER_FIRST))],
    ['identifier first: the password as a step', 'authenticator-verification-password.json', async () => (await d.start(IDENTIFIER_FIRST), d.idx('/idp/idx/identify', { identifier: VERIFIED }))],
    ['identifier first: wrong password', 'error-authenticator-verify-password.json', async () => {
      await d.start(IDENTIFIER_FIRST);
      await d.idx('/idp/idx/identify', { identifier: VERIFIED });
      return d.idx('/idp/idx/challenge/answer', { credentials: { passcode: 'wrong' } });
    }, 400],
    ['forgot password: the username', 'identify-recovery.json', async () => (await d.start(), d.idx('/idp/idx/recover'))],
    ['forgot password: the recovery list', 'authenticator-verification-select-authenticator-for-recovery.json', async () => {
      await d.start();
      await d.idx('/idp/idx/recover');
      return d.idx('/idp/idx/identify', { identifier: VERIFIED });
    }],
    ['forgot password: the new password', 'authenticator-reset-password.json', () => toReset(d)],
    ['forgot password: a weak new password', 'error-authenticator-reset-password-requirement.json', async () => {
      await toReset(d);
      return d.idx('/idp/idx/challenge/answer', { credentials: { passcode: 'short' } });
    }, 400],
    ['forgot password: done, sign in again', 'terminal-reset-password-success.json', async () => {
      await toReset(d, IDENTIFIER_FIRST);
      return d.idx('/idp/idx/challenge/answer', { credentials: { passcode: 'Brand-New-Pass-7' } });
    }],
    ['unlock account: username and authenticator', 'user-unlock-account.json', async () => (await d.start(), d.idx('/idp/idx/unlock-account'))],
    ['unlock account: done', 'user-account-unlock-success.json', async () => {
      await d.start();
      await d.idx('/idp/idx/unlock-account');
      await d.idx('/idp/idx/challenge', { identifier: LOCKED, authenticator: { id: OV_ID, methodType: 'totp' } });
      return d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(LOCKED) } });
    }],
    ['unlock account: refused', 'error-unlock-account.json', async () => {
      await d.start();
      await d.idx('/idp/idx/unlock-account');
      return d.idx('/idp/idx/challenge', { identifier: 'nobody@example.com', authenticator: { id: OV_ID, methodType: 'totp' } });
    }, 403],
    ['email code sent', 'authenticator-verification-email.json', async () => (await d.start(), d.select(await d.identify(EMAIL), 'okta_email'))],
    ['magic link opened on another device', 'terminal-return-otp-only-full-location.json', async () => {
      await d.start();
      await d.select(await d.identify(EMAIL), 'okta_email');
      return d.send(new URL((await d.message(EMAIL)).link).pathname, { headers: { accept: 'application/json' } });
    }],
    ['SMS code sent', 'authenticator-verification-phone-sms.json', async () => (await d.start(), d.select(await d.identify(PHONE), 'phone_number', 'sms'))],
    ['email enrollment: the code', 'authenticator-enroll-email.json', async () => {
      d = new Driver({ users: [...DEFAULT_USERS, ENROLLING] });
      await d.start();
      await d.identify(ENROLLING.username);
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.okta_email.id } });
    }],
    ['phone enrollment: the number', 'authenticator-enroll-data-phone.json', async () => {
      d = new Driver({ users: [...DEFAULT_USERS, ENROLLING] });
      await d.start();
      await d.identify(ENROLLING.username);
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id } });
    }],
    ['phone enrollment: the code', 'authenticator-enroll-phone.json', async () => {
      d = new Driver({ users: [...DEFAULT_USERS, ENROLLING] });
      await d.start();
      await d.identify(ENROLLING.username);
      await d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id } });
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: CATALOG.phone_number.id, methodType: 'sms', phoneNumber: '+1 555 010 0199' } });
    }],
    ['keep me signed in', 'post-auth-keep-me-signed-in.json', async () => {
      await d.settings({ keepMeSignedIn: true });
      await d.start();
      await d.select(await d.identify(VERIFIED), 'okta_verify', 'totp');
      return d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
    }],
    ['select authenticator', 'authenticator-verification-select-authenticator-without-signed-nonce.json', async () => (await d.start(), d.identify(VERIFIED))],
    ['Okta Verify code', 'authenticator-verification-okta-verify-totp.json', async () => {
      await d.start();
      return d.select(await d.identify(VERIFIED), 'okta_verify', 'totp');
    }],
    ['Okta Verify code: wrong', 'error-okta-verify-totp.json', async () => {
      await d.start();
      await d.select(await d.identify(VERIFIED), 'okta_verify', 'totp');
      return d.idx('/idp/idx/challenge/answer', { credentials: { totp: '000000' === (await d.code(VERIFIED)) ? '111111' : '000000' } });
    }, 400],
    ['push sent', 'authenticator-verification-okta-verify-push.json', async () => {
      await d.start();
      return d.select(await d.identify(VERIFIED), 'okta_verify', 'push');
    }],
    ['push with number challenge', 'authenticator-verification-number-challenge.json', async () => {
      await d.start();
      return d.select(await d.identify('number@example.com'), 'okta_verify', 'push');
    }],
    ['push rejected', 'authenticator-verification-okta-verify-reject-push.json', async () => {
      await d.start();
      await d.select(await d.identify(VERIFIED), 'okta_verify', 'push');
      await d.send(`/sim/users/${VERIFIED}/push/deny`, { method: 'POST' });
      return d.idx('/idp/idx/challenge/poll');
    }],
    ['push sent automatically', 'authenticator-verification-okta-verify-push-autoChallenge-on.json', async () => {
      await d.send(`/sim/users/${VERIFIED}`, { method: 'PATCH', json: { autoChallenge: true } });
      await d.start();
      return d.identify(VERIFIED);
    }],
    ['success', 'success-with-interaction-code.json', async () => {
      await d.start();
      await d.select(await d.identify(VERIFIED), 'okta_verify', 'totp');
      return d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
    }],
    ['enrollment required', 'authenticator-enroll-select-authenticator.json', async () => (await d.start(), d.identify(NEW))],
    ['enrollment optional, with skip', 'authenticator-enroll-select-authenticator-with-skip.json', async () => (await d.start(), d.identify(OPTIONAL))],
    ['Okta Verify enrollment by QR code', 'authenticator-enroll-ov-qr.json', async () => {
      await d.start();
      await d.identify(NEW);
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    }],
    ['"Can\'t scan?": email address', 'authenticator-enroll-ov-via-email.json', async () => {
      await d.start();
      await d.identify(NEW);
      await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'email' } });
    }],
    ['"Can\'t scan?": phone number', 'authenticator-enroll-ov-via-sms.json', async () => {
      await d.start();
      await d.identify(NEW);
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'sms' } });
    }],
    ['setup link sent by email', 'authenticator-enroll-ov-email.json', async () => {
      await d.start();
      await d.identify(NEW);
      await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'email' } });
      return d.idx('/idp/idx/challenge/send', { email: 'nia@example.com' });
    }],
    ['setup link sent by SMS', 'authenticator-enroll-ov-sms.json', async () => {
      await d.start();
      await d.identify(NEW);
      await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'sms' } });
      return d.idx('/idp/idx/challenge/send', { phoneNumber: '+1 555 010 0142' });
    }],
    ['password expired', 'authenticator-expired-password.json', async () => (await d.start(), d.identify(EXPIRED))],
    ['password about to expire', 'authenticator-expiry-warning-password.json', async () => (await d.start(), d.identify(EXPIRING))],
    ['expired session', 'error-401-session-expired.json', async () => {
      await d.start();
      d.time += d.sim.settings.transactionLifetimeMs + 1;
      return d.identify(VERIFIED);
    }, 401],
    ['push timed out', 'error-404-verification-timed-out.json', async () => {
      await d.start();
      await d.select(await d.identify(VERIFIED), 'okta_verify', 'push');
      d.time += d.sim.settings.pushTimeoutMs + 1;
      return d.idx('/idp/idx/challenge/poll');
    }, 404],
  ];

  for (const [state, fixture, produce, status = 200] of cases) {
    it(`${state} ~ ${fixture}`, async () => {
      const okta = await loadFixture<Json>(fixture);
      const ours = await produce();
      expect(ours.status).to.equal(status);
      compare(ours.body, okta, fixture);
      // Terminal answers and playground captures declare none: they come with the type the captured forms declare.
      expect(ours.headers.get('content-type'), `${fixture}: Content-Type`).to.equal(produces(okta) ?? (await declaredByOkta()));
    });
  }

  it('a magic link opened in the browser that started the sign-in ~ terminal-return-email.json', async () => {
    const okta = await loadFixture<Json>('terminal-return-email.json');
    await d.start();
    await d.select(await d.identify(EMAIL), 'okta_email');
    const opened = await d.send('/sim/messages/open', { json: { link: (await d.message(EMAIL)).link } });
    expect(opened.status).to.equal(200);
    compare(opened.body, okta, 'terminal-return-email.json');
  });

  it('every enrollment and password state was compared with Okta\'s list of remediations', () => {
    const compared = [...cases, ...fastPassCases].map(([, fixture]) => fixture);
    expect(compared.filter((f) => SAME_REMEDIATIONS.has(f))).to.have.members([...SAME_REMEDIATIONS]);
  });

  /** Identify with FastPass offered: the org's identifier-first page, without the switches Okta's capture lacks. */
  const fastPassIdentify = async (method = 'LOOPBACK') => {
    await d.settings({ idp: false, unlockAccount: false, rememberMe: false, fastPass: true, fastPassMethod: method });
    return d.start(IDENTIFIER_FIRST);
  };
  const launched = async (method: string) => (await fastPassIdentify(method), d.idx('/idp/idx/authenticators/okta-verify/launch'));
  /** FastPass as Okta Verify's `signed_nonce` method, after the password. */
  const signedNonce = async (method: string) => {
    await d.settings({ fastPass: true, fastPassMethod: method });
    await d.start();
    return d.select(await d.identify(FASTPASS), 'okta_verify', 'signed_nonce');
  };
  /** The user's Okta Verify answers the transaction's challenge (on the first loopback port). */
  const deviceAnswers = async (challengeRequest: string) => {
    const port = d.sim.thisComputer.openPorts()[0]!;
    const res = await d.sim.thisComputer.fetch(port, new Request(`http://localhost:${port}/challenge`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://app.test' }, body: JSON.stringify({ challengeRequest }) }));
    expect(res?.status, 'the device answers the challenge').to.equal(200);
  };

  const fastPassCases: Array<[string, string, () => Promise<Reply>, number?]> = [
    ['identify offers "Sign in with Okta FastPass"', 'identify-with-device-probing-loopback-challenge-not-received.json', () => fastPassIdentify()],
    ['FastPass by loopback', 'identify-with-device-probing-loopback.json', () => launched('LOOPBACK')],
    ['FastPass by custom URI', 'identify-with-device-launch-authenticator.json', () => launched('CUSTOM_URI')],
    ['FastPass by app link', 'identify-with-app-link.json', () => launched('APP_LINK')],
    ['FastPass by universal link', 'identify-with-universal-link.json', () => launched('UNIVERSAL_LINK')],
    ['FastPass canceled: identify again', 'identify-with-device-probing-loopback-challenge-not-received.json', async () => {
      await launched('LOOPBACK');
      return d.idx('/idp/idx/authenticators/poll/cancel', { reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null });
    }],
    ['verify list with FastPass', 'authenticator-verification-select-authenticator-ov-m2.json', async () => {
      await d.settings({ fastPass: true });
      await d.start();
      return d.identify(FASTPASS);
    }],
    ['signed_nonce by loopback', 'authenticator-verification-okta-verify-signed-nonce-loopback.json', () => signedNonce('LOOPBACK')],
    ['signed_nonce by custom URI', 'authenticator-verification-okta-verify-signed-nonce-custom-uri.json', () => signedNonce('CUSTOM_URI')],
    ['signed_nonce by app link', 'authenticator-verification-okta-verify-signed-nonce-app-link.json', () => signedNonce('APP_LINK')],
    ['signed_nonce by universal link', 'authenticator-verification-okta-verify-signed-nonce-universal-link.json', () => signedNonce('UNIVERSAL_LINK')],
    ['FastPass without the biometrics the org requires', 'error-okta-verify-uv-fastpass-verify-enable-biometrics-desktop.json', async () => {
      await d.send('/sim/okta-verify/this-computer', { method: 'PATCH', json: { userVerification: 'fail' } });
      const reply = await launched('LOOPBACK');
      await deviceAnswers(reply.body.authenticatorChallenge.value.challengeRequest);
      return d.idx('/idp/idx/authenticators/poll');
    }, 400],
    ['Okta Verify set up on this device', 'authenticator-enroll-ov-same-device.json', async () => {
      await d.start();
      await d.identify('samedevice@example.com');
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    }],
    ['Okta Verify added from another device', 'authenticator-enroll-ov-device-bootstrap.json', async () => {
      await d.start();
      await d.identify('bootstrap@example.com');
      return d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    }],
    ['Okta asks how to use Okta Verify, its only second factor left', 'authenticator-verification-data-ov-only-without-device-known.json', async () => {
      await d.settings({ askOktaVerifyMethod: true });
      await d.start();
      return d.identify(FASTPASS);
    }],
    ['Okta asks about Okta Verify with push alone, and "Send push automatically"', 'authenticator-verification-data-okta-verify-push-autoChallenge-off.json', async () => {
      await d.settings({ askOktaVerifyMethod: true });
      const user = (await d.send('/sim/users', { method: 'POST', json: { oktaVerify: { totp: false } } })).body;
      await d.start();
      return d.identify(user.username);
    }],
    ['custom push authenticator', 'authenticator-verification-custom-app-push.json', async () => {
      await d.start();
      return d.select(await d.identify('custompush@example.com'), 'custom_app');
    }],
  ];

  for (const [state, fixture, produce, status = 200] of fastPassCases) {
    it(`${state} ~ ${fixture}`, async () => {
      const okta = await loadFixture<Json>(fixture);
      const ours = await produce();
      expect(ours.status).to.equal(status);
      compare(ours.body, okta, fixture);
      // Okta's list, less sign-up (`select-enroll-profile`), which the simulated org does not offer.
      expect(remediationNames(ours.body), `${fixture}: the remediations`).to.deep.equal(remediationNames(okta).filter((n) => n !== 'select-enroll-profile'));
      // The device challenge: the same parts, by challenge method, and the same way to cancel.
      const challengeOf = (b: Json) => b.authenticatorChallenge?.value ?? current(b)?.contextualData?.challenge?.value;
      const theirs = challengeOf(okta);
      if (theirs) {
        const ourChallenge = challengeOf(ours.body);
        expect(Object.keys(ourChallenge).sort(), `${fixture}: the challenge`).to.deep.equal(Object.keys(theirs).sort());
        expect(ourChallenge.challengeMethod).to.equal(theirs.challengeMethod);
        expect(ourChallenge.cancel?.name, `${fixture}: the challenge's cancel`).to.equal(theirs.cancel?.name);
        if (theirs.ports) expect(ourChallenge.ports.every((p: unknown) => typeof p === 'string'), 'ports are strings').to.equal(true);
      }
      expect(current(ours.body)?.cancel?.name, `${fixture}: the current authenticator's cancel`).to.equal(current(okta)?.cancel?.name);
      for (const channel of ['samedevice', 'devicebootstrap']) {
        const data = current(okta)?.contextualData?.[channel];
        if (data) expect(Object.keys(current(ours.body)!.contextualData[channel]).sort(), `${fixture}: ${channel}`).to.deep.equal(Object.keys(data).sort());
      }
      if (current(okta)?.logoUri) expect(current(ours.body)!.logoUri, `${fixture}: logoUri`).to.be.a('string');
    });
  }

  it('FastPass is offered among Okta Verify\'s methods as Okta\'s list offers it', async () => {
    const okta = await loadFixture<Json>('authenticator-verification-select-authenticator-ov-m2.json');
    await d.start();
    const ours = await d.identify(FASTPASS);
    const methodValues = (body: Json) => {
      const list = body.remediation.value.find((r: Json) => r.name === 'select-authenticator-authenticate');
      const option = list.value[0].options.find((o: Json) => o.value.form.value.some((f: Json) => f.options?.some((m: Json) => m.value === 'signed_nonce')));
      return option.value.form.value.find((f: Json) => f.name === 'methodType').options.map((m: Json) => m.value).sort();
    };
    expect(methodValues(ours.body)).to.deep.equal(methodValues(okta));
    expect(oktaVerifyOption(ours.body)).to.deep.equal(oktaVerifyOption(okta));
  });

  it('a bootstrap enrollment names the other devices as a list (Okta\'s capture has one name as a string)', async () => {
    await d.start();
    await d.identify('bootstrap@example.com');
    const ours = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    expect(current(ours.body)!.contextualData.devicebootstrap.enrolledDevices).to.deep.equal(["Bea's iPhone"]);
  });

  it('the password policy in settings: the expired capture\'s rules and types, and daysToExpiry only when the password is about to expire', async () => {
    const expiredCapture = await loadFixture<Json>('authenticator-expired-password.json');
    const warningCapture = await loadFixture<Json>('authenticator-expiry-warning-password.json');
    await d.start();
    const expired = current((await d.identify(EXPIRED)).body)!.settings;
    const e = d.another();
    await e.start();
    const warning = current((await e.identify(EXPIRING)).body)!.settings;
    const policy = leafTypes(current(expiredCapture)!.settings);
    expect(leafTypes(expired), 'expired').to.have.members(policy);
    expect(leafTypes(warning), 'about to expire').to.have.members([...policy, 'daysToExpiry: number']);
    expect(Object.keys(warning).sort(), 'the same parts as the warning capture').to.deep.equal(Object.keys(current(warningCapture)!.settings).sort());
    expect(Object.keys(expired.age).sort()).to.deep.equal(Object.keys(current(warningCapture)!.settings.age).sort());
    expect(warning.daysToExpiry).to.be.a('number').and.be.greaterThan(0);
  });

  it('the Okta Verify option of the verify list has the same form fields', async () => {
    const okta = await loadFixture<Json>('authenticator-verification-select-authenticator-without-signed-nonce.json');
    await d.start();
    const ours = await d.identify(VERIFIED);
    expect(oktaVerifyOption(ours.body)).to.deep.equal(oktaVerifyOption(okta));
  });

  it('the success response carries an interaction code the token endpoint takes', async () => {
    await d.start();
    await d.select(await d.identify(VERIFIED), 'okta_verify', 'totp');
    const success = await d.idx('/idp/idx/challenge/answer', { credentials: { totp: await d.code(VERIFIED) } });
    expect((await d.exchange(interactionCodeOf(success.body))).status).to.equal(200);
  });
});
