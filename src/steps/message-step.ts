import { html, type PropertyDeclarations } from 'lit';
import type { TranslationKey } from '../i18n/localize.js';
import { StepElement } from './step-element.js';

/** What the message is about; each has its own heading and sentence. */
export type MessageKind = 'success' | 'terminal' | 'unsupported' | 'handled-by-page';

const TEXT: Record<MessageKind, { heading: TranslationKey; text?: TranslationKey }> = {
  success: { heading: 'signedIn' },
  terminal: { heading: 'errorHeading' },
  unsupported: { heading: 'errorHeading', text: 'unsupportedStep' },
  'handled-by-page': { heading: 'handledByPageHeading', text: 'handledByPage' },
};

/**
 * A step that only tells something: signed in, the transaction ended, a step this widget does not render,
 * or the page took over. Its way forward comes from `actions` ("Start over", "Verify with something else").
 *
 * @csspart heading - The step's heading.
 * @csspart messages - The messages.
 */
export class OvsMessageStep extends StepElement {
  static readonly tag = 'ovs-message-step';

  static override properties: PropertyDeclarations = {
    kind: {},
    heading: {},
    text: {},
  };

  /** Which message to show. */
  kind: MessageKind = 'terminal';

  /** Replaces the kind's heading. */
  heading = '';

  /** Replaces the kind's sentence under the heading. */
  text = '';

  override render() {
    const words = TEXT[this.kind] ?? TEXT.terminal;
    const text = this.text || (words.text ? this.t(words.text) : '');
    return html`${this.renderHeading(this.heading || this.t(words.heading))}
      ${text ? html`<p class="intro">${text}</p>` : ''} ${this.renderMessages()}
      ${this.renderActions()}`;
  }
}
