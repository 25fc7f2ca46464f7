import { html, type PropertyDeclarations } from 'lit';
import type { OktaVerifyMethod } from '../flow/model.js';
import { StepElement } from './step-element.js';

/**
 * Okta Verify offers more than one way to verify: a push notification or a code from the app.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A method was chosen: `{ step: 'okta-verify-method', method: 'push' | 'totp' }`.
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen: `{ action }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of methods.
 * @csspart choice - One method's button.
 * @csspart choose-another - The "Verify with something else" button.
 * @csspart cancel - The "Back to sign in" button.
 *
 * @tag ovs-okta-verify-method-step
 */
export class OvsOktaVerifyMethodStep extends StepElement {
  static override properties: PropertyDeclarations = {
    methods: { attribute: false },
  };

  /** The methods to offer, in the server's order. */
  methods: OktaVerifyMethod[] = ['push', 'totp'];

  override render() {
    return html`${this.renderHeading(this.t('chooseMethodHeading', 'Okta Verify'))}
      <p class="intro">${this.t('chooseMethodIntro')}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.methods,
        'method',
        (method) => ({ value: method, name: this.t(method === 'push' ? 'methodPush' : 'methodTotp'), hint: this.t(method === 'push' ? 'methodPushHint' : 'methodTotpHint') }),
        (method) => this.submitStep({ step: 'okta-verify-method', method }),
      )}
      ${this.renderActions(['choose-another', 'cancel'])}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-okta-verify-method-step': OvsOktaVerifyMethodStep;
  }
}
