/**
 * Sign-in steps: username and password (or the username to recover), the password alone, choosing an
 * authenticator and its method, a code, a push, and keeping the user signed in.
 */
import { currentChoice, findField, nestedFields, readChoices, type RawRemediation } from '../idx/raw.js';
import type { IdxView } from '../idx/view.js';
import type { AuthenticatorChoice, AuthenticatorPurpose, FlowMessage, IdentityProvider, OktaVerifyMethod, StepAction } from '../model.js';
import { currentKeyIs, type Move, type StepDefinition } from './definition.js';
import { isFastPassChallenge, LAUNCH_AUTHENTICATOR } from './fastpass.js';

const VERIFY_LIST = 'select-authenticator-authenticate';
const ENROLL_LIST = 'select-authenticator-enroll';
const UNLOCK_LIST = 'select-authenticator-unlock-account';

/** Why a list is shown: to sign in, to set up, to prove who you are before a reset, or to unlock. */
function listPurpose(idx: IdxView): AuthenticatorPurpose {
  if (idx.primary.name === ENROLL_LIST) return 'enroll';
  if (idx.primary.name === UNLOCK_LIST) return 'unlock';
  return idx.raw.recoveryAuthenticator ? 'recover' : 'verify';
}

/** An identity provider's `redirect-idp` remediation: its id, name, type and where it sends the browser. */
function identityProvider(r: RawRemediation): (IdentityProvider & { href: string }) | undefined {
  const raw = r as RawRemediation & { href?: unknown; type?: unknown; idp?: { id?: unknown; name?: unknown } };
  const { id, name } = raw.idp ?? {};
  if (typeof raw.href !== 'string' || typeof id !== 'string') return undefined;
  return { id, name: typeof name === 'string' && name ? name : id, type: typeof raw.type === 'string' ? raw.type : 'IDP', href: raw.href };
}

/** Said when the server's number challenge is not a number the user could tap. */
export const UNREADABLE_NUMBER: FlowMessage = {
  text: 'The number to tap could not be shown. Send the push again, or verify with something else.',
  key: 'ovs.numberChallengeUnreadable',
  level: 'error',
};

/** Authenticators whose challenge is a one-time code the user types; Okta Verify's is its TOTP. */
const CODE_AUTHENTICATORS = new Set(['okta_verify', 'okta_email', 'phone_number', 'google_otp', 'custom_otp']);

/** Authenticators that send a push to a device: Okta Verify and custom push apps. */
const PUSH_AUTHENTICATORS = new Set(['okta_verify', 'custom_app']);

const OKTA_VERIFY_METHODS: readonly string[] = ['push', 'totp', 'signed_nonce'] satisfies OktaVerifyMethod[];

/** The Okta Verify methods this widget can run, in the order offered. */
export function oktaVerifyMethods(methods: readonly string[]): OktaVerifyMethod[] {
  return methods.filter((m): m is OktaVerifyMethod => OKTA_VERIFY_METHODS.includes(m));
}

/** Picks an authenticator from a list: the one it was shown from, with the username when unlocking. */
function choose(authenticator: AuthenticatorChoice, method: string | undefined, list = VERIFY_LIST, username?: string): Move {
  const values: Record<string, string> = { id: authenticator.id };
  if (method) values.methodType = method;
  return { kind: 'proceed', remediation: list, values: { ...(list === UNLOCK_LIST ? { identifier: username ?? '' } : {}), authenticator: values } };
}

/** The current authenticator's methods: a code step for a code, a push step for a push, never one for the other. */
const currentMethods = (idx: IdxView) => (idx.current?.methods ?? []).map((m) => m.type);

