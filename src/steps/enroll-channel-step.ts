import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { EnrollmentChannel, StepAction } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { StepElement } from './step-element.js';

const LABELS: Record<EnrollmentChannel, { name: TranslationKey; hint: TranslationKey }> = {
  qrcode: { name: 'channelQr', hint: 'channelQrHint' },
  email: { name: 'channelEmail', hint: 'channelEmailHint' },
  sms: { name: 'channelSms', hint: 'channelSmsHint' },
};

/**
 * "Can't scan?": how to receive the Okta Verify setup instead — a QR code, or a link by email or by text
 * message. One button per channel, like the other choice lists.
 *
 * @fires ovs-submit - A channel was chosen: `{ step: 'okta-verify-enroll-channel', channel }`.
 * @fires ovs-action - One of the `actions` was chosen (`choose-another`, `cancel`): `{ action }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of channels.
 * @csspart choice - One channel's button.
 * @csspart choose-another - The "Return to authenticator list" button.
 * @csspart cancel - The "Back to sign in" button.
 *
 * @tag ovs-enroll-channel-step
 */
export class OvsEnrollChannelStep extends StepElement {
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

  /** The channels to offer, in the order given. */
  @property({ attribute: false }) channels: EnrollmentChannel[] = ['qrcode', 'email', 'sms'];

  override render() {
    return html`${this.renderHeading(this.t('enrollChannelHeading'))}
      <p class="intro">${this.t('enrollChannelIntro')}</p>
      ${this.renderMessages()}
      <ul class="list" part="list">
        ${this.channels.map(
          (channel) => html`<li>
            <button
              class="button"
              part="choice"
              data-channel=${channel}
              ?disabled=${this.busy}
              @click=${() => this.submitStep({ step: 'okta-verify-enroll-channel', channel })}
            >
              <span class="text">
                <span class="name">${this.t(LABELS[channel].name)}</span>
                <span class="hint">${this.t(LABELS[channel].hint)}</span>
              </span>
            </button>
          </li>`,
        )}
      </ul>
      ${this.renderActions(['choose-another', 'cancel'])}`;
  }

  protected override actionText(action: StepAction): string {
    return action === 'choose-another' ? this.t('returnToList') : super.actionText(action);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-enroll-channel-step': OvsEnrollChannelStep;
  }
}
