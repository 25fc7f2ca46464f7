import { html, nothing, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, VerifyMethod } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { LaterStepElement } from './later-step-element.js';

/** Each method's words; a method without any shows its own name. */
const METHODS: Partial<Record<VerifyMethod, { name: TranslationKey; hint?: TranslationKey }>> = {
  push: { name: 'methodPush', hint: 'methodPushHint' },
  totp: { name: 'methodTotp', hint: 'methodTotpHint' },
  signed_nonce: { name: 'methodFastPass', hint: 'methodFastPassHint' },
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
export class OvsMethodStep extends LaterStepElement {
  static readonly tag = 'ovs-method-step';

  static override properties: PropertyDeclarations = {
    authenticator: { attribute: false },
    methods: { attribute: false },
    autoChallenge: { attribute: false },
  };

  /** The authenticator whose methods these are; its name is shown. Without it, Okta Verify. */
  authenticator?: AuthenticatorChoice;

  /** "Send push automatically" is offered, checked or not; absent when it is not. */
  autoChallenge?: boolean;

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
        (method) => this.choose(method),
      )}
      ${this.autoChallenge !== undefined ? html`<slot></slot>` : nothing} ${this.renderActions()}`;
  }

  protected override hasField(field: string): boolean {
    return this.autoChallenge !== undefined && field === 'autoChallenge';
  }

  protected override renderControls() {
    if (this.autoChallenge === undefined) return nothing;
    // A choice button submits; the form only holds the option, so Enter sends nothing by itself.
    return html`<form method="post" novalidate @submit=${(e: SubmitEvent) => e.preventDefault()}>
      ${this.renderCheckbox('autoChallenge', this.t('autoChallenge'), this.autoChallenge)}
    </form>`;
  }

  private choose(method: VerifyMethod): void {
    if (this.autoChallenge === undefined) return this.submitStep({ method });
    const box = this.querySelector<HTMLInputElement>('input[name=autoChallenge]');
    this.submitStep({ method, autoChallenge: !!box?.checked });
  }
}
