import { html, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, StepAction } from '../flow/model.js';
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
 * A list of authenticators, one button each: the "verify it's you" list, or (`purpose="enroll"`) the
 * "set up security methods" list, which says whether setting up is required and offers "Set up later" when
 * the server allows skipping.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - An authenticator was chosen: `{ step: 'select-authenticator' | 'select-enrollment', authenticator }`.
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen (`skip`, `cancel`): `{ action }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of authenticators.
 * @csspart choice - One authenticator's button.
 * @csspart skip - The "Set up later" button.
 * @csspart cancel - The "Back to sign in" button.
 *
 * @tag ovs-authenticator-list-step
 */
export class OvsAuthenticatorListStep extends StepElement {
  static override properties: PropertyDeclarations = {
    purpose: {},
    authenticators: { attribute: false },
  };

  /** `verify`: choose how to verify; `enroll`: choose what to set up. */
  purpose: 'verify' | 'enroll' = 'verify';

  /** The authenticators to offer, in the server's order. */
  authenticators: AuthenticatorChoice[] = [];

  nameOf(choice: AuthenticatorChoice): string {
    const key = NAMES[choice.key];
    return key ? this.t(key) : choice.displayName;
  }

  override render() {
    const enroll = this.purpose === 'enroll';
    const intro = enroll ? (this.actions.includes('skip') ? 'enrollOptionalIntro' : 'enrollRequiredIntro') : 'chooseAuthenticatorIntro';
    return html`${this.renderHeading(this.t(enroll ? 'enrollHeading' : 'chooseAuthenticatorHeading'))}
      <p class="intro">${this.t(intro)}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.authenticators,
        'key',
        (choice) => ({ value: choice.key, name: this.nameOf(choice), label: this.t(enroll ? 'setUpAuthenticator' : 'selectAuthenticator', this.nameOf(choice)) }),
        (authenticator) => this.submitStep({ step: enroll ? 'select-enrollment' : 'select-authenticator', authenticator }),
      )}
      ${this.renderActions(['skip', 'cancel'])}`;
  }

  protected override actionText(action: StepAction): string {
    return action === 'skip' ? this.t('setUpLater') : super.actionText(action);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-authenticator-list-step': OvsAuthenticatorListStep;
  }
}
