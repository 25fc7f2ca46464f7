import { css } from 'lit';

/**
 * Design tokens, all overridable from the page with custom properties on the element or any ancestor.
 * Layout uses logical properties only, so right-to-left languages mirror without extra rules.
 *
 * Light and dark: each default is a `light-dark()` pair, chosen by the element's `color-scheme`. It inherits
 * from the page (a page that declares `color-scheme: light dark` gets both), and `theme="light|dark|auto"` on
 * the widget (or on a step used alone) sets it; `auto` follows the system setting. Every pair keeps text at
 * 4.5:1 or more against its background, and borders at 3:1.
 */
export const theme = css`
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host {
    --_font: var(--ovs-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--ovs-color-text, light-dark(#1d1d21, #ececf1));
    --_muted: var(--ovs-color-text-muted, light-dark(#4b4b55, #b4b4be));
    --_bg: var(--ovs-color-background, light-dark(#ffffff, #1b1b1f));
    --_border: var(--ovs-color-border, light-dark(#8c8c96, #8c8c96));
    --_primary: var(--ovs-color-primary, light-dark(#1662dd, #7aa7ff));
    --_primary-text: var(--ovs-color-primary-text, light-dark(#ffffff, #0b1a33));
    --_error: var(--ovs-color-error, light-dark(#c2161b, #ff8a80));
    --_warning: var(--ovs-color-warning, light-dark(#b35c00, #ffb86b));
    --_focus: var(--ovs-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_primary) 45%, transparent));
    --_radius: var(--ovs-radius, 6px);
    --_gap: var(--ovs-spacing, 1rem);
    font-family: var(--_font);
    /* A long word from the server (a name, an address, an error) wraps instead of widening the card. */
    overflow-wrap: anywhere;
    color: var(--_text);
  }
`;

/**
 * Buttons inside shadow roots (choices, links), and text only screen readers get; the submit button is a
 * native light-DOM button.
 */
export const buttons = css`
  .button {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    inline-size: 100%;
    box-sizing: border-box;
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .button:hover {
    border-color: var(--_primary);
  }
  .button:focus-visible,
  .link:focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .link {
    border: 0;
    padding: 0.25rem;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
