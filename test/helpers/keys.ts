/** Real key presses, and where focus is, for the keyboard and focus tests. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The element focus is on, looking into shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export const press = (key: string) => sendKeys({ press: key });
export const type = (text: string) => sendKeys({ type: text });

/** Presses `key` (Tab by default) until `match` holds for the focused element, at most `limit` times. */
export async function tabTo(match: (el: Element | null) => boolean, what: string, limit = 8, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit && !match(focused()); i++) await press(key);
  expect(match(focused()), `focus on ${what} (now ${focused()?.outerHTML.slice(0, 80)})`).to.equal(true);
}

export const isHeading = (el: Element | null) => !!el?.classList.contains('heading');
export const named = (name: string) => (el: Element | null) => el?.getAttribute('name') === name;

/**
 * A short name for an element, for assertions: a failed `expect(element)` on a custom element can make the
 * test runner serialize its whole object graph.
 */
export function nameOf(el: Element | null | undefined): string {
  if (!el) return 'nothing';
  const name = el.getAttribute('name') ?? el.getAttribute('part') ?? (el.id ? `#${el.id}` : '');
  return name ? `${el.localName}[${name}]` : el.localName;
}

/** `actual` is `expected`, said with short names when it is not. */
export function expectSame(actual: Element | null | undefined, expected: Element | null | undefined, what: string): void {
  expect(actual === expected, `${what}: ${nameOf(actual)}, not ${nameOf(expected)}`).to.equal(true);
}
