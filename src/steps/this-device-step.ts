import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { LaterStepElement } from './later-step-element.js';

/** Numbered instructions, as the device steps show them. */
export const instructionStyles = css`
  ol {
    margin: 0 0 var(--_gap);
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
`;

/**
 * "Set up Okta Verify on this device": install Okta Verify here and add the org (with its address to type and
 * the download link), or add the account from a device that already has it. Okta is polled until Okta
 * Verify has enrolled.
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart instructions - The numbered steps.
 * @csspart org-url - The organization's address to type into Okta Verify.
 * @csspart download - The "Download Okta Verify" link.
 * @csspart progress - The waiting note.
 */
export class OvsThisDeviceStep extends LaterStepElement {
  static readonly tag = 'ovs-this-device-step';

  static override properties: PropertyDeclarations = {
    how: {},
    orgUrl: { attribute: 'org-url' },
    downloadHref: { attribute: 'download-href' },
    platform: {},
    enrolledDevices: { attribute: false },
  };

  static override styles = [
    ...LaterStepElement.styles,
    instructionStyles,
    css`
      .org-url {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Install Okta Verify and add the org (`install`), or add the account from an enrolled device. */
  how: 'install' | 'from-enrolled-device' = 'install';

  /** The org's address to type into Okta Verify. */
  orgUrl?: string;

  /** Where to get Okta Verify for this platform. */
  downloadHref?: string;

  /** The platform Okta named (`ios`, `android`, …). */
  platform?: string;

  /** The devices that already have the account. */
  enrolledDevices: string[] = [];

  override render() {
    return html`${this.renderHeading(this.t('thisDeviceHeading'))} ${this.renderMessages()}
      ${this.how === 'from-enrolled-device' && this.enrolledDevices.length
        ? html`<p class="intro">${this.t('thisDeviceFromDevices', this.listFormat(this.enrolledDevices))}</p>`
        : html`<ol part="instructions">
            <li>
              ${this.t('thisDeviceInstall')}
              ${this.downloadHref
                ? html`<a part="download" href=${this.downloadHref} target="_blank" rel="noopener noreferrer">${this.t('downloadOktaVerify')}</a>`
                : nothing}
            </li>
            <li>${this.t('thisDeviceAddAccount')}</li>
            ${this.orgUrl ? html`<li>${this.t('thisDeviceOrgUrl')} <bdi class="org-url" part="org-url">${this.orgUrl}</bdi></li>` : nothing}
          </ol>`}
      ${this.renderWaiting(this.t('thisDeviceWaiting'))} ${this.renderActions()}`;
  }

  /** "A, B and C", in the widget's language. */
  private listFormat(items: string[]): string {
    try {
      return new Intl.ListFormat(this.localize.lang(), { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }
}
