/**
 * Right to left, by pixels: the same element is shot left to right and right to left with every text
 * transparent (glyphs do not mirror; boxes, borders and icons do). The right-to-left shot, flipped, must match
 * the left-to-right one; unflipped it must not, or the test could not tell a mirrored layout from an
 * unmirrored one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../helpers/steps-defined.js';
import type { AuthenticatorChoice, FlowMessage } from '../../src/flow/model.js';

/** Mean difference per channel (0–255) a flipped right-to-left shot may have from the left-to-right one. */
const MIRRORED = 0.05;
/** What the unflipped right-to-left shot must differ by, at least, and at least this many times the flipped one. */
const NOT_MIRRORED = 0.25;
const CLEARLY = 20;

const CHOICES: AuthenticatorChoice[] = [
  { id: 'aut1', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'aut2', key: 'phone_number', displayName: 'Phone', methods: ['sms'] },
];
const ERROR: FlowMessage[] = [{ text: 'Something the server said', key: 'E0000009', level: 'error' }];

/**
 * Glyphs go (they do not mirror); each run of text keeps a bar under it, as wide as the text, so where text
 * sits (the number to tap, a heading at the start) is compared too.
 */
const TEXT_AS_BARS = 'color: transparent !important; caret-color: transparent !important; text-decoration: underline solid 4px #767676 !important; text-decoration-skip-ink: none !important;';
const HIDE_TEXT = `*, *::before, *::after, ::slotted(*) { ${TEXT_AS_BARS} }`;
const hideText = new CSSStyleSheet();
hideText.replaceSync(HIDE_TEXT);
/** The same for the light DOM of the shots. */
const hidePageText = new CSSStyleSheet();
hidePageText.replaceSync(`.shot, .shot * { ${TEXT_AS_BARS} }`);

/** Makes text transparent in `root` and every shadow root below it. */
function hideAllText(root: Element | ShadowRoot): void {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot && !el.shadowRoot.adoptedStyleSheets.includes(hideText)) {
      el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, hideText];
      hideAllText(el.shadowRoot);
    }
  }
}

async function shot(selector: string): Promise<ImageData> {
  const base64 = await executeServerCommand<string, { selector: string }>('element-screenshot', { selector });
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Mean absolute difference per colour channel, with `b` flipped left to right when asked. */
function difference(a: ImageData, b: ImageData, flip: boolean): number {
  expect([b.width, b.height], 'same size').to.deep.equal([a.width, a.height]);
  let sum = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * a.width + (flip ? a.width - 1 - x : x)) * 4;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.data[i + c]! - b.data[j + c]!);
    }
  }
  return sum / (a.width * a.height * 3);
}

type Updatable = Element & { updateComplete?: Promise<unknown> };

/** Renders `content` twice, left to right and right to left, and compares the two shots. */
async function compare(content: () => TemplateResult, ready: (root: Element) => boolean = () => true): Promise<{ mirrored: number; unflipped: number }> {
  const page = await fixture<HTMLDivElement>(html`<div style="display: grid; gap: 16px; padding: 8px; background: #fff">
    <div class="shot" id="shot-ltr" dir="ltr" lang="en" style="inline-size: 360px">${content()}</div>
    <div class="shot" id="shot-rtl" dir="rtl" lang="en" style="inline-size: 360px">${content()}</div>
  </div>`);
  const [ltr, rtl] = [page.querySelector('#shot-ltr')!, page.querySelector('#shot-rtl')!];
  await waitUntil(() => ready(ltr) && ready(rtl), 'both rendered', { timeout: 5000 });
  for (const el of page.querySelectorAll<Updatable>('*')) await el.updateComplete;
  // Live regions fill a frame after they appear.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  hideAllText(page);
  (document.activeElement as HTMLElement | null)?.blur();
  const [a, b] = [await shot('#shot-ltr'), await shot('#shot-rtl')];
  return { mirrored: difference(a, b, true), unflipped: difference(a, b, false) };
}

function expectMirrored({ mirrored, unflipped }: { mirrored: number; unflipped: number }): void {
  expect(mirrored, `flipped right to left vs left to right (unflipped: ${unflipped.toFixed(3)})`).to.be.below(MIRRORED);
  expect(unflipped, 'the unflipped shot differs: the element is not symmetric, so mirroring is tested').to.be.above(NOT_MIRRORED);
  expect(unflipped, `clearly more than the flipped one (${mirrored.toFixed(3)})`).to.be.above(mirrored * CLEARLY);
}

describe('right to left, by screenshot', () => {
  before(() => (document.adoptedStyleSheets = [...document.adoptedStyleSheets, hidePageText]));
  after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== hidePageText)));

  it('credentials: the show-password toggle, the fields and an error mirror', async () => {
    expectMirrored(await compare(() => html`<ovs-credentials-step .messages=${ERROR}></ovs-credentials-step>`));
  });

  it('authenticator list: the buttons, an error and the footer mirror', async () => {
    expectMirrored(
      await compare(() => html`<ovs-authenticator-list-step .authenticators=${CHOICES} .messages=${ERROR} actions="cancel"></ovs-authenticator-list-step>`),
    );
  });

  it('push with a number challenge: the number, the waiting spinner and the resend button mirror', async () => {
    expectMirrored(
      await compare(
        () => html`<ovs-push-step correct-answer="42" reminder-delay="0" actions="resend choose-another cancel"></ovs-push-step>`,
        (root) => !!root.querySelector('ovs-push-step')?.shadowRoot?.querySelector('[part=resend]'),
      ),
    );
  });

  it('the widget\'s card with its error banner mirrors', async () => {
    // No issuer: the first step shows, and the banner says the form is not set up; nothing is sent.
    expectMirrored(
      await compare(
        () => html`<okta-verify-signin></okta-verify-signin>`,
        (root) => !!root.querySelector('okta-verify-signin')?.shadowRoot?.querySelector('[part=error]'),
      ),
    );
  });
});
