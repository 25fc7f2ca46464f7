import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthenticatorChoice, FlowMessage } from '../src/flow/model.js';

/**
 * The enrollment and password-expiry steps on their own, in every state they can be in. The QR code here is
 * a small SVG drawn for the story; the simulator sends a real PNG.
 */
const meta: Meta = {
  title: 'Steps/Enrollment and password',
  parameters: { actions: { handles: ['ovs-submit', 'ovs-action'] } },
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const ENROLLABLE: AuthenticatorChoice[] = [{ id: 'autOktaVerify', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] }];
const QR =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7" shape-rendering="crispEdges"><rect width="7" height="7" fill="#fff"/><path d="M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM4 4h1v1H4zM6 5h1v2H6zM5 6h1v1H5z"/></svg>',
  );
const BAD_EMAIL: FlowMessage[] = [{ text: 'Invalid email address.', key: 'registration.error.invalidEmail', level: 'error', field: 'email' }];
const WEAK: FlowMessage[] = [
  { text: 'Password requirements were not met. Password requirements: at least 8 characters, a number.', key: 'password.complexity.requirements', level: 'error', field: 'password' },
];
const EXPIRING: FlowMessage[] = [{ text: 'When your password expires, you will have to change it.', key: 'idx.password.expiring.message', level: 'info' }];
const RULES = { minLength: 8, minLowerCase: 1, minUpperCase: 1, minNumber: 1, excludeUsername: true, historyCount: 1 };

export const EnrollRequired: Story = {
  render: () => html`<ovs-authenticator-list-step purpose="enroll" .authenticators=${ENROLLABLE} actions="cancel"></ovs-authenticator-list-step>`,
};
export const EnrollOptional: Story = {
  render: () => html`<ovs-authenticator-list-step purpose="enroll" .authenticators=${ENROLLABLE} actions="skip cancel"></ovs-authenticator-list-step>`,
};
export const EnrollBusy: Story = {
  render: () => html`<ovs-authenticator-list-step busy purpose="enroll" .authenticators=${ENROLLABLE} actions="skip cancel"></ovs-authenticator-list-step>`,
};

export const QrCode: Story = { render: () => html`<ovs-enroll-qr-step .qrCode=${QR} actions="switch-channel choose-another cancel"></ovs-enroll-qr-step>` };
export const QrCodeReconnecting: Story = {
  render: () => html`<ovs-enroll-qr-step reconnecting .qrCode=${QR} actions="switch-channel choose-another cancel"></ovs-enroll-qr-step>`,
};
export const QrCodeRefused: Story = {
  render: () => html`<ovs-enroll-qr-step .qrCode=${'https://example.com/qr.png'} actions="switch-channel choose-another cancel"></ovs-enroll-qr-step>`,
};

export const Channels: Story = { render: () => html`<ovs-enroll-channel-step .channels=${['qrcode', 'email', 'sms']} actions="choose-another cancel"></ovs-enroll-channel-step>` };
export const EmailAddress: Story = { render: () => html`<ovs-enroll-address-step channel="email" actions="switch-channel choose-another cancel"></ovs-enroll-address-step>` };
export const EmailAddressRefused: Story = {
  render: () => html`<ovs-enroll-address-step channel="email" .messages=${BAD_EMAIL} actions="switch-channel choose-another cancel"></ovs-enroll-address-step>`,
};
export const PhoneNumber: Story = { render: () => html`<ovs-enroll-address-step channel="sms" actions="switch-channel choose-another cancel"></ovs-enroll-address-step>` };
export const LinkSentByEmail: Story = {
  render: () => html`<ovs-enroll-sent-step channel="email" to="nia@example.com" actions="resend switch-channel choose-another cancel"></ovs-enroll-sent-step>`,
};
export const LinkSentBySms: Story = {
  render: () => html`<ovs-enroll-sent-step channel="sms" to="+1 555 010 0142" actions="resend switch-channel choose-another cancel"></ovs-enroll-sent-step>`,
};

export const PasswordExpired: Story = { render: () => html`<ovs-new-password-step .rules=${RULES} actions="cancel"></ovs-new-password-step>` };
export const PasswordTooWeak: Story = { render: () => html`<ovs-new-password-step .rules=${RULES} .messages=${WEAK} actions="cancel"></ovs-new-password-step>` };
export const PasswordExpiring: Story = {
  render: () => html`<ovs-new-password-step purpose="expiring" .actionLabels=${{ skip: 'remindMeLater' }} days-to-expiry="5" .rules=${RULES} .messages=${EXPIRING} actions="skip cancel"></ovs-new-password-step>`,
};
export const HandledByPage: Story = { render: () => html`<ovs-message-step kind="handled-by-page"></ovs-message-step>` };
