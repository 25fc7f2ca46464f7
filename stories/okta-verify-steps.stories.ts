import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuthenticatorChoice, FlowMessage } from '../src/flow/model.js';

/**
 * All of Okta Verify beyond push and codes: Okta FastPass on the first step and as a method, each way the page
 * reaches the app, setting Okta Verify up on this device, enrolling the device itself, and a custom push app.
 * Each element on its own, its properties set directly.
 */
const meta: Meta = {
  title: 'Steps/All of Okta Verify',
  parameters: { actions: { handles: ['ovs-submit', 'ovs-action'] } },
  decorators: [(story) => html`<div style="inline-size: 24rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj;

const APP_STORE = 'https://apps.apple.com/us/app/okta-verify/id490179405';
const UNREACHABLE: FlowMessage[] = [
  { text: 'Okta Verify didn’t respond on this device. Make sure it is installed and open, or sign in another way.', key: 'ovs.fastPassUnreachable', level: 'error' },
];
const LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4b3fd1"/><path d="M9 17l5 5 9-11" stroke="#fff" stroke-width="3" fill="none"/></svg>');
const CUSTOM_PUSH: AuthenticatorChoice = { id: 'autAcme', key: 'custom_app', displayName: 'Acme Push', methods: ['push'], logoUri: LOGO };

export const SignInWithFastPass: Story = {
  name: 'First step with FastPass',
  render: () => html`<ovs-credentials-step fast-pass></ovs-credentials-step>`,
};
export const FastPassUnreachable: Story = {
  name: 'FastPass: Okta Verify did not answer',
  render: () => html`<ovs-credentials-step fast-pass .messages=${UNREACHABLE}></ovs-credentials-step>`,
};
export const FastPassLoopback: Story = {
  name: 'FastPass over loopback',
  render: () => html`<ovs-fastpass-step launch="loopback" actions="cancel"></ovs-fastpass-step>`,
};
export const FastPassAppLink: Story = {
  name: 'FastPass by app link, as a method',
  render: () =>
    html`<ovs-fastpass-step purpose="verify" launch="app-link" href="https://login.example.com/okta-verify/launch" download-href=${APP_STORE} identifier="fay@example.com" actions="choose-another cancel"></ovs-fastpass-step>`,
};
export const OktaVerifyMethods: Story = {
  name: 'Okta Verify: push, code or FastPass',
  render: () => html`<ovs-method-step .methods=${['push', 'totp', 'signed_nonce']} actions="choose-another cancel"></ovs-method-step>`,
};
export const SetUpOnThisDevice: Story = {
  name: 'Set up Okta Verify on this device',
  render: () =>
    html`<ovs-this-device-step how="install" org-url="example.okta.com" download-href=${APP_STORE} platform="ios" actions="choose-another cancel"></ovs-this-device-step>`,
};
export const AddFromEnrolledDevice: Story = {
  name: 'Add the account from an enrolled device',
  render: () => html`<ovs-this-device-step how="from-enrolled-device" .enrolledDevices=${['Fay’s phone']} actions="choose-another cancel"></ovs-this-device-step>`,
};
export const EnrollThisDeviceOda: Story = {
  name: 'Enroll this device (Okta Device Access)',
  render: () => html`<ovs-device-enrollment-step kind="oda" platform="ios" sign-in-url="https://example.okta.com" actions="restart"></ovs-device-enrollment-step>`,
};
export const EnrollThisDeviceMdm: Story = {
  name: 'Enroll this device (device management)',
  render: () =>
    html`<ovs-device-enrollment-step kind="mdm" platform="android" vendor="Airwatch" enrollment-link="https://mdm.example.com/enroll" actions="restart"></ovs-device-enrollment-step>`,
};
export const CustomPushApp: Story = {
  name: 'Push to a custom app',
  render: () => html`<ovs-push-step .authenticator=${CUSTOM_PUSH} waiting actions="resend choose-another cancel"></ovs-push-step>`,
};
