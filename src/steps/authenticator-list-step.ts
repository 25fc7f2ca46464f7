import { html, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, AuthenticatorPurpose } from '../flow/model.js';
import { StepElement } from './step-element.js';

/**
 * A list of authenticators, one button each: the "verify it's you" list, or (`purpose="enroll"`) the
 * "set up security methods" list, which says whether setting up is required and offers "Set up later" when
 * the server allows skipping.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - An authenticator was chosen: `{ authenticator }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of authenticators.
 * @csspart choice - One authenticator's button.
 */
export class OvsAuthenticatorListStep extends StepElement {
  static readonly tag = 'ovs-authenticator-list-step';

  static override properties: PropertyDeclarations = {
    purpose: {},
    authenticators: { attribute: false },
  };

  /** `verify`: choose how to verify; `enroll`: choose what to set up. */
  purpose: AuthenticatorPurpose = 'verify';

  /** The authenticators to offer, in the server's order. */
  authenticators: AuthenticatorChoice[] = [];

  override render() {
    const enroll = this.purpose === 'enroll';
    const intro = enroll ? (this.actions.includes('skip') ? 'enrollOptionalIntro' : 'enrollRequiredIntro') : 'chooseAuthenticatorIntro';
    return html`${this.renderHeading(this.t(enroll ? 'enrollHeading' : 'chooseAuthenticatorHeading'))}
      <p class="intro">${this.t(intro)}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.authenticators,
        'key',
        (choice) => {
          const name = this.authenticatorName(choice);
          return { value: choice.key, name, label: this.t(enroll ? 'setUpAuthenticator' : 'selectAuthenticator', name) };
        },
        (authenticator) => this.submitStep({ authenticator }),
      )}
      ${this.renderActions()}`;
  }
}
