import { css } from 'lit';

/**
 * Design tokens, all overridable from the page with custom properties on the element or any ancestor.
 * Layout uses logical properties only, so right-to-left languages mirror without extra rules.
 */
export const theme = css`
  :host {
    --_font: var(--ovs-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--ovs-color-text, #1d1d21);
    --_muted: var(--ovs-color-text-muted, #4b4b55);
    --_bg: var(--ovs-color-background, #ffffff);
    --_border: var(--ovs-color-border, #8c8c96);
    --_primary: var(--ovs-color-primary, #1662dd);
    --_primary-text: var(--ovs-color-primary-text, #ffffff);
    --_error: var(--ovs-color-error, #c2161b);
    --_focus: var(--ovs-focus-ring, 0 0 0 3px color-mix(in srgb, var(--_primary) 45%, transparent));
    --_radius: var(--ovs-radius, 6px);
    --_gap: var(--ovs-spacing, 1rem);
    font-family: var(--_font);
    /* A long word from the server (a name, an address, an error) wraps instead of widening the card. */
    overflow-wrap: anywhere;
    color: var(--_text);
  }
`;

/** Buttons inside shadow roots (choices, links); the submit button is a native light-DOM button. */
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
  .button:disabled {
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
`;
