import { LitElement, css, html } from 'lit';
import { theme } from '../styles/theme.js';

/**
 * Styling shell for one native light-DOM control: a label, the input (or submit button) and its error text
 * stay in the page's tree, so forms, autofill and label association work, while the look lives here.
 *
 * @slot label - The `<label>` of the input.
 * @slot - The native `<input>` or `<button>`.
 * @slot end - A control beside the input, such as the show-password toggle.
 * @slot hint - Help for the input (such as password rules), referenced by its `aria-describedby`.
 * @slot error - The error text, referenced by the input's `aria-describedby`.
 * @csspart base - The wrapper.
 */
export class OvsControl extends LitElement {
  static readonly tag = 'ovs-control';

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      .base {
        display: grid;
        gap: 0.375rem;
      }
      ::slotted(label) {
        font-weight: 600;
      }
      ::slotted(input) {
        box-sizing: border-box;
        inline-size: 100%;
        padding: 0.625rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
        font: inherit;
      }
      ::slotted(input:focus-visible) {
        outline: none;
        border-color: var(--_primary);
        box-shadow: var(--_focus);
      }
      ::slotted(input[aria-invalid='true']) {
        border-color: var(--_error);
      }
      ::slotted(button) {
        inline-size: 100%;
        padding: 0.75rem 1rem;
        border: 0;
        border-radius: var(--_radius);
        background: var(--_primary);
        color: var(--_primary-text);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      ::slotted(button:focus-visible) {
        outline: none;
        box-shadow: var(--_focus);
      }
      ::slotted(button:disabled),
      ::slotted([aria-disabled='true']) {
        cursor: progress;
        opacity: 0.7;
      }
      .row {
        display: flex;
        gap: 0.5rem;
      }
      ::slotted(input) {
        flex: 1 1 auto;
        min-inline-size: 0;
      }
      ::slotted([slot='end']) {
        flex: none;
        inline-size: auto;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_primary);
        font-weight: 600;
      }
      ::slotted([slot='hint']) {
        color: var(--_muted);
        font-size: 0.875rem;
      }
      ::slotted([slot='error']) {
        margin: 0;
        color: var(--_error);
        font-size: 0.875rem;
      }
      /* A checkbox: the box, then its label, on one line. */
      :host([kind='check']) .check {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      :host([kind='check']) ::slotted(input) {
        flex: none;
        inline-size: 1.125rem;
        block-size: 1.125rem;
        margin: 0;
        padding: 0;
        accent-color: var(--_primary);
      }
      :host([kind='check']) ::slotted(label) {
        font-weight: 400;
      }
    `,
  ];

  /** `check`: a checkbox and its label on one line. */
  kind?: 'check';

  static override properties = { kind: { reflect: true } };

  override render() {
    if (this.kind === 'check') return html`<div class="check" part="base"><slot></slot><slot name="label"></slot></div><slot name="error"></slot>`;
    return html`<div class="base" part="base">
      <slot name="label"></slot>
      <slot name="hint"></slot>
      <div class="row"><slot></slot><slot name="end"></slot></div>
      <slot name="error"></slot>
    </div>`;
  }
}
