/** Sign-in steps: username and password, choosing an authenticator and its method, a code and a push. */
import { currentChoice, readChoices } from '../idx/raw.js';
import type { IdxView } from '../idx/view.js';
import type { AuthenticatorChoice, FlowMessage, OktaVerifyMethod, StepAction } from '../model.js';
import type { StepDefinition } from './definition.js';

const VERIFY_LIST = 'select-authenticator-authenticate';
const ENROLL_LIST = 'select-authenticator-enroll';

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

/** The Okta Verify methods this widget can run, in the order offered. */
export function oktaVerifyMethods(choice: AuthenticatorChoice): OktaVerifyMethod[] {
  return choice.methods.filter((m): m is OktaVerifyMethod => m === 'push' || m === 'totp');
}

function choose(authenticator: AuthenticatorChoice, method?: string) {
  const values: Record<string, string> = { id: authenticator.id };
  if (method) values.methodType = method;
  return { kind: 'proceed' as const, remediation: VERIFY_LIST, values: { authenticator: values } };
}

/** The current authenticator's methods: a code step for a code, a push step for a push, never one for the other. */
const currentMethods = (idx: IdxView) => (idx.current?.methods ?? []).map((m) => m.type);

export const identify: StepDefinition<'identify'> = {
  remediations: ['identify'],
  read: (idx) => ({ withPassword: !!idx.primary.value?.some((f) => f.name === 'credentials') }),
  submit: ({ username, password }, { step }) => {
    const values: Record<string, unknown> = { identifier: username };
    // An identifier-first org asks for the password later, even if it was typed on an optimistic first step.
    if (password !== undefined && step.withPassword) values.credentials = { passcode: password };
    return { kind: 'proceed', remediation: 'identify', values };
  },
};

export const chooseAuthenticator: StepDefinition<'choose-authenticator'> = {
  remediations: [VERIFY_LIST, ENROLL_LIST],
  read: (idx) => ({ purpose: idx.primary.name === ENROLL_LIST ? 'enroll' : 'verify', authenticators: readChoices(idx.raw, idx.primary) }),
  status: (step) => (step.purpose === 'enroll' ? 'AwaitingAuthenticatorEnrollment' : 'AwaitingChallengeAuthenticatorSelection'),
  // Okta Verify with several methods first asks which one, here in the page.
  submit: ({ authenticator }, { step, idx }) => {
    if (step.purpose === 'enroll') return { kind: 'proceed', remediation: ENROLL_LIST, values: { authenticator: { id: authenticator.id } } };
    const methods = authenticator.key === 'okta_verify' ? oktaVerifyMethods(authenticator) : [];
    if (methods.length > 1) {
      const actions: StepAction[] = ['choose-another'];
      if (idx?.raw.cancel) actions.push('cancel');
      return { kind: 'show', step: { name: 'choose-method', messages: [], actions, authenticator, methods } };
    }
    return choose(authenticator, methods[0]);
  },
};

export const chooseMethod: StepDefinition<'choose-method'> = {
  status: 'AwaitingAuthenticatorVerification',
  submit: ({ method }, { step }) => choose(step.authenticator, method),
};

export const enterCode: StepDefinition<'enter-code'> = {
  remediations: ['challenge-authenticator', 'enroll-authenticator'],
  match: (idx) => CODE_AUTHENTICATORS.has(idx.current?.key ?? '') && !currentMethods(idx).includes('push'),
  read: (idx) => {
    const profile = idx.current?.profile;
    const sentTo = profile?.email ?? profile?.phoneNumber;
    return {
      authenticator: currentChoice(idx.raw)!,
      purpose: idx.primary.name === 'enroll-authenticator' ? 'enroll' : 'verify',
      ...(typeof sentTo === 'string' && sentTo ? { sentTo } : {}),
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
  match: (idx) => PUSH_AUTHENTICATORS.has(idx.current?.key ?? '') && !currentMethods(idx).includes('signed_nonce'),
  read: (idx) => {
    const answer = idx.current?.contextualData?.correctAnswer;
    // Only a short number is a number challenge; anything else would be shown as a giant "number".
    const valid = (typeof answer === 'string' || typeof answer === 'number') && /^\d{1,3}$/.test(String(answer));
    if (answer !== undefined && answer !== null && !valid) idx.messages.push(UNREADABLE_NUMBER);
    return { authenticator: currentChoice(idx.raw)!, waiting: !!idx.poll, correctAnswer: valid ? String(answer) : undefined };
  },
  status: 'AwaitingAuthenticatorVerification',
};
