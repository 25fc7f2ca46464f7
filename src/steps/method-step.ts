import { html, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, OktaVerifyMethod } from '../flow/model.js';
import { StepElement } from './step-element.js';

/**
 * The chosen authenticator offers more than one way to verify: with Okta Verify, a push notification or a
 * code from the app.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A method was chosen: `{ method: 'push' | 'totp' }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of methods.
 * @csspart choice - One method's button.
 */
export class OvsMethodStep extends StepElement {
  static readonly tag = 'ovs-method-step';

  static override properties: PropertyDeclarations = {
    authenticator: { attribute: false },
    methods: { attribute: false },
  };

  /** The authenticator whose methods these are; its name is shown. Without it, Okta Verify. */
  authenticator?: AuthenticatorChoice;

  /** The methods to offer, in the server's order. */
  methods: OktaVerifyMethod[] = ['push', 'totp'];

  override render() {
    return html`${this.renderHeading(this.t('chooseMethodHeading', this.authenticatorName(this.authenticator)))}
      <p class="intro">${this.t('chooseMethodIntro')}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.methods,
        'method',
        (method) => ({ value: method, name: this.t(method === 'push' ? 'methodPush' : 'methodTotp'), hint: this.t(method === 'push' ? 'methodPushHint' : 'methodTotpHint') }),
        (method) => this.submitStep({ method }),
      )}
      ${this.renderActions()}`;
  }
}
