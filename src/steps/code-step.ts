import { html, type PropertyValues } from 'lit';
import { StepElement } from './step-element.js';

/**
 * The 6-digit Okta Verify code. A native light-DOM input with `autocomplete="one-time-code"` and
 * `inputmode="numeric"`, so OS code autofill and numeric keyboards work; Enter submits. Spaces are dropped
 * and anything but six digits is refused before any request.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A well-formed code was submitted: `{ step: 'okta-verify-code', code }`.
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen: `{ action }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the code.
 * @csspart choose-another - The "Verify with something else" button.
 * @csspart cancel - The "Back to sign in" button.
 *
 * @tag ovs-code-step
 */
export class OvsCodeStep extends StepElement {
  protected override hasField(field: string): boolean {
    return field === 'code';
  }

  override render() {
    return html`${this.renderHeading(this.t('codeHeading'))}
      <p class="intro">${this.t('codeIntro', 'Okta Verify')}</p>
      ${this.renderMessages()}
      <slot></slot>
      ${this.renderActions(['choose-another', 'cancel'])}`;
  }

  protected override renderControls() {
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'code',
        label: this.t('code'),
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
      })}
      ${this.renderSubmit(this.t('verify'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const code = (this.formValues(event).code ?? '').replace(/\s+/g, '');
    this.check({ code: !code ? this.t('codeRequired') : /^\d{6}$/.test(code) ? undefined : this.t('codeFormat') }, { step: 'okta-verify-code', code });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A rejected code is cleared so the next one can be typed (or autofilled) at once.
    const input = changed.has('messages') && this.fieldMessage('code') && this.querySelector<HTMLInputElement>('input[name=code]');
    if (input) input.value = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-code-step': OvsCodeStep;
  }
}
