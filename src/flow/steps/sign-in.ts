/** Sign-in steps: username and password, the "verify with" list, and the Okta Verify code and push. */
import { readChoices } from '../idx/raw.js';
import type { AuthenticatorChoice, FlowMessage, OktaVerifyMethod, StepAction } from '../model.js';
import { currentKeyIs, type StepDefinition } from './definition.js';

const VERIFY_LIST = 'select-authenticator-authenticate';

/** Said when the server's number challenge is not a number the user could tap. */
export const UNREADABLE_NUMBER: FlowMessage = {
  text: 'The number to tap could not be shown. Send the push again, or verify with something else.',
  key: 'ovs.numberChallengeUnreadable',
  level: 'error',
};

/** The Okta Verify methods this widget can run, in the order offered. */
export function oktaVerifyMethods(choice: AuthenticatorChoice): OktaVerifyMethod[] {
  return choice.methods.filter((m): m is OktaVerifyMethod => m === 'push' || m === 'totp');
}

function choose(authenticator: AuthenticatorChoice, method?: string) {
  const values: Record<string, string> = { id: authenticator.id };
  if (method) values.methodType = method;
  return { kind: 'proceed' as const, remediation: VERIFY_LIST, values: { authenticator: values } };
}

export const identify: StepDefinition<'identify'> = {
  remediations: ['identify'],
  read: (idx) => ({ withPassword: !!idx.primary.value?.some((f) => f.name === 'credentials') }),
  element: { tag: 'ovs-credentials-step' },
  submit: ({ username, password }, { step }) => {
    const values: Record<string, unknown> = { identifier: username };
    // An identifier-first org asks for the password later, even if it was typed on an optimistic first step.
    if (password !== undefined && step.withPassword) values.credentials = { passcode: password };
    return { kind: 'proceed', remediation: 'identify', values };
  },
};

export const selectAuthenticator: StepDefinition<'select-authenticator'> = {
  remediations: [VERIFY_LIST],
  read: (idx) => ({ authenticators: readChoices(idx.raw, idx.primary) }),
  status: 'AwaitingChallengeAuthenticatorSelection',
  element: { tag: 'ovs-authenticator-list-step', properties: { purpose: 'verify' } },
  // Okta Verify with several methods first asks which one, here in the page.
  submit: ({ authenticator }, { idx }) => {
    const methods = authenticator.key === 'okta_verify' ? oktaVerifyMethods(authenticator) : [];
    if (methods.length > 1) {
      const actions: StepAction[] = ['choose-another'];
      if (idx?.raw.cancel) actions.push('cancel');
      return { kind: 'show', step: { name: 'okta-verify-method', messages: [], actions, authenticator, methods } };
    }
    return choose(authenticator, methods[0]);
  },
};

export const oktaVerifyMethod: StepDefinition<'okta-verify-method'> = {
  status: 'AwaitingAuthenticatorVerification',
  element: { tag: 'ovs-okta-verify-method-step' },
  submit: ({ method }, { step }) => choose(step.authenticator, method),
};

export const oktaVerifyCode: StepDefinition<'okta-verify-code'> = {
  remediations: ['challenge-authenticator'],
  match: currentKeyIs('okta_verify'),
  read: () => ({}),
  status: 'AwaitingAuthenticatorVerification',
  element: { tag: 'ovs-code-step' },
  submit: ({ code }) => ({ kind: 'proceed', remediation: 'challenge-authenticator', values: { credentials: { totp: code } } }),
};

export const oktaVerifyPush: StepDefinition<'okta-verify-push'> = {
  // `resend` first: the push was rejected (or its number was wrong) and can be sent again.
  remediations: ['challenge-poll', 'resend'],
  match: currentKeyIs('okta_verify'),
  read: (idx) => {
    const answer = idx.current?.contextualData?.correctAnswer;
    // Only a short number is a number challenge; anything else would be shown as a giant "number".
    const valid = (typeof answer === 'string' || typeof answer === 'number') && /^\d{1,3}$/.test(String(answer));
    if (answer !== undefined && answer !== null && !valid) idx.messages.push(UNREADABLE_NUMBER);
    return { waiting: !!idx.poll, correctAnswer: valid ? String(answer) : undefined };
  },
  status: 'AwaitingAuthenticatorVerification',
  element: { tag: 'ovs-push-step' },
};
