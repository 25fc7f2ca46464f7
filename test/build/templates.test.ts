/**
 * The build minifies lit's `css` and `html` templates (scripts/build/minify-templates.js). Here every element
 * (each sample of each shown step from test/helpers/step-samples.ts, some in other states, the control and the
 * widget) is rendered twice, as written and with its templates and styles put through those same functions,
 * and the two must render alike: the same elements, attributes, text, layout boxes and computed styles. Each minified
 * style sheet must parse to the same rules. Then the functions' edge cases, one by one.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { unsafeCSS, type CSSResultOrNative, type LitElement, type TemplateResult } from 'lit';
import '../helpers/steps-defined.js';
import type { StepAction } from '../../src/flow/model.js';
import { minifyCssParts, minifyHtmlParts } from '../../scripts/build/minify-templates.js';
import { stepLine, stepLines } from '../helpers/step-samples.js';

const ACTIONS: StepAction[] = ['choose-another', 'resend', 'skip', 'switch-channel', 'cancel', 'restart'];
const ERROR = [{ text: 'Something the server said', key: 'E0000009', level: 'error' as const }];

/** Every sample of every shown step, idle; then shared state on some: a server error, busy, a field's error, reconnecting, a right-to-left language. */
const STEP_CASES = [
  ...stepLines(),
  stepLine('identify', {}, { messages: ERROR }),
  stepLine('identify', { withPassword: false }, { busy: true }),
  stepLine('enter-code', {}, { messages: [{ text: 'Wrong code', key: 'x', level: 'error', field: 'credentials.passcode' }] }),
  stepLine('approve-push', { waiting: false }, { reconnecting: true }),
  stepLine('terminal', {}, { lang: 'ar' }),
];

const CASES: Array<[tag: string, properties: Record<string, unknown>]> = [
  ...STEP_CASES.map(([tag, properties]): [string, Record<string, unknown>] => [tag, properties]),
  ['ovs-control', {}],
  // No issuer: the widget shows its first step with the configuration error.
  ['okta-verify-signin', {}],
];

/** Minified copies of template strings, one per original, as lit caches templates by their strings. */
const minifiedStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray>();
let changedTemplates = 0;

function minifyResult(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(minifyResult);
  if (!value || typeof value !== 'object' || !('_$litType$' in value)) return value;
  const result = value as TemplateResult;
  let strings = minifiedStrings.get(result.strings);
  if (!strings) {
    const parts = minifyHtmlParts(result.strings.raw);
    if (parts === result.strings.raw) strings = result.strings;
    else {
      changedTemplates++;
      strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
    }
    minifiedStrings.set(result.strings, strings);
  }
  return { ...result, strings, values: result.values.map(minifyResult) };
}

function minifySheet(style: CSSResultOrNative): CSSResultOrNative {
  if (style instanceof CSSStyleSheet) return style;
  return unsafeCSS(minifyCssParts([style.cssText])[0]);
}

type Lit = typeof LitElement & { elementStyles: CSSResultOrNative[] };

/** `<tag>-min`: the element with its templates and styles minified, and nothing else changed. */
function minifiedTwin(tag: string): string {
  const name = `${tag}-min`;
  if (customElements.get(name)) return name;
  const Base = customElements.get(tag) as unknown as Lit;
  const styles = Base.elementStyles.map(minifySheet);
  const hasControls = 'renderControls' in Base.prototype;
  const Twin = class extends (Base as any) {
    static styles = styles;
    render() {
      return minifyResult(super.render());
    }
    renderControls() {
      return hasControls ? minifyResult(super.renderControls()) : undefined;
    }
  };
  if (!hasControls) delete (Twin.prototype as { renderControls?: unknown }).renderControls;
  customElements.define(name, Twin as unknown as CustomElementConstructor);
  return name;
}

type Shown = { tag: string; attributes: string; text: string; box: string; style: Record<string, string> };

