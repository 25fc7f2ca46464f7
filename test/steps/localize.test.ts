/** Language and direction per element: own `lang`, else an ancestor's, else the page's; changes re-render. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import { registerTranslation, term } from '../../src/index.js';
import { messageTerm } from '../../src/i18n/localize.js';
import type { OktaVerifySignin, OvsCodeStep } from '../../src/index.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('.heading')!.textContent!.trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** Another component that renders a step in its own shadow root. */
customElements.define('x-shadow-host', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<section><ovs-code-step></ovs-code-step></section>';
  }
});

describe('localization of the step elements', () => {
  before(() => {
    registerTranslation({ $code: 'x-test', $name: 'Test', $dir: 'ltr', codeHeading: 'TEST heading' });
    registerTranslation({ $code: 'x-rtl', $name: 'Test RTL', $dir: 'rtl', codeHeading: 'RTL heading' });
  });

  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('follows <html lang> and re-renders when it changes', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step></ovs-code-step>`);
    expect(heading(el)).to.equal('Enter a code');
    document.documentElement.lang = 'x-test';
    await frame();
    expect(heading(el)).to.equal('TEST heading');
  });

  it('the element\'s own lang wins over an ancestor\'s, and a change of either re-renders', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="x-test"><ovs-code-step></ovs-code-step></div>`);
    const el = wrapper.querySelector('ovs-code-step')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('TEST heading');
    el.setAttribute('lang', 'en');
    await frame();
    expect(heading(el)).to.equal('Enter a code');
    el.removeAttribute('lang');
    wrapper.setAttribute('lang', 'x-rtl');
    await frame();
    expect(heading(el)).to.equal('RTL heading');
  });

  it('every step element carries the direction of its language, unless the page sets one', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="x-rtl"></ovs-code-step>`);
    await frame();
    expect(el.getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await frame();
    expect(el.getAttribute('dir')).to.equal('ltr');
    const ltrPage = await fixture<HTMLDivElement>(html`<div dir="ltr"><ovs-code-step lang="x-rtl"></ovs-code-step></div>`);
    const inner = ltrPage.querySelector('ovs-code-step')!;
    await frame();
    expect(inner.getAttribute('dir'), "the page's dir").to.equal('ltr');
  });

  it('a step inside another component\'s shadow root takes lang and dir from outside it, and follows their changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="x-test" dir="rtl"><x-shadow-host></x-shadow-host></div>`);
    const el = wrapper.querySelector('x-shadow-host')!.shadowRoot!.querySelector<OvsCodeStep>('ovs-code-step')!;
    await el.updateComplete;
    expect(heading(el)).to.equal('TEST heading');
    expect(el.getAttribute('dir')).to.equal('rtl');
    wrapper.setAttribute('lang', 'de');
    wrapper.removeAttribute('dir');
    await waitUntil(() => heading(el) === 'Code eingeben', 'German from outside the shadow root', { timeout: 3000 });
    expect(el.getAttribute('dir')).to.equal('ltr');
    // An ancestor inside the shadow root counts too, and its changes are seen.
    el.parentElement!.setAttribute('lang', 'x-rtl');
    await waitUntil(() => heading(el) === 'RTL heading', 'the language set inside the shadow root', { timeout: 2000 });
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it('the widget re-renders its current step when its own lang, or the page\'s, changes', async () => {
    // No issuer: the optimistic first step shows at once, and nothing is sent.
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin></okta-verify-signin>`);
    const step = () => el.querySelector('[data-ovs-step]')!;
    await waitUntil(() => step() && heading(step()) === 'Sign in', 'the first step');
    document.documentElement.lang = 'x-late-widget';
    registerTranslation({ $code: 'x-late-widget', $name: 'Page', $dir: 'rtl', signInHeading: 'Page heading' });
    await waitUntil(() => heading(step()) === 'Page heading', "the page's language", { timeout: 2000 });
    expect(step().getAttribute('dir')).to.equal('rtl');
    el.lang = 'fr';
    await waitUntil(() => heading(step()) === 'Connexion', "the widget's own language, loaded on first use", { timeout: 3000 });
    expect(step().getAttribute('dir')).to.equal('ltr');
    el.removeAttribute('lang');
    await waitUntil(() => heading(step()) === 'Page heading', "the page's language again", { timeout: 2000 });
  });

  it('one MutationObserver serves every instance, and goes when the last one does', async () => {
    const Real = window.MutationObserver;
    const watching = new Set<MutationObserver>();
    const disconnected = new Set<MutationObserver>();
    window.MutationObserver = class extends Real {
      override observe(target: Node, options?: MutationObserverInit): void {
        if (options?.attributeFilter?.includes('lang')) watching.add(this);
        super.observe(target, options);
      }
      override disconnect(): void {
        disconnected.add(this);
        super.disconnect();
      }
    };
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 12 }, () => html`<ovs-code-step></ovs-code-step>`)}
        <x-shadow-host></x-shadow-host>
      </div>`);
      const steps = [...wrapper.querySelectorAll('ovs-code-step'), wrapper.querySelector('x-shadow-host')!.shadowRoot!.querySelector('ovs-code-step')!];
      await Promise.all(steps.map((s) => (s as OvsCodeStep).updateComplete));
      expect(watching.size, 'observers of lang and dir for 13 elements, one in a shadow root').to.equal(1);
      document.documentElement.lang = 'x-test';
      await waitUntil(() => steps.every((s) => heading(s) === 'TEST heading'), 'every instance re-rendered', { timeout: 2000 });
      wrapper.remove();
      expect([...watching].every((o) => disconnected.has(o)), 'disconnected with the last instance').to.equal(true);
    } finally {
      window.MutationObserver = Real;
    }
  });

  it('registering a translation re-renders what shows that language', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="x-late"></ovs-code-step>`);
    expect(heading(el)).to.equal('Enter a code');
    registerTranslation({ $code: 'x-late', $name: 'Late', $dir: 'ltr', codeHeading: 'Late heading' });
    await frame();
    expect(heading(el)).to.equal('Late heading');
  });
});

describe('partial translations', () => {
  // `qpa` is in ISO 639's private-use range, so no real language is shadowed.
  before(() => {
    registerTranslation({
      $code: 'qpa',
      codeHeading: 'Partial heading',
      codeIntro: (authenticator: string) => `Partial code from ${authenticator}`,
      $messages: { 'api.authn.error.PASSCODE_INVALID': 'Partial invalid code' },
    });
    registerTranslation({ $code: 'qpa-BR', verify: 'Regional verify' });
  });

  it('a language that leaves keys out shows English for those, key by key', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="qpa"></ovs-code-step>`);
    expect(heading(el)).to.equal('Partial heading');
    expect(el.querySelector('button[type=submit]')!.textContent!.trim(), 'a key it lacks').to.equal('Verify');
    expect(el.querySelector('label')!.textContent!.trim(), 'another').to.equal('Code');
  });

  it('the chain is region, then language, then English, for strings, functions and server messages', () => {
    expect(term('qpa-BR', 'verify')).to.equal('Regional verify');
    expect(term('qpa-BR', 'codeHeading')).to.equal('Partial heading');
    expect(term('qpa-BR', 'codeIntro', 'Okta Verify')).to.equal('Partial code from Okta Verify');
    expect(term('qpa-BR', 'codeIntroSentTo', 'a@example.com')).to.equal('Enter the code we sent to a@example.com.');
    expect(term('qpa-BR', 'resetPasswordHeading')).to.equal('Reset your password');
    expect(messageTerm('qpa-BR', 'api.authn.error.PASSCODE_INVALID')).to.equal('Partial invalid code');
    expect(messageTerm('qpa-BR', 'tooManyRequests')).to.equal('Too many attempts. Wait a moment and try again.');
  });

  it('types: a partial table type-checks; a function must take English\'s arguments (checked by tsc)', () => {
    // Never called: these lines are for `tsc --noEmit -p .`, which fails if an expected error goes away.
    const typeChecks = () => {
      registerTranslation({ $code: 'pt', signIn: 'Entrar' });
      registerTranslation({ $code: 'pt', codeIntro: (authenticator: string) => `Digite o código do ${authenticator}.`, $messages: { tooManyRequests: 'Muitas tentativas.' } });
      // @ts-expect-error codeIntro takes the authenticator's name, a string
      registerTranslation({ $code: 'pt', codeIntro: (n: number) => `${n + 1}` });
      // @ts-expect-error no more arguments than English's
      registerTranslation({ $code: 'pt', pushReminder: (app: string, device: string) => `${app} ${device}` });
      // @ts-expect-error a string where English builds the text from the authenticator
      registerTranslation({ $code: 'pt', chooseMethodHeading: 'Verificar' });
      // @ts-expect-error a key English does not have (a typo)
      registerTranslation({ $code: 'pt', signInn: 'Entrar' });
      // @ts-expect-error every table says which language it is
      registerTranslation({ signIn: 'Entrar' });
    };
    expect(typeChecks).to.be.a('function');
  });
});

