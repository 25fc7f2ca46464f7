import { css, html, type PropertyDeclarations } from 'lit';
import { LaterStepElement } from './later-step-element.js';

/**
 * "Check your email / your phone": the Okta Verify setup link was sent, and the server is polled until the
 * device has enrolled. Offers to send the link again and other ways to set up.
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart progress - The waiting note.
 */
export class OvsEnrollSentStep extends LaterStepElement {
  static readonly tag = 'ovs-enroll-sent-step';

  static override properties: PropertyDeclarations = {
    channel: {},
    to: {},
  };

  static override styles = [
    ...LaterStepElement.styles,
    css`
      .to {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** How the link went out. */
  channel: 'email' | 'sms' = 'email';

  /** Where it went, as the server shows it. */
  to?: string;

  override render() {
    const sms = this.channel === 'sms';
    return html`${this.renderHeading(this.t(sms ? 'enrollSentSmsHeading' : 'enrollSentEmailHeading'))}
      <p class="intro">
        ${this.to ? html`${this.t('enrollSentTo')} <bdi class="to">${this.to}</bdi>. ` : ''}${this.t(sms ? 'enrollSentSmsIntro' : 'enrollSentEmailIntro')}
      </p>
      ${this.renderMessages()} ${this.renderWaiting(this.t('enrollWaiting'))}
      ${this.renderActions()}`;
  }
}
