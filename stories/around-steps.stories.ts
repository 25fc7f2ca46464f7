import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthenticatorChoice, FlowMessage, IdentityProvider } from '../src/flow/model.js';

/**
 * The steps around Okta Verify: identity providers and "Keep me signed in" on the first step, "Forgot
 * password?", unlocking an account, the password as a step, email and phone codes, phone setup, keep me
 * signed in, and the endings that only inform. Each element on its own, its properties set directly.
 */
const meta: Meta = {
  title: 'Steps/Around Okta Verify',
  parameters: { actions: { handles: ['ovs-submit', 'ovs-action'] } },
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const IDPS: IdentityProvider[] = [
  { id: 'google', name: 'Google', type: 'GOOGLE' },
  { id: 'contoso', name: 'Contoso Workforce', type: 'SAML2' },
];
const RECOVERY: AuthenticatorChoice[] = [
  { id: 'autOktaVerify', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'autEmail', key: 'okta_email', displayName: 'Email', methods: ['email'] },
  { id: 'autPhone', key: 'phone_number', displayName: 'Phone', methods: ['sms'] },
];
const EMAIL: AuthenticatorChoice = { id: 'autEmail', key: 'okta_email', displayName: 'Email', methods: ['email'] };
const LOCKED: FlowMessage[] = [{ text: 'Your account is locked.', key: 'E0000069', level: 'error' }];
const RULES = { minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, excludeUsername: true, historyCount: 4 };
const RESET_DONE: FlowMessage[] = [{ text: 'You can now sign in with your existing username and new password.', key: 'idx.recovery.completed', level: 'info' }];
const UNLOCKED: FlowMessage[] = [{ text: 'You can log in using your existing username and password.', key: 'oie.selfservice.unlock_user.success.message', level: 'info' }];
const OTP_ELSEWHERE: FlowMessage[] = [{ text: 'Enter the OTP in your original browser or device.', key: 'idx.enter.otp.in.original.tab', level: 'info' }];

export const SignInWithProviders: Story = {
  render: () =>
    html`<ovs-credentials-step .rememberMe=${false} .identityProviders=${IDPS} actions="recover unlock" .actionLabels=${{ recover: 'forgotPassword', unlock: 'unlockAccount' }}></ovs-credentials-step>`,
};
export const LockedOut: Story = {
  render: () => html`<ovs-credentials-step .messages=${LOCKED} actions="recover unlock"></ovs-credentials-step>`,
};
export const ForgotPassword: Story = {
  render: () => html`<ovs-credentials-step purpose="recover" .withPassword=${false} actions="cancel"></ovs-credentials-step>`,
};
export const RecoveryList: Story = {
  render: () => html`<ovs-authenticator-list-step purpose="recover" identifier="ann@example.com" .authenticators=${RECOVERY} actions="cancel"></ovs-authenticator-list-step>`,
};
export const ResetPassword: Story = {
  render: () =>
    html`<ovs-new-password-step purpose="reset" identifier="ann@example.com" username="ann@example.com" .revokeSessions=${false} .rules=${RULES} actions="cancel"></ovs-new-password-step>`,
};
export const PasswordReset: Story = {
  render: () => html`<ovs-message-step kind="terminal" info .messages=${RESET_DONE} actions="restart" .actionLabels=${{ restart: 'backToSignIn' }}></ovs-message-step>`,
};
export const UnlockAccount: Story = {
  render: () => html`<ovs-authenticator-list-step purpose="unlock" with-username .authenticators=${RECOVERY} actions="cancel"></ovs-authenticator-list-step>`,
};
export const AccountUnlocked: Story = {
  render: () => html`<ovs-message-step kind="terminal" info .messages=${UNLOCKED} actions="restart" .actionLabels=${{ restart: 'backToSignIn' }}></ovs-message-step>`,
};
export const PasswordStep: Story = {
  render: () => html`<ovs-credentials-step password-only identifier="ann@example.com" actions="recover choose-another cancel"></ovs-credentials-step>`,
};
export const EmailCode: Story = {
  render: () => html`<ovs-code-step .authenticator=${EMAIL} sent-to="a•••@example.com" actions="resend choose-another cancel"></ovs-code-step>`,
};
export const CodeFromAnotherDevice: Story = {
  render: () =>
    html`<ovs-message-step kind="terminal" info otp="482913" requested-from="Firefox on macOS, Toronto, Ontario, Canada" .messages=${OTP_ELSEWHERE} actions="restart"></ovs-message-step>`,
};
export const PhoneNumber: Story = {
  render: () => html`<ovs-phone-number-step .methods=${['sms', 'voice']} actions="choose-another cancel"></ovs-phone-number-step>`,
};
export const OktaVerifyAsksHow: Story = {
  render: () => html`<ovs-method-step .methods=${['push', 'totp']} .autoChallenge=${false} actions="choose-another cancel"></ovs-method-step>`,
};
export const KeepMeSignedIn: Story = { render: () => html`<ovs-keep-signed-in-step identifier="ann@example.com"></ovs-keep-signed-in-step>` };
export const ContinueOnTheOrgsPage: Story = {
  render: () => html`<ovs-message-step kind="unsupported" actions="continue-hosted restart cancel"></ovs-message-step>`,
};
