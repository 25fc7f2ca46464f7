import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StepElement } from './step-element.js';

/**
 * The 6-digit Okta Verify code. A native light-DOM input with `autocomplete="one-time-code"` and
 * `inputmode="numeric"`, so OS code autofill and numeric keyboards work; Enter submits. Spaces are dropped
 * and anything but six digits is refused before any request.
 *
 * @fires ovs-code-submit - A well-formed code was submitted: `{ code }`.
 * @fires ovs-choose-another - "Verify with something else" was chosen.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the code.
 * @csspart choose-another - The "Verify with something else" button.
 *
 * @tag ovs-code-step
 */
export class OvsCodeStep extends StepElement {
  /** Shows "Verify with something else" when the server offers other authenticators. */
  @property({ type: Boolean, attribute: 'can-choose-another' }) canChooseAnother = false;

  @state() private error?: string;

  protected override hasField(field: string): boolean {
    return field === 'code';
  }

  override render() {
    return html`${this.renderHeading(this.t('codeHeading'))}
      <p class="intro">${this.t('codeIntro')}</p>
      ${this.renderMessages()}
      <slot></slot>
      ${this.canChooseAnother
        ? html`<div class="footer">
            <button class="link" part="choose-another" ?disabled=${this.busy} @click=${() => this.emit('ovs-choose-another', {})}>
              ${this.t('verifyWithSomethingElse')}
            </button>
          </div>`
        : ''}`;
  }

  protected override renderControls() {
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'code',
        label: this.t('code'),
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
        error: this.error,
      })}
      ${this.renderSubmit(this.t('verify'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLInputElement;
    const code = input.value.replace(/\s+/g, '');
    this.error = !code ? this.t('codeRequired') : /^\d{6}$/.test(code) ? undefined : this.t('codeFormat');
    if (this.error) {
      this.updateComplete.then(() => this.focusStep());
      return;
    }
    this.emit('ovs-code-submit', { code });
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('messages')) {
      this.error = undefined;
      // A rejected code is cleared so the next one can be typed (or autofilled) at once.
      if (this.fieldMessage('code')) {
        const input = this.querySelector<HTMLInputElement>('input[name=code]');
        if (input) input.value = '';
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-code-step': OvsCodeStep;
  }
}
