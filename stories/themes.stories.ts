import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { AuthenticatorChoice, FlowMessage } from '../src/flow/model.js';

/**
 * The same steps in the light and dark themes, right to left (Arabic), and in a custom brand set with the
 * documented custom properties only.
 */
const meta: Meta = {
  title: 'Themes',
  parameters: { actions: { handles: ['ovs-submit', 'ovs-action'] } },
};
export default meta;
type Story = StoryObj;

const CHOICES: AuthenticatorChoice[] = [
  { id: 'autOktaVerify', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'autPassword', key: 'okta_password', displayName: 'Password', methods: ['password'] },
];
const WRONG_CODE: FlowMessage[] = [{ text: 'Invalid code. Try again.', key: 'api.authn.error.PASSCODE_INVALID', level: 'error', field: 'code' }];

const QR =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 7 7" shape-rendering="crispEdges"><rect width="7" height="7" fill="#fff"/><path d="M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM4 4h1v1H4zM6 5h1v2H6z"/></svg>');

/** Every step side by side, with the attributes of the variant on each. */
function gallery(attrs: { theme?: string; lang?: string }, background: string, style = ''): TemplateResult {
  const theme = attrs.theme ?? '';
  const lang = attrs.lang ?? 'en';
  return html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1.5rem; padding: 1.5rem; background: ${background}; ${style}">
    <ovs-credentials-step theme=${theme} lang=${lang}></ovs-credentials-step>
    <ovs-authenticator-list-step theme=${theme} lang=${lang} .authenticators=${CHOICES} actions="cancel"></ovs-authenticator-list-step>
    <ovs-method-step theme=${theme} lang=${lang} actions="choose-another cancel"></ovs-method-step>
    <ovs-code-step theme=${theme} lang=${lang} .messages=${WRONG_CODE} actions="choose-another cancel"></ovs-code-step>
    <ovs-push-step theme=${theme} lang=${lang} correct-answer="42" actions="resend choose-another cancel"></ovs-push-step>
    <ovs-authenticator-list-step theme=${theme} lang=${lang} purpose="enroll" .authenticators=${CHOICES.slice(0, 1)} actions="skip cancel"></ovs-authenticator-list-step>
    <ovs-enroll-qr-step theme=${theme} lang=${lang} .qrCode=${QR} actions="switch-channel choose-another cancel"></ovs-enroll-qr-step>
    <ovs-enroll-channel-step theme=${theme} lang=${lang} actions="choose-another cancel"></ovs-enroll-channel-step>
    <ovs-enroll-address-step theme=${theme} lang=${lang} channel="sms" actions="switch-channel choose-another cancel"></ovs-enroll-address-step>
    <ovs-enroll-sent-step theme=${theme} lang=${lang} channel="email" to="nia@example.com" actions="resend switch-channel cancel"></ovs-enroll-sent-step>
    <ovs-new-password-step theme=${theme} lang=${lang} purpose="expiring" .actionLabels=${{ skip: 'remindMeLater' }} days-to-expiry="3" .rules=${{ minLength: 8, minNumber: 1 }} actions="skip cancel"></ovs-new-password-step>
    <ovs-message-step theme=${theme} lang=${lang} kind="terminal" actions="restart"></ovs-message-step>
  </div>`;
}

export const Light: Story = { render: () => gallery({ theme: 'light' }, '#ffffff') };
export const Dark: Story = { render: () => gallery({ theme: 'dark' }, '#111114') };
export const RightToLeftArabic: Story = { render: () => gallery({ theme: 'light', lang: 'ar' }, '#ffffff') };
export const CustomBrand: Story = {
  render: () =>
    gallery(
      { theme: 'light' },
      '#fbf7f0',
      '--ovs-color-primary: #0b6b4f; --ovs-color-primary-text: #ffffff; --ovs-radius: 14px; --ovs-font-family: Georgia, serif; --ovs-heading-size: 1.4rem;',
    ),
};