export const identify: StepDefinition<'identify'> = {
  remediations: ['identify', 'identify-recovery'],
  read: (idx) => {
    const remember = findField(idx.primary.value, 'rememberMe');
    return {
      purpose: idx.primary.name === 'identify-recovery' ? 'recover' : 'sign-in',
      withPassword: !!findField(idx.primary.value, 'credentials'),
      rememberMe: remember ? remember.value === true : undefined,
      identityProviders: idx.remediations.filter((r) => r.name === 'redirect-idp').flatMap((r) => {
        const idp = identityProvider(r);
        return idp ? [{ id: idp.id, name: idp.name, type: idp.type }] : [];
      }),
      fastPass: !!idx.find(LAUNCH_AUTHENTICATOR),
    };
  },
  submit: (values, { step, idx }) => {
    if ('fastPass' in values) return step.fastPass ? { kind: 'proceed', remediation: LAUNCH_AUTHENTICATOR, values: {} } : { kind: 'show', step };
    if ('identityProvider' in values) {
      const idp = idx?.remediations.map(identityProvider).find((p) => p?.id === values.identityProvider);
      return idp ? { kind: 'redirect', href: idp.href } : { kind: 'show', step };
    }
    const { username, password, rememberMe } = values;
    const sent: Record<string, unknown> = { identifier: username };
    // An identifier-first org asks for the password later, even if it was typed on an optimistic first step.
    if (password !== undefined && step.withPassword) sent.credentials = { passcode: password };
    if (rememberMe !== undefined && step.rememberMe !== undefined) sent.rememberMe = rememberMe;
    return { kind: 'proceed', remediation: step.purpose === 'recover' ? 'identify-recovery' : 'identify', values: sent };
  },
};

export const enterPassword: StepDefinition<'enter-password'> = {
  remediations: ['challenge-authenticator'],
  match: currentKeyIs('okta_password'),
  read: () => ({}),
  status: 'AwaitingAuthenticatorVerification',
  submit: ({ password }) => ({ kind: 'proceed', remediation: 'challenge-authenticator', values: { credentials: { passcode: password } } }),
};

export const keepSignedIn: StepDefinition<'keep-signed-in'> = {
  remediations: ['keep-me-signed-in'],
  read: () => ({}),
  submit: ({ keepSignedIn }) => ({ kind: 'proceed', remediation: 'keep-me-signed-in', values: { keepMeSignedIn: keepSignedIn } }),
};

export const chooseAuthenticator: StepDefinition<'choose-authenticator'> = {
  remediations: [VERIFY_LIST, ENROLL_LIST, UNLOCK_LIST],
  read: (idx) => ({
    purpose: listPurpose(idx),
    authenticators: readChoices(idx.raw, idx.primary),
    withUsername: !!findField(idx.primary.value, 'identifier'),
  }),
  status: (step) => (step.purpose === 'enroll' ? 'AwaitingAuthenticatorEnrollment' : 'AwaitingChallengeAuthenticatorSelection'),
  // Okta Verify with several methods first asks which one, here in the page.
  submit: ({ authenticator, username }, { step, idx }) => {
    if (step.purpose === 'enroll') return { kind: 'proceed', remediation: ENROLL_LIST, values: { authenticator: { id: authenticator.id } } };
    const list = idx?.primary.name ?? VERIFY_LIST;
    // Okta Verify's methods this widget runs; any other authenticator's as listed.
    const methods = authenticator.key === 'okta_verify' ? oktaVerifyMethods(authenticator.methods) : authenticator.methods;
    if (methods.length > 1) {
      const actions: StepAction[] = ['choose-another'];
      if (idx?.raw.cancel) actions.push('cancel');
      // The username typed beside the list (unlocking) is who the method is for.
      const who = username ? { identifier: username } : step.identifier ? { identifier: step.identifier } : {};
      return { kind: 'show', step: { name: 'choose-method', messages: [], actions, authenticator, methods, autoChallenge: undefined, ...who } };
    }
    return choose(authenticator, methods[0], list, username);
  },
};