describe('shipped languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const [lang, expected] of [
    ['es', 'Introducir un código'],
    ['fr', 'Saisir un code'],
    ['de', 'Code eingeben'],
    ['ja', 'コードを入力'],
    ['ar', 'إدخال رمز'],
  ] as const) {
    it(`${lang} loads on first use and replaces English`, async () => {
      const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang=${lang}></ovs-code-step>`);
      await waitUntil(() => heading(el) === expected, `${lang} heading`, { timeout: 3000 });
      expect(el.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }

  it('a region tag uses its language (es-MX → es), and right-to-left is known before the module arrives', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="es-MX"></ovs-code-step>`);
    await waitUntil(() => heading(el) === 'Introducir un código', 'es heading', { timeout: 3000 });
    const ar = await fixture<OvsCodeStep>(html`<ovs-code-step lang="ar-EG"></ovs-code-step>`);
    expect(ar.getAttribute('dir')).to.equal('rtl');
  });

  it('strings overrides win, and everything else stays in the active language, not English', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="es" .strings=${{ verify: 'Comprobar ya' }}></ovs-code-step>`);
    await waitUntil(() => heading(el) === 'Introducir un código', 'es heading', { timeout: 3000 });
    expect(el.querySelector('button[type=submit]')!.textContent!.trim()).to.equal('Comprobar ya');
  });

  it('server messages: local wording by i18n key in the active language, the server text otherwise', async () => {
    const messages = [
      { text: 'Invalid code. Try again.', key: 'api.authn.error.PASSCODE_INVALID', level: 'error' as const },
      { text: 'A message only the server knows', key: 'some.unknown.key', level: 'info' as const },
    ];
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="de" .messages=${messages}></ovs-code-step>`);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Ungültiger Code'), 'de message', { timeout: 3000 });
    // The info message fills its status region once that is in place.
    await waitUntil(() => el.shadowRoot!.textContent!.includes('A message only the server knows'), 'server text', { timeout: 3000 });
  });

  it('right to left mirrors the card: number challenge centred, footer actions in reading order from the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><ovs-push-step lang="ar" correct-answer="42" actions="choose-another cancel"></ovs-push-step></div>`);
    const el = wrapper.querySelector('ovs-push-step')!;
    await waitUntil(() => el.getAttribute('dir') === 'rtl' && heading(el) !== 'Get a push notification', 'ar', { timeout: 3000 });
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('[part=number]')!);
    const number = range.getBoundingClientRect();
    expect(Math.abs(number.left - box.left - (box.right - number.right)), 'number centred').to.be.lessThan(4);
    const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=footer] button')].map((b) => b.getBoundingClientRect());
    expect(first!.left, 'the first action sits to the right of the second').to.be.greaterThan(second!.left);
  });

  it('right to left mirrors the layout: heading and footer start on the right', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><ovs-code-step lang="ar" actions="choose-another cancel"></ovs-code-step></div>`);
    const el = wrapper.querySelector('ovs-code-step')!;
    await waitUntil(() => heading(el) === 'إدخال رمز', 'ar heading', { timeout: 3000 });
    const box = el.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(el.shadowRoot!.querySelector('.heading')!);
    const text = range.getBoundingClientRect();
    expect(box.right - text.right, 'heading text hugs the right edge').to.be.lessThan(2);
    expect(text.left - box.left, 'and leaves room on the left').to.be.greaterThan(40);
    const input = el.querySelector('input')!;
    expect(getComputedStyle(input).direction).to.equal('rtl');
  });
});
