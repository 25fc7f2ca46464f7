import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { StepElement } from './step-element.js';

/** A plausible address; the server has the last word. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,20}$/;

/**
 * Where to send the Okta Verify setup link: an email address (`type=email`, `autocomplete=email`) or a
 * phone number (`type=tel`, `autocomplete=tel`), a native light-DOM input; Enter submits. Empty or clearly
 * malformed values are refused before any request; the server's own rejection shows beside the field.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - `{ email }` or `{ phoneNumber }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the field.
 */
export class OvsEnrollAddressStep extends StepElement {
  static readonly tag = 'ovs-enroll-address-step';

  static override properties: PropertyDeclarations = {
    channel: {},
  };

  /** Which address to ask for. */
  channel: 'email' | 'sms' = 'email';

  private get fieldName(): 'email' | 'phoneNumber' {
    return this.channel === 'sms' ? 'phoneNumber' : 'email';
  }

  protected override hasField(field: string): boolean {
    return field === this.fieldName;
  }

  override render() {
    const sms = this.channel === 'sms';
    return html`${this.renderHeading(this.t(sms ? 'enrollSmsHeading' : 'enrollEmailHeading'))}
      <p class="intro">${this.t(sms ? 'enrollSmsIntro' : 'enrollEmailIntro')}</p>
      ${this.renderMessages()}<slot></slot> ${this.renderActions()}`;
  }

  protected override renderControls() {
    const sms = this.channel === 'sms';
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: this.fieldName,
        label: this.t(sms ? 'phoneNumber' : 'email'),
        type: sms ? 'tel' : 'email',
        inputmode: sms ? 'tel' : 'email',
        autocomplete: sms ? 'tel' : 'email',
      })}
      ${this.renderSubmit(this.t('sendSetupLink'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const value = (this.formValues(event)[this.fieldName] ?? '').trim();
    const sms = this.channel === 'sms';
    this.check(
      { [this.fieldName]: !value ? this.t(sms ? 'phoneRequired' : 'emailRequired') : (sms ? PHONE : EMAIL).test(value) ? undefined : this.t(sms ? 'phoneFormat' : 'emailFormat') },
      sms ? { phoneNumber: value } : { email: value },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('channel')) this.errors = {};
  }

}
