import { html, type PropertyDeclarations } from 'lit';
import type { EnrollmentChannel } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { LaterStepElement } from './later-step-element.js';

const LABELS: Record<EnrollmentChannel, { name: TranslationKey; hint: TranslationKey }> = {
  qrcode: { name: 'channelQr', hint: 'channelQrHint' },
  email: { name: 'channelEmail', hint: 'channelEmailHint' },
  sms: { name: 'channelSms', hint: 'channelSmsHint' },
  samedevice: { name: 'thisDeviceHeading', hint: 'thisDeviceInstall' },
};

/**
 * "Can't scan?": how to receive the Okta Verify setup instead — a QR code, or a link by email or by text
 * message. One button per channel, like the other choice lists.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A channel was chosen: `{ channel }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of channels.
 * @csspart choice - One channel's button.
 */
export class OvsEnrollChannelStep extends LaterStepElement {
  static readonly tag = 'ovs-enroll-channel-step';

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
        (channel) => this.submitStep({ channel }),
      )}
      ${this.renderActions()}`;
  }
}