/** Every element of the host's composed tree (shadow roots, then light DOM), as it renders. */
function rendering(host: HTMLElement): Shown[] {
  const origin = host.getBoundingClientRect();
  const ids = (s: string) => s.replace(/ovs-\d+/g, 'ovs-#');
  const out: Shown[] = [];
  const visit = (el: Element, tag = el.localName.replace(/-min$/, '')) => {
    // Every spinner at the same angle.
    for (const animation of el.getAnimations()) {
      animation.pause();
      animation.currentTime = 0;
    }
    const r = el.getBoundingClientRect();
    const computed = getComputedStyle(el);
    const style: Record<string, string> = {};
    for (const property of computed) style[property] = computed.getPropertyValue(property);
    out.push({
      tag,
      attributes: [...el.attributes].map((a) => `${a.name}=${ids(a.value)}`).sort().join(' '),
      text: el instanceof HTMLElement ? ids(el.innerText) : '',
      // An element without a box (hidden, or `display: contents` such as a slot) reports the viewport's corner.
      box: el.getClientRects().length ? [r.x - origin.x, r.y - origin.y, r.width, r.height].map((n) => n.toFixed(2)).join(',') : 'none',
      style,
    });
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
    for (const child of el.children) visit(child);
  };
  visit(host, host.localName.replace(/-min$/, ''));
  return out;
}

const settle = async (el: Element) => {
  for (let i = 0; i < 4; i++) {
    const pending = [el, ...el.querySelectorAll('*')].map((e) => (e as Partial<LitElement>).updateComplete);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }
};

describe('minified templates render as written', () => {
  for (const [tag, properties] of CASES) {
    it(`${tag} ${JSON.stringify(properties).slice(0, 50)}`, async () => {
      // Each copy in turn in the same place, so that even positioned elements resolve to the same offsets.
      const show = async (name: string) => {
        const el = Object.assign(document.createElement(name), tag.endsWith('-step') ? { actions: ACTIONS } : {}, properties);
        if (tag === 'ovs-control') el.innerHTML = '<label slot="label" for="x">Name</label><input id="x"><p slot="error">Wrong</p>';
        await fixture(html`<div style="inline-size: 24rem">${el}</div>`);
        // The configuration error comes from the flow, whose chunk the first widget on the page loads.
        if (tag === 'okta-verify-signin') await waitUntil(() => el.shadowRoot?.querySelector('[part=error]'), 'the configuration error', { timeout: 5000 });
        await settle(el);
        const shown = rendering(el);
        fixtureCleanup();
        return shown;
      };
      const a = await show(tag);
      const b = await show(minifiedTwin(tag));
      expect(b.map((e) => e.tag)).to.deep.equal(a.map((e) => e.tag));
      for (let i = 0; i < a.length; i++) {
        const where = `${a[i].tag} #${i}`;
        expect(b[i].attributes, `${where} attributes`).to.equal(a[i].attributes);
        expect(b[i].text, `${where} text`).to.equal(a[i].text);
        expect(b[i].box, `${where} box`).to.equal(a[i].box);
        expect(b[i].style, `${where} computed style`).to.deep.equal(a[i].style);
      }
    });
  }

  it('minified the templates it rendered', () => {
    expect(changedTemplates).to.be.greaterThan(20);
  });

  // A declaration with var() keeps its text until the value is computed, so commas' spaces show in the
  // rule's text (the computed styles above are the same): those are compared without them.
  it('every style sheet parses to the same rules, and is smaller', () => {
    const tags = [...new Set(CASES.map(([tag]) => tag))];
    let sheets = 0;
    for (const tag of tags) {
      for (const style of (customElements.get(tag) as unknown as Lit).elementStyles) {
        if (style instanceof CSSStyleSheet) continue;
        const text = style.cssText;
        const [min] = minifyCssParts([text]);
        const rules = (css: string) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+/g, ','));
        };
        expect(rules(min), tag).to.deep.equal(rules(text));
        expect(min.length, tag).to.be.lessThan(text.length);
        sheets++;
      }
    }
    expect(sheets).to.be.greaterThan(10);
  });
});