/** Okta's own method question: the `authenticator` form of `authenticator-verification-data`. */
function verificationData(idx: IdxView) {
  const form = nestedFields(findField(idx.primary.value, 'authenticator'));
  const id = findField(form, 'id')?.value;
  const auto = findField(form, 'autoChallenge');
  return {
    id: typeof id === 'string' ? id : undefined,
    methods: (findField(form, 'methodType')?.options ?? []).map((o) => String(o.value)),
    autoChallenge: auto ? auto.value === true : undefined,
  };
}

export const chooseMethod: StepDefinition<'choose-method'> = {
  remediations: ['authenticator-verification-data'],
  read: (idx) => {
    const authenticator = currentChoice(idx.raw)!;
    const data = verificationData(idx);
    const methods = authenticator.key === 'okta_verify' ? oktaVerifyMethods(data.methods) : data.methods;
    return { authenticator: { ...authenticator, id: data.id ?? authenticator.id, methods }, methods, autoChallenge: data.autoChallenge };
  },
  match: (idx) => !!idx.current,
  status: 'AwaitingAuthenticatorVerification',
  submit: ({ method, autoChallenge }, { step, idx }) => {
    if (idx?.primary.name === 'authenticator-verification-data') {
      const auto = step.autoChallenge !== undefined && autoChallenge !== undefined && method === 'push' ? { autoChallenge } : {};
      return { kind: 'proceed', remediation: 'authenticator-verification-data', values: { authenticator: { id: step.authenticator.id, methodType: method, ...auto } } };
    }
    // Posted to the list it was chosen from (verify, recovery or unlock).
    return choose(step.authenticator, method, idx?.primary.name, step.identifier);
  },
};

export const enterCode: StepDefinition<'enter-code'> = {
  remediations: ['challenge-authenticator', 'enroll-authenticator'],
  match: (idx) => CODE_AUTHENTICATORS.has(idx.current?.key ?? '') && !currentMethods(idx).includes('push'),
  read: (idx) => {
    // Okta ties a wrong code to `credentials.passcode`, which reads as the password field: here it is the code.
    for (const message of idx.messages) if (message.field === 'password') message.field = 'code';
    const profile = idx.current?.profile;
    const sentTo = profile?.email ?? profile?.phoneNumber;
    return {
      authenticator: currentChoice(idx.raw)!,
      purpose: idx.primary.name === 'enroll-authenticator' ? 'enroll' : 'verify',
      sentTo: typeof sentTo === 'string' && sentTo ? sentTo : undefined,
    };
  },
  status: (step) => (step.purpose === 'enroll' ? 'AwaitingAuthenticatorEnrollment' : 'AwaitingAuthenticatorVerification'),
  // Okta Verify's code is its TOTP; every other authenticator's is a passcode.
  submit: ({ code }, { step, idx }) => ({
    kind: 'proceed',
    remediation: idx?.primary.name ?? 'challenge-authenticator',
    values: { credentials: step.authenticator.key === 'okta_verify' ? { totp: code } : { passcode: code } },
  }),
};

export const approvePush: StepDefinition<'approve-push'> = {
  // `resend` first: the push was rejected (or its number was wrong) and can be sent again.
  remediations: ['challenge-poll', 'resend'],
  // A FastPass challenge (`signed_nonce`) polls too, but it is no push.
  match: (idx) => PUSH_AUTHENTICATORS.has(idx.current?.key ?? '') && !isFastPassChallenge(idx),
  read: (idx) => {
    const answer = idx.current?.contextualData?.correctAnswer;
    // Only a short number is a number challenge; anything else would be shown as a giant "number".
    const valid = (typeof answer === 'string' || typeof answer === 'number') && /^\d{1,3}$/.test(String(answer));
    if (answer !== undefined && answer !== null && !valid) idx.messages.push(UNREADABLE_NUMBER);
    return { authenticator: currentChoice(idx.raw)!, waiting: !!idx.poll, correctAnswer: valid ? String(answer) : undefined };
  },
  status: 'AwaitingAuthenticatorVerification',
};
