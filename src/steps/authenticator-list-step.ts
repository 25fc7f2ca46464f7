import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { AuthenticatorChoice } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { StepElement } from './step-element.js';

/** Local names for the authenticators Okta knows; any other shows the server's display name. */
const NAMES: Record<string, TranslationKey> = {
  okta_verify: 'authenticatorOktaVerify',
  okta_password: 'authenticatorPassword',
  phone_number: 'authenticatorPhone',
  okta_email: 'authenticatorEmail',
  google_otp: 'authenticatorGoogleOtp',
  webauthn: 'authenticatorSecurityKey',
  security_question: 'authenticatorSecurityQuestion',
};

/**
 * The "verify it's you" list: one button per authenticator the server offers.
 *
 * @fires ovs-authenticator-select - An authenticator was chosen: `{ authenticator }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of authenticators.
 * @csspart choice - One authenticator's button.
 *
 * @tag ovs-authenticator-list-step
 */
export class OvsAuthenticatorListStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    css`
      .list {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .name {
        font-weight: 600;
      }
    `,
  ];

  /** The authenticators to offer, in the server's order. */
  @property({ attribute: false }) authenticators: AuthenticatorChoice[] = [];

  nameOf(choice: AuthenticatorChoice): string {
    const key = NAMES[choice.key];
    return key ? this.t(key) : choice.displayName;
  }

  override render() {
    return html`${this.renderHeading(this.t('chooseAuthenticatorHeading'))}
      <p class="intro">${this.t('chooseAuthenticatorIntro')}</p>
      ${this.renderMessages()}
      <ul class="list" part="list">
        ${this.authenticators.map(
          (choice) => html`<li>
            <button
              class="button"
              part="choice"
              data-key=${choice.key}
              aria-label=${this.t('selectAuthenticator', this.nameOf(choice))}
              ?disabled=${this.busy}
              @click=${() => this.emit('ovs-authenticator-select', { authenticator: choice })}
            >
              <span class="name">${this.nameOf(choice)}</span>
            </button>
          </li>`,
        )}
      </ul>`;
  }

  override focusStep(): void {
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-authenticator-list-step': OvsAuthenticatorListStep;
  }
}
