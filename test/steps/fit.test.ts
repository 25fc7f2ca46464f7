/**
 * Every language fits: each step sample rendered in a pseudo-language (every string ~40 % longer, accented,
 * in brackets), in German and in Arabic, at the card's smallest width (320 px) and at 200 % zoom, must show
 * all of its text: no element that clips its overflowing content, no text cut by an ellipsis, no text outside
 * the card, and, in a screenshot, nothing drawn outside the card.
 *
 * 200 % zoom is a 160 px box: page zoom halves the CSS pixels a 320 px card lays out in, so the card reflows
 * as it would in a 160 px box at 100 %. Zooming the root (`zoom: 2`) around a 320 px box would only magnify
 * the 320 px layout, so nothing could overflow that did not already.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import '../helpers/steps-defined.js';
import { en, type TranslationInput } from '../../src/i18n/en.js';
import { loadLanguage, registerTranslation } from '../../src/i18n/localize.js';
import { stepLines } from '../helpers/step-samples.js';

const PSEUDO = 'en-XA';
const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'aceinosuyzACEINOSUYZ'].map((c, i) => [c, 'áçéîñöšûýžÅÇÉÎÑÖŠÛÝŽ'[i]!]),
);

/** A word ~40 % longer (its own first letters again), accented: long words are where lines break badly. */
function pseudoText(text: string): string {
  const longer = text.replace(/\p{L}+/gu, (word) => word + word.slice(0, Math.ceil(word.length * 0.4)).toLowerCase());
  return `[${[...longer].map((c) => ACCENTED[c] ?? c).join('')}]`;
}

/** English, every string and every string a function builds made pseudo. Tests only: never shipped. */
function pseudoLanguage(): TranslationInput {
  const table: Record<string, unknown> = { $code: PSEUDO, $name: pseudoText('English'), $dir: 'ltr' };
  for (const [key, value] of Object.entries(en)) {
    if (key.startsWith('$')) continue;
    table[key] = typeof value === 'function' ? (...args: unknown[]) => pseudoText((value as (...a: unknown[]) => string)(...args)) : pseudoText(value as string);
  }
  table.$messages = Object.fromEntries(Object.entries(en.$messages).map(([key, value]) => [key, pseudoText(value)]));
  return table as TranslationInput;
}

const WIDTHS = { 'card at 320 px': 320, '200 % zoom (160 px)': 160 } as const;
/** Around the card, a colour no step paints, so the screenshot tells anything drawn outside it. */
const SURROUND = [255, 0, 255];
const MARGIN = 24;

/** Every element of the step: its light DOM and every shadow root below it. */
function* allElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
  if (root instanceof Element && root.shadowRoot) yield* allElements(root.shadowRoot);
}

/** Text meant only for screen readers, or not shown at all. */
function unseen(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath === 'inset(50%)') return true;
  }
  return false;
}

