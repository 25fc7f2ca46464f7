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

/** A few steps side by side, with the attributes of the variant on each. */
function gallery(attrs: { theme?: string; lang?: string }, background: string, style = ''): TemplateResult {
  return html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1.5rem; padding: 1.5rem; background: ${background}; ${style}">
    <ovs-credentials-step theme=${attrs.theme ?? ''} lang=${attrs.lang ?? 'en'}></ovs-credentials-step>
    <ovs-authenticator-list-step theme=${attrs.theme ?? ''} lang=${attrs.lang ?? 'en'} .authenticators=${CHOICES} actions="cancel"></ovs-authenticator-list-step>
    <ovs-code-step theme=${attrs.theme ?? ''} lang=${attrs.lang ?? 'en'} .messages=${WRONG_CODE} actions="choose-another cancel"></ovs-code-step>
    <ovs-push-step theme=${attrs.theme ?? ''} lang=${attrs.lang ?? 'en'} correct-answer="42" actions="resend choose-another cancel"></ovs-push-step>
    <ovs-change-password-step theme=${attrs.theme ?? ''} lang=${attrs.lang ?? 'en'} warning days-to-expiry="3" .rules=${{ minLength: 8, minNumber: 1 }} actions="skip cancel"></ovs-change-password-step>
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
