import { html, type PropertyDeclarations } from 'lit';
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
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A channel was chosen: `{ step: 'okta-verify-enroll-channel', channel }`.
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen (`choose-another`, `cancel`): `{ action }`.
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
  static override properties: PropertyDeclarations = {
    channels: { attribute: false },
  };

  /** The channels to offer, in the order given. */
  channels: EnrollmentChannel[] = ['qrcode', 'email', 'sms'];

  override render() {
    return html`${this.renderHeading(this.t('enrollChannelHeading'))}
      <p class="intro">${this.t('enrollChannelIntro')}</p>
      ${this.renderMessages()}
      ${this.renderChoices(
        this.channels,
        'channel',
        (channel) => ({ value: channel, name: this.t(LABELS[channel].name), hint: this.t(LABELS[channel].hint) }),
        (channel) => this.submitStep({ step: 'okta-verify-enroll-channel', channel }),
      )}
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
