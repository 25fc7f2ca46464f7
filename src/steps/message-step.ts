import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { StepAction } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { lock, StepElement } from './step-element.js';

/** What the message is about; each has its own heading and sentence. */
export type MessageKind = 'success' | 'terminal' | 'unsupported' | 'handled-by-page';

const TEXT: Record<MessageKind, { heading: TranslationKey; text?: TranslationKey }> = {
  success: { heading: 'signedIn' },
  terminal: { heading: 'errorHeading' },
  unsupported: { heading: 'errorHeading', text: 'unsupportedStep' },
  'handled-by-page': { heading: 'handledByPageHeading', text: 'handledByPage' },
};

/** Headings for endings that went well, by the key of Okta's message; any other INFO ending gets a neutral one. */
const INFO_HEADINGS: Record<string, TranslationKey> = {
  'idx.recovery.completed': 'passwordResetHeading',
  'oie.selfservice.unlock_user.success.message': 'accountUnlockedHeading',
  'idx.return.to.original.tab': 'returnToTabHeading',
  'idx.enter.otp.in.original.tab': 'codeElsewhereHeading',
};

/**
 * A step that only tells something: signed in, the transaction ended (badly, or well with something to tell:
 * password reset, account unlocked, return to the original tab, a code to type in the original browser), a step
 * this widget does not render (with "Continue on your organization's sign-in page" when offered), or the page
 * took over. Its way forward comes from `actions` ("Start over", "Back to sign in").
 *
 * @csspart heading - The step's heading.
 * @csspart messages - The messages.
 * @csspart otp - The one-time code to type in the original browser.
 * @csspart requested-from - Where that sign-in began.
 */
export class OvsMessageStep extends StepElement {
  static readonly tag = 'ovs-message-step';

  static override properties: PropertyDeclarations = {
    kind: {},
    heading: {},
    text: {},
    info: { type: Boolean },
    otp: {},
    requestedFrom: { attribute: 'requested-from' },
  };

  static override styles = [
    ...StepElement.styles,
    css`
      .otp {
        margin: 0 0 var(--_gap);
        font-size: var(--ovs-number-size, 2rem);
        font-weight: 700;
        letter-spacing: 0.15em;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
      .continue {
        justify-content: center;
        font-weight: 600;
      }
    `,
  ];

  /** Which message to show. */
  kind: MessageKind = 'terminal';

  /** Replaces the kind's heading. */
  heading = '';

  /** Replaces the kind's sentence under the heading. */
  text = '';

  /** The ending went well: only information, no error (a neutral heading, not "Something went wrong"). */
  info = false;

  /** A one-time code to show, for the user to type in the browser where the sign-in began. */
  otp?: string;

  /** Where that sign-in began, as Okta describes it. */
  requestedFrom?: string;

  protected override readonly ownActions: readonly StepAction[] = ['continue-hosted'];

  private get infoHeading(): TranslationKey {
    return INFO_HEADINGS[this.messages.find((m) => m.key && INFO_HEADINGS[m.key])?.key ?? ''] ?? 'noticeHeading';
  }

  override render() {
    const words = TEXT[this.kind] ?? TEXT.terminal;
    const hosted = this.actions.includes('continue-hosted');
    const textKey = this.kind === 'unsupported' && hosted ? 'unsupportedStepHosted' : words.text;
    const text = this.text || (textKey ? this.t(textKey) : '');
    const heading = this.heading || this.t(this.kind === 'terminal' && this.info ? this.infoHeading : words.heading);
    return html`${this.renderHeading(heading)}
      ${text ? html`<p class="intro">${text}</p>` : ''} ${this.renderMessages()}
      ${this.otp ? html`<p class="otp" part="otp" dir="ltr">${this.otp}</p>` : nothing}
      ${this.requestedFrom ? html`<p class="intro" part="requested-from">${this.t('requestedFrom')} <bdi>${this.requestedFrom}</bdi></p>` : nothing}
      ${hosted
        ? html`<button class="button continue" part="continue-hosted" ${lock(this.busy)} @click=${() => this.runAction('continue-hosted')}>${this.actionText('continue-hosted')}</button>`
        : nothing}
      ${this.renderActions()}`;
  }
}
