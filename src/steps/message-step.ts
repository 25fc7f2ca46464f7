import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { StepElement } from './step-element.js';

/**
 * A step that only tells something: signed in, the transaction ended, an unsupported step, or an error
 * with its way forward ("Try again" or "Start over").
 *
 * @fires ovs-restart - "Start over" was chosen.
 * @fires ovs-choose-another - "Verify with something else" was chosen.
 * @csspart heading - The step's heading.
 * @csspart messages - The messages.
 * @csspart action - The action button.
 *
 * @tag ovs-message-step
 */
export class OvsMessageStep extends StepElement {
  /** The heading text. */
  @property() heading = '';

  /** The main sentence, shown under the heading. */
  @property() text = '';

  /** Which way forward to offer. */
  @property() action: 'restart' | 'none' = 'restart';

  /** Also offer "Verify with something else". */
  @property({ type: Boolean, attribute: 'can-choose-another' }) canChooseAnother = false;

  override render() {
    return html`${this.renderHeading(this.heading || this.t('errorHeading'))}
      ${this.text ? html`<p class="intro">${this.text}</p>` : ''} ${this.renderMessages()}
      <div class="footer">
        ${this.canChooseAnother
          ? html`<button class="link" ?disabled=${this.busy} @click=${() => this.emit('ovs-choose-another', {})}>
              ${this.t('verifyWithSomethingElse')}
            </button>`
          : ''}
        ${this.action === 'restart'
          ? html`<button class="link" part="action" ?disabled=${this.busy} @click=${() => this.emit('ovs-restart', {})}>
              ${this.t('startOver')}
            </button>`
          : ''}
      </div>`;
  }

  override focusStep(): void {
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-message-step': OvsMessageStep;
  }
}
