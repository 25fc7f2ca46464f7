import { css, html, type PropertyDeclarations } from 'lit';
import { isSafeQrCode } from '../flow/steps/enrollment.js';
import { LaterStepElement } from './later-step-element.js';

/**
 * Okta Verify setup by QR code: numbered instructions, the code to scan, and a waiting note while the
 * server is polled for the device. The image is shown only from a `data:image/png` or `data:image/svg+xml`
 * URL carried in the response; anything else is refused with a message and the other ways to set up.
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart instructions - The numbered instructions.
 * @csspart qr-code - The QR image.
 * @csspart qr-refused - Shown instead of the image when the response's QR code is not a safe image URL.
 * @csspart progress - The waiting note.
 */
export class OvsEnrollQrStep extends LaterStepElement {
  static readonly tag = 'ovs-enroll-qr-step';

  static override properties: PropertyDeclarations = {
    qrCode: { attribute: 'qr-code' },
  };

  static override styles = [
    ...LaterStepElement.styles,
    css`
      .instructions {
        margin: 0 0 var(--_gap);
        padding-inline-start: 1.25rem;
        display: grid;
        gap: 0.375rem;
      }
      .qr {
        display: block;
        margin: 0 auto var(--_gap);
        inline-size: min(12rem, 100%);
        box-sizing: border-box;
        block-size: auto;
        aspect-ratio: 1;
        padding: 0.5rem;
        background: #fff;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        image-rendering: pixelated;
      }
      .refused {
        margin: 0 0 var(--_gap);
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--_error);
        border-radius: var(--_radius);
      }
    `,
  ];

  /** The QR image URL (`data:image/png` or `data:image/svg+xml` only). */
  qrCode?: string;

  override render() {
    const safe = isSafeQrCode(this.qrCode);
    return html`${this.renderHeading(this.t('enrollQrHeading'))} ${this.renderMessages()}
      <ol class="instructions" part="instructions">
        <li>${this.t('enrollQrStep1')}</li>
        <li>${this.t('enrollQrStep2')}</li>
        <li>${this.t('enrollQrStep3')}</li>
      </ol>
      ${safe
        ? html`<img class="qr" part="qr-code" src=${this.qrCode!} alt=${this.t('enrollQrAlt')} />`
        : html`<p class="refused" part="qr-refused" role="alert">${this.t('enrollQrUnavailable')}</p>`}
      ${this.renderWaiting(safe ? this.t('enrollWaiting') : undefined)}
      ${this.renderActions()}`;
  }
}
