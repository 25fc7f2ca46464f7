import { css, html } from 'lit';
import { lock, StepElement } from './step-element.js';

/**
 * After signing in, Okta asks whether to stay signed in on this device: two buttons, yes first.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - `{ keepSignedIn: true }` or `{ keepSignedIn: false }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart accept - The "Stay signed in" button.
 * @csspart decline - The "Don't stay signed in" button.
 */
export class OvsKeepSignedInStep extends StepElement {
  static readonly tag = 'ovs-keep-signed-in-step';

  static override styles = [
    ...StepElement.styles,
    css`
      .answers {
        display: grid;
        gap: 0.5rem;
      }
      .button {
        justify-content: center;
        font-weight: 600;
      }
    `,
  ];

  override render() {
    return html`${this.renderHeading(this.t('keepSignedInHeading'))}
      <p class="intro">${this.t('keepSignedInIntro')}</p>
      ${this.renderMessages()}
      <div class="answers">
        <button class="button" part="accept" ${lock(this.busy)} @click=${() => this.submitStep({ keepSignedIn: true })}>${this.t('keepSignedInYes')}</button>
        <button class="button" part="decline" ${lock(this.busy)} @click=${() => this.submitStep({ keepSignedIn: false })}>${this.t('keepSignedInNo')}</button>
      </div>
      ${this.renderActions()}`;
  }
}
