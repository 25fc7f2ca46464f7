import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { FastPassLaunch } from '../flow/model.js';
import { LaterStepElement } from './later-step-element.js';
import { lock } from './step-element.js';

/**
 * Okta FastPass: Okta Verify on this device confirms who the user is. Over loopback the widget reaches the app
 * by itself and this step only says so. With a custom URI the step asks the browser to open the app (a hidden
 * frame, so the page stays) and offers to try again and to download Okta Verify; with an app or universal link
 * it shows an "Open Okta Verify" link, followed by the user's own tap as the platform requires.
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart progress - The waiting indicator.
 * @csspart open - The "Open Okta Verify" link (app and universal links).
 * @csspart retry - "Try again" (custom URI): asks the browser to open Okta Verify again.
 * @csspart download - The "Download Okta Verify" link.
 */
export class OvsFastPassStep extends LaterStepElement {
  static readonly tag = 'ovs-fastpass-step';

  static override properties: PropertyDeclarations = {
    purpose: {},
    launch: {},
    href: {},
    downloadHref: { attribute: 'download-href' },
    attempt: { attribute: false },
  };

  static override styles = [
    ...LaterStepElement.styles,
    css`
      .open,
      .retry {
        justify-content: center;
        font-weight: 600;
        text-decoration: none;
      }
      .download {
        margin-block-start: var(--_gap);
        color: var(--_muted);
      }
      iframe {
        display: none;
      }
    `,
  ];

  /** On the first step (`sign-in`), or as the authenticator chosen to verify with (`verify`). */
  purpose: 'sign-in' | 'verify' = 'sign-in';

  /** How Okta Verify is reached. */
  launch: FastPassLaunch = 'loopback';

  /** What opens Okta Verify (custom URI, app or universal link). */
  href?: string;

  /** Where to get Okta Verify. */
  downloadHref?: string;

  /** Each "Try again" asks the browser again, through a new frame. */
  private attempt = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('href')) this.attempt = 0;
  }

  override render() {
    const heading = this.purpose === 'verify' ? 'fastPassVerifyHeading' : 'fastPassHeading';
    return html`${this.renderHeading(this.t(heading))} ${this.renderMessages()} ${this.renderLaunch()}
      ${this.launch !== 'loopback' && this.downloadHref
        ? html`<p class="download">${this.t('noOktaVerify')} <a part="download" href=${this.downloadHref} target="_blank" rel="noopener noreferrer">${this.t('downloadOktaVerify')}</a></p>`
        : nothing}
      ${this.renderActions()}`;
  }

  private renderLaunch() {
    if (this.launch === 'loopback') {
      return html`<p class="intro">${this.t('fastPassLoopbackIntro')}</p>
        ${this.renderWaiting(this.t('fastPassReaching'))}`;
    }
    if (!this.href) return html`<p class="intro">${this.t('fastPassNoLink')}</p>`;
    if (this.launch === 'custom-uri') {
      // The browser's "Open Okta Verify?" prompt comes from the frame; the page itself never navigates.
      return html`<p class="intro">${this.t('fastPassCustomUriIntro')}</p>
        ${this.renderWaiting(this.t('fastPassWaiting'))}
        <button class="button retry" part="retry" ${lock(this.busy)} @click=${() => this.attempt++}>${this.t('tryAgain')}</button>
        ${keyed(this.attempt, html`<iframe src=${this.href} title=${this.t('openOktaVerify')} tabindex="-1" aria-hidden="true"></iframe>`)}`;
    }
    return html`<p class="intro">${this.t('fastPassAppLinkIntro')}</p>
      <a class="button open" part="open" href=${this.href} rel="noopener">${this.t('openOktaVerify')}</a>
      ${this.renderWaiting(this.t('fastPassWaiting'))}`;
  }
}