describe('minifyCssParts', () => {
  const one = (css: string) => minifyCssParts([css])[0];

  it('drops comments and the whitespace beside punctuation, keeps one space between words', () => {
    expect(one('\n  .a ,\n  .b  >  .c {\n    margin : 0  auto ; /* why */\n    color: red;\n  }\n')).to.equal('.a,.b > .c{margin :0 auto;color:red}');
  });

  it('keeps the space before a colon (a descendant pseudo-class) and inside calc()', () => {
    expect(one('.a :focus { inline-size: calc(100% - 2px); }')).to.equal('.a :focus{inline-size:calc(100% - 2px)}');
  });

  it('copies strings and url() as they are', () => {
    expect(one(".a { content: '  a ;  b  '; background: url( x  y.png ); font-family: \"Segoe  UI\"; }")).to.equal(
      ".a{content:'  a ;  b  ';background:url( x  y.png );font-family:\"Segoe  UI\"}",
    );
  });

  it('keeps custom property values as written, trimmed', () => {
    expect(one(':host {\n  --a :  var(--b, 1px  2px) ;\n  --c: { x }  ;\n  color: var(--a, red);\n}')).to.equal(':host{--a:var(--b, 1px  2px);--c:{ x };color:var(--a,red)}');
  });

  it('a comment between two words still separates them', () => {
    expect(one('.a{margin:0/* x */auto}')).to.equal('.a{margin:0 auto}');
  });

  it('keeps expressions where they were, and a space between an expression and a word', () => {
    expect(minifyCssParts(['\n  .a { margin: ', ' auto; }\n  ', '\n'])).to.deep.equal(['.a{margin:', ' auto}', '']);
  });

  it('leaves templates with escapes, unterminated comments or strings alone', () => {
    for (const parts of [['.a { content: "\\2022"; }'], ['.a { /* open'], [".a { content: 'x }"]]) expect(minifyCssParts(parts)).to.equal(parts);
  });
});

describe('minifyHtmlParts', () => {
  const one = (text: string) => minifyHtmlParts([text])[0];

  it('collapses the whitespace between attributes, and drops it before >', () => {
    expect(one('<input\n    id="a"\n    required\n  >')).to.equal('<input id="a" required>');
  });

  it('keeps one space before /> (an unquoted value would take the slash)', () => {
    expect(minifyHtmlParts(['<input\n  id=', '\n  />'])).to.deep.equal(['<input id=', ' />']);
  });

  it('turns a run of whitespace with a line break into that line break, and leaves other text alone', () => {
    expect(one('<p>\n      Hello   there,\n      world\n    </p>\n    <b>a</b> <i>b</i>')).to.equal('<p>\nHello   there,\nworld\n</p>\n<b>a</b> <i>b</i>');
  });

  it('copies attribute values and comments as they are', () => {
    expect(one('<p title="a\n     b"  class=\'x  y\'>\n  <!--  keep\n   this  -->\n</p>')).to.equal('<p title="a\n     b" class=\'x  y\'>\n<!--  keep\n   this  -->\n</p>');
  });

  it('keeps expressions in attributes, element bindings and text', () => {
    expect(minifyHtmlParts(['<button\n  class="a"\n  ', '\n  @click=', '\n>\n  ', '\n</button>'])).to.deep.equal(['<button class="a" ', ' @click=', '>\n', '\n</button>']);
  });

  it('leaves templates with raw-text elements, escapes or an open tag alone', () => {
    for (const parts of [['<pre>\n  a\n</pre>'], ['<textarea>\n</textarea>'], ['<p>\\u00a0\n  x</p>'], ['<p\n  class="a']]) expect(minifyHtmlParts(parts)).to.equal(parts);
  });
});
