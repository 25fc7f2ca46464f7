import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { AuthenticatorChoice, StepAction } from '../flow/model.js';
import { LaterStepElement } from './later-step-element.js';
import { lock } from './step-element.js';

/** After this long without an answer, remind the user and offer to send the push again (as Okta's widget does). */
export const PUSH_REMINDER_MS = 30_000;

/**
 * "Push notification sent": waits for the user to respond on their device (Okta Verify, or a custom push app), shows the number to tap when the
 * server asks for a number challenge, and offers to resend or to verify with something else. Progress is
 * announced politely, with the number to tap; a rejected or timed-out push says so and offers to resend.
 *
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server (a rejected push, a timeout).
 * @csspart app - A custom push app's name, with its logo when Okta gives one.
 * @csspart logo - That logo.
 * @csspart number - The number to tap on the device.
 * @csspart progress - The waiting indicator, whose status text also says the number to tap.
 * @csspart reminder - The reminder shown after 30 seconds without an answer.
 * @csspart resend - The "Resend push notification" button, shown once a reminder or a rejection makes it useful.
 */
export class OvsPushStep extends LaterStepElement {
  static readonly tag = 'ovs-push-step';

  static override properties: PropertyDeclarations = {
    authenticator: { attribute: false },
    correctAnswer: { attribute: 'correct-answer' },
    waiting: { type: Boolean },
    reminderDelay: { type: Number, attribute: 'reminder-delay' },
    remind: { attribute: false },
  };

  static override styles = [
    ...LaterStepElement.styles,
    css`
      .number {
        margin: 0.5rem 0 var(--_gap);
        font-size: var(--ovs-number-size, 3rem);
        font-weight: 700;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      .reminder {
        margin: 0 0 var(--_gap);
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--_warning);
        border-radius: var(--_radius);
      }
      .resend {
        justify-content: center;
        font-weight: 600;
      }
      .app {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 var(--_gap);
        font-weight: 600;
      }
    `,
  ];

  /** The app the push goes to; its name is shown. Without it, Okta Verify. */
  authenticator?: AuthenticatorChoice;

  /** The number to tap on the device (number challenge). */
  correctAnswer?: string;

  /** True while the server still waits for the device. */
  waiting = true;

  /** Milliseconds without an answer before the reminder and "Resend" appear. */
  reminderDelay: number = PUSH_REMINDER_MS;

  protected override readonly ownActions: readonly StepAction[] = ['resend'];

  private remind = false;
  private reminderTimer?: ReturnType<typeof setTimeout>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.reminderTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Each new wait (a first push, a resend) gets its own reminder clock.
    if (changed.has('waiting') || changed.has('correctAnswer')) {
      clearTimeout(this.reminderTimer);
      this.remind = false;
      if (this.waiting) this.reminderTimer = setTimeout(() => (this.remind = true), this.reminderDelay);
    }
  }

  override render() {
    // "Tap 42 on your device": the number's own label, and said again with the waiting status.
    const number = this.correctAnswer && this.t('pushNumberLabel', this.correctAnswer);
    const app = this.authenticator && this.authenticator.key !== 'okta_verify' ? this.authenticator : undefined;
    return html`${this.renderHeading(this.t('pushHeading'))}
      ${app
        ? html`<p class="app" part="app">${app.logoUri ? html`<img part="logo" src=${app.logoUri} alt="" width="32" height="32" />` : nothing}<bdi>${app.displayName}</bdi></p>`
        : nothing}
      ${this.renderMessages()}
      ${this.waiting && this.correctAnswer
        ? html`<p class="intro">${this.t('pushNumberIntro')}</p>
            <p class="number" part="number" role="img" aria-label=${number}>${this.correctAnswer}</p>`
        : nothing}
      ${this.renderWaiting(this.waiting ? this.t('pushSent') : undefined, number)}
      <div role="status">${this.waiting && this.remind ? html`<p class="reminder" part="reminder">${this.t('pushReminder', this.authenticatorName(this.authenticator))}</p>` : nothing}</div>
      ${this.actions.includes('resend') && (!this.waiting || this.remind || this.messages.some((m) => m.level === 'error'))
        ? html`<button class="button resend" part="resend" ${lock(this.busy)} @click=${() => this.runAction('resend')}>
            ${this.actionText('resend')}
          </button>`
        : nothing}
      ${this.renderActions()}`;
  }
}
