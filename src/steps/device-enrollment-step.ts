import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { lock, StepElement } from './step-element.js';
import { instructionStyles } from './this-device-step.js';

/**
 * "Set up this device": the app requires a managed device. With Okta Device Access, the steps to install
 * Okta Verify and add the org; with a device management vendor, its enrollment link with "Copy link". Either
 * way the user signs in again afterwards ("Start over").
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart instructions - The numbered steps (Okta Device Access).
 * @csspart sign-in-url - The address to type into Okta Verify.
 * @csspart link - The enrollment link (device management).
 * @csspart copy - The "Copy link" button.
 */
export class OvsDeviceEnrollmentStep extends StepElement {
  static readonly tag = 'ovs-device-enrollment-step';

  static override properties: PropertyDeclarations = {
    kind: {},
    platform: {},
    signInUrl: { attribute: 'sign-in-url' },
    enrollmentLink: { attribute: 'enrollment-link' },
    vendor: {},
    copied: { attribute: false },
  };

  static override styles = [
    ...StepElement.styles,
    instructionStyles,
    css`
      .url,
      .link {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .copy {
        justify-content: center;
        font-weight: 600;
      }
    `,
  ];

  /** Okta Device Access (`oda`) or a device management vendor (`mdm`). */
  kind: 'oda' | 'mdm' = 'oda';

  /** The device's platform, as Okta named it. */
  platform?: string;

  /** The org's address to type into Okta Verify (`oda`). */
  signInUrl?: string;

  /** The vendor's enrollment link (`mdm`). */
  enrollmentLink?: string;

  /** The vendor's name (`mdm`). */
  vendor?: string;

  private copied = false;

  override render() {
    return html`${this.renderHeading(this.t('enrollDeviceHeading'))} ${this.renderMessages()}
      <p class="intro">${this.t('enrollDeviceIntro')}</p>
      ${this.kind === 'oda' ? this.renderOda() : this.renderMdm()}
      <p>${this.t('enrollDeviceThen')}</p>
      ${this.renderActions()}`;
  }

  private renderOda() {
    return html`<ol part="instructions">
      <li>${this.t('thisDeviceInstall')}</li>
      <li>${this.t('thisDeviceAddAccount')}</li>
      ${this.signInUrl ? html`<li>${this.t('thisDeviceOrgUrl')} <bdi class="url" part="sign-in-url">${this.signInUrl}</bdi></li>` : nothing}
    </ol>`;
  }

  private renderMdm() {
    if (!this.enrollmentLink) return nothing;
    return html`<p>${this.t('enrollDeviceMdmIntro', this.vendor ?? '')}</p>
      <p><bdi class="link" part="link">${this.enrollmentLink}</bdi></p>
      <button class="button copy" part="copy" ${lock(this.busy)} @click=${this.copy}>${this.t('copyLink')}</button>
      <div role="status">${this.copied ? html`<p>${this.t('linkCopied')}</p>` : nothing}</div>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.enrollmentLink ?? '');
      this.copied = true;
    } catch {
      // The link stays on screen to copy by hand.
      this.copied = false;
    }
  }
}