const describeEl = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}${el.className && typeof el.className === 'string' ? ` class=${el.className}` : ''}> ${JSON.stringify((el.textContent ?? '').trim().slice(0, 40))}`;

/** What does not fit: clipped or ellipsised elements, and text whose boxes leave the card. */
function misfits(step: HTMLElement): string[] {
  const card = step.getBoundingClientRect();
  const found: string[] = [];
  for (const el of allElements(step)) {
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || unseen(el)) continue;
    const style = getComputedStyle(el);
    const clips = /hidden|clip/.test(style.overflowX) || /hidden|clip/.test(style.overflow);
    const over = el.scrollWidth > el.clientWidth + 1;
    if (over && style.textOverflow === 'ellipsis') found.push(`cut by an ellipsis: ${describeEl(el)}`);
    else if (over && clips) found.push(`clips its content (${el.scrollWidth} > ${el.clientWidth}): ${describeEl(el)}`);
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width && (rect.left < card.left - 1 || rect.right > card.right + 1)) {
          found.push(`text outside the card (${Math.round(rect.left - card.left)}…${Math.round(rect.right - card.left)} of ${Math.round(card.width)}): ${describeEl(el)}`);
          break;
        }
      }
    }
  }
  return found;
}

async function shot(selector: string): Promise<ImageData> {
  const base64 = await executeServerCommand<string, { selector: string }>('element-screenshot', { selector });
  const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Pixels of the surround, outside the card's box, that are not the surround's colour. */
function drawnOutside(image: ImageData, card: { x: number; y: number; width: number; height: number }): number {
  let count = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (x >= card.x - 1 && x < card.x + card.width + 1 && y >= card.y - 1 && y < card.y + card.height + 1) continue;
      const i = (y * image.width + x) * 4;
      const d = Math.abs(image.data[i]! - SURROUND[0]!) + Math.abs(image.data[i + 1]! - SURROUND[1]!) + Math.abs(image.data[i + 2]! - SURROUND[2]!);
      if (d > 30) count++;
    }
  }
  return count;
}

describe('every language fits the card', () => {
  before(async () => {
    registerTranslation(pseudoLanguage());
    await Promise.all(['de', 'ar'].map((lang) => loadLanguage(lang)));
  });

  it('the pseudo-language is longer, accented and bracketed', () => {
    const table = pseudoLanguage() as Record<string, unknown>;
    expect(table.signIn).to.equal('[Šîgñšî îñî]');
    const sentence = en.chooseAuthenticatorHeading;
    expect((table.chooseAuthenticatorHeading as string).length / sentence.length).to.be.within(1.3, 1.6);
  });

  /** One step at `width`, with `css` added to its shadow root; its wrapper, to shoot. */
  async function mount(tag: string, properties: Record<string, unknown>, lang: string, width: number, css = ''): Promise<{ step: HTMLElement; wrapper: HTMLElement }> {
    const step = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    Object.assign(step, properties);
    step.lang = lang;
    const wrapper = await fixture<HTMLDivElement>(html`<div class="fit" style="display: inline-block; padding: ${MARGIN}px; background: rgb(${SURROUND.join(',')})">
      <div style="inline-size: ${width}px; background: #fff">${step}</div>
    </div>`);
    await step.updateComplete;
    if (css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      step.shadowRoot!.adoptedStyleSheets = [...step.shadowRoot!.adoptedStyleSheets, sheet];
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return { step, wrapper };
  }

  /** Problems with one mounted step, by geometry and by screenshot. */
  async function problemsOf(step: HTMLElement, wrapper: HTMLElement): Promise<string[]> {
    const found = misfits(step);
    const box = wrapper.getBoundingClientRect();
    const card = (step.parentElement as HTMLElement).getBoundingClientRect();
    const outside = drawnOutside(await shot('.fit'), { x: Math.round(card.left - box.left), y: Math.round(card.top - box.top), width: Math.round(card.width), height: Math.round(card.height) });
    if (outside) found.push(`screenshot: ${outside} pixels drawn outside the card`);
    return found;
  }

  it('tells text that overflows, is clipped or is cut by an ellipsis', async () => {
    const overflowing = await mount('ovs-code-step', {}, PSEUDO, 160, '.heading { white-space: nowrap }');
    const found = await problemsOf(overflowing.step, overflowing.wrapper);
    expect(found.some((p) => p.startsWith('text outside the card')), found.join('\n')).to.equal(true);
    expect(found.some((p) => p.startsWith('screenshot')), found.join('\n')).to.equal(true);
    overflowing.wrapper.remove();
    const clipped = await mount('ovs-code-step', {}, PSEUDO, 160, '.heading { white-space: nowrap; overflow: hidden }');
    expect((await problemsOf(clipped.step, clipped.wrapper)).some((p) => p.startsWith('clips its content'))).to.equal(true);
    clipped.wrapper.remove();
    const cut = await mount('ovs-code-step', {}, PSEUDO, 160, '.heading { white-space: nowrap; overflow: hidden; text-overflow: ellipsis }');
    expect((await problemsOf(cut.step, cut.wrapper)).some((p) => p.startsWith('cut by an ellipsis'))).to.equal(true);
    cut.wrapper.remove();
  });

  for (const lang of [PSEUDO, 'de', 'ar']) {
    for (const [label, width] of Object.entries(WIDTHS)) {
      it(`${lang}, ${label}: every step shows all its text inside the card`, async () => {
        const problems: string[] = [];
        for (const [tag, properties, about] of stepLines()) {
          const { step, wrapper } = await mount(tag, properties, lang, width);
          for (const problem of await problemsOf(step, wrapper)) problems.push(`${about.step} <${tag}>: ${problem}`);
          wrapper.remove();
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }
});
