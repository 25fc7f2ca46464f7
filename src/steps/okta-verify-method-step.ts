import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { OktaVerifyMethod } from '../flow/model.js';
import { StepElement } from './step-element.js';

/**
 * Okta Verify offers more than one way to verify: a push notification or a code from the app.
 *
 * @fires ovs-method-select - A method was chosen: `{ method: 'push' | 'totp' }`.
 * @fires ovs-choose-another - "Verify with something else" was chosen.
 * @csspart heading - The step's heading.
 * @csspart choice - One method's button.
 * @csspart choose-another - The "Verify with something else" button.
 *
 * @tag ovs-okta-verify-method-step
 */
export class OvsOktaVerifyMethodStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    css`
      .list {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .text {
        display: grid;
        gap: 0.25rem;
      }
      .name {
        font-weight: 600;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.875rem;
      }
    `,
  ];

  /** The methods to offer, in the server's order. */
  @property({ attribute: false }) methods: OktaVerifyMethod[] = ['push', 'totp'];

  override render() {
    return html`${this.renderHeading(this.t('chooseMethodHeading'))}
      <p class="intro">${this.t('chooseMethodIntro')}</p>
      ${this.renderMessages()}
      <ul class="list">
        ${this.methods.map(
          (method) => html`<li>
            <button
              class="button"
              part="choice"
              data-method=${method}
              ?disabled=${this.busy}
              @click=${() => this.emit('ovs-method-select', { method })}
            >
              <span class="text">
                <span class="name">${this.t(method === 'push' ? 'methodPush' : 'methodTotp')}</span>
                <span class="hint">${this.t(method === 'push' ? 'methodPushHint' : 'methodTotpHint')}</span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
      <div class="footer">
        <button class="link" part="choose-another" ?disabled=${this.busy} @click=${() => this.emit('ovs-choose-another', {})}>
          ${this.t('verifyWithSomethingElse')}
        </button>
      </div>`;
  }

  override focusStep(): void {
    this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-okta-verify-method-step': OvsOktaVerifyMethodStep;
  }
}
