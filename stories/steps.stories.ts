import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthenticatorChoice, FlowMessage } from '../src/flow/model.js';

/**
 * Every step element on its own, with the states it can be in. Steps are presentational: the stories set
 * their properties directly; the Actions panel shows the events they send.
 */
const meta: Meta = {
  title: 'Steps',
  parameters: { actions: { handles: ['ovs-submit', 'ovs-action'] } },
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const AUTHENTICATORS: AuthenticatorChoice[] = [
  { id: 'autOktaVerify', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'autPassword', key: 'okta_password', displayName: 'Password', methods: ['password'] },
  { id: 'autPhone', key: 'phone_number', displayName: 'Phone', methods: ['sms', 'voice'] },
  { id: 'autGoogle', key: 'google_otp', displayName: 'Google Authenticator', methods: ['otp'] },
  { id: 'autWebAuthn', key: 'webauthn', displayName: 'Security Key or Biometric', methods: ['webauthn'] },
];
const WRONG_PASSWORD: FlowMessage[] = [{ text: 'Authentication failed', key: 'errors.E0000004', level: 'error' }];
const WRONG_CODE: FlowMessage[] = [{ text: 'Invalid code. Try again.', key: 'api.authn.error.PASSCODE_INVALID', level: 'error', field: 'code' }];
const EXPIRED: FlowMessage[] = [{ text: 'You have been logged out due to inactivity.', key: 'idx.session.expired', level: 'error' }];

export const CredentialsEmpty: Story = { render: () => html`<ovs-credentials-step></ovs-credentials-step>` };
export const CredentialsBusy: Story = { render: () => html`<ovs-credentials-step busy></ovs-credentials-step>` };
export const CredentialsError: Story = {
  render: () => html`<ovs-credentials-step .messages=${WRONG_PASSWORD}></ovs-credentials-step>`,
};
export const UsernameOnly: Story = { render: () => html`<ovs-credentials-step .withPassword=${false}></ovs-credentials-step>` };

export const AuthenticatorList: Story = {
  render: () => html`<ovs-authenticator-list-step .authenticators=${AUTHENTICATORS}></ovs-authenticator-list-step>`,
};
export const AuthenticatorListBusy: Story = {
  render: () => html`<ovs-authenticator-list-step busy .authenticators=${AUTHENTICATORS}></ovs-authenticator-list-step>`,
};

export const OktaVerifyMethod: Story = { render: () => html`<ovs-method-step actions="choose-another cancel"></ovs-method-step>` };
export const OktaVerifyMethodBusy: Story = { render: () => html`<ovs-method-step busy></ovs-method-step>` };

export const CodeEmpty: Story = { render: () => html`<ovs-code-step actions="choose-another cancel"></ovs-code-step>` };
export const CodeBusy: Story = { render: () => html`<ovs-code-step busy actions="choose-another cancel"></ovs-code-step>` };
export const CodeError: Story = { render: () => html`<ovs-code-step actions="choose-another cancel" .messages=${WRONG_CODE}></ovs-code-step>` };

export const MessageSessionExpired: Story = {
  render: () => html`<ovs-message-step kind="terminal" actions="restart" .messages=${EXPIRED}></ovs-message-step>`,
};
export const MessageSignedIn: Story = {
  render: () => html`<ovs-message-step kind="success"></ovs-message-step>`,
};

const REJECTED: FlowMessage[] = [{ text: 'You have chosen to reject this login.', key: 'api.authn.poll.error.push_rejected', level: 'error' }];

export const PushWaiting: Story = { render: () => html`<ovs-push-step actions="resend choose-another cancel"></ovs-push-step>` };
export const PushNumberChallenge: Story = {
  render: () => html`<ovs-push-step correct-answer="42" actions="resend choose-another cancel"></ovs-push-step>`,
};
export const PushReminder: Story = {
  render: () => html`<ovs-push-step reminder-delay="0" actions="resend choose-another cancel"></ovs-push-step>`,
};
export const PushReconnecting: Story = {
  render: () => html`<ovs-push-step reconnecting actions="resend choose-another cancel"></ovs-push-step>`,
};
export const PushRejected: Story = {
  render: () => html`<ovs-push-step .waiting=${false} .messages=${REJECTED} actions="resend choose-another cancel"></ovs-push-step>`,
};
export const PushBusy: Story = {
  render: () => html`<ovs-push-step busy .waiting=${false} .messages=${REJECTED} actions="resend choose-another cancel"></ovs-push-step>`,
};
