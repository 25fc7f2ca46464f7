import { html, nothing, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice } from '../flow/model.js';
import { lock, StepElement } from './step-element.js';

/** A plausible phone number: an optional plus and 6 to 20 digits, spaces, dots, dashes or brackets. The server has the last word. */
const PHONE = /^\+?[\d\s().-]{6,20}$/;

/**
 * The phone number to set up, and how codes should come when the org offers both (text message or voice
 * call): a native `type=tel` input with `autocomplete=tel`, and radio buttons. An empty or clearly malformed
 * number is refused before any request; Okta's own validation message shows beside the field.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - `{ phoneNumber, method: 'sms' | 'voice' }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the number.
 */
export class OvsPhoneNumberStep extends StepElement {
  static readonly tag = 'ovs-phone-number-step';

  static override properties: PropertyDeclarations = {
    authenticator: { attribute: false },
    methods: { attribute: false },
  };

  /** The phone authenticator being set up. */
  authenticator?: AuthenticatorChoice;

  /** How codes can come, in the server's order; the first is chosen at first. */
  methods: Array<'sms' | 'voice'> = ['sms'];

  protected override hasField(field: string): boolean {
    return field === 'phoneNumber';
  }

  override render() {
    return html`${this.renderHeading(this.t('enterPhoneHeading'))}
      <p class="intro">${this.t('enterPhoneIntro')}</p>
      ${this.renderMessages()}<slot></slot> ${this.renderActions()}`;
  }

  protected override renderControls() {
    const methods = this.methods.length ? this.methods : ['sms' as const];
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({ name: 'phoneNumber', label: this.t('phoneNumber'), type: 'tel', inputmode: 'tel', autocomplete: 'tel' })}
      ${methods.length > 1
        ? methods.map(
            (method, i) => html`<ovs-control kind="check">
              <input id=${`${this.uid}-${method}`} type="radio" name="method" value=${method} .defaultChecked=${i === 0} ${lock(this.busy)} />
              <label slot="label" for=${`${this.uid}-${method}`}>${this.t(method === 'voice' ? 'phoneMethodVoice' : 'phoneMethodSms')}</label>
            </ovs-control>`,
          )
        : nothing}
      ${this.renderSubmit(this.t('sendCode'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const values = this.formValues(event);
    const phoneNumber = (values.phoneNumber ?? '').trim();
    const method = values.method === 'sms' || values.method === 'voice' ? values.method : (this.methods[0] ?? 'sms');
    this.check(
      { phoneNumber: !phoneNumber ? this.t('phoneRequired') : PHONE.test(phoneNumber) ? undefined : this.t('phoneFormat') },
      { phoneNumber, method },
    );
  }
}
