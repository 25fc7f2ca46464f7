import { html, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, VerifyMethod } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { StepElement } from './step-element.js';

/** Each method's words; a method without any shows its own name. */
const METHODS: Partial<Record<VerifyMethod, { name: TranslationKey; hint?: TranslationKey }>> = {
  push: { name: 'methodPush', hint: 'methodPushHint' },
  totp: { name: 'methodTotp', hint: 'methodTotpHint' },
  sms: { name: 'phoneMethodSms' },
  voice: { name: 'phoneMethodVoice' },
};

/**
 * The chosen authenticator offers more than one way to verify: with Okta Verify, a push notification or a
 * code from the app; with a phone, a text message or a voice call.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A method was chosen: `{ method }` (`push`, `totp`, `sms`, `voice`, …).
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
  methods: VerifyMethod[] = ['push', 'totp'];

  override render() {
    return html`${this.renderHeading(this.t('chooseMethodHeading', this.authenticatorName(this.authenticator)))}
      <p class="intro">${this.t('chooseMethodIntro')}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.methods,
        'method',
        (method) => {
          const words = METHODS[method];
          return { value: method, name: words ? this.t(words.name) : method, hint: words?.hint && this.t(words.hint) };
        },
        (method) => this.submitStep({ method }),
      )}
      ${this.renderActions()}`;
  }
}
