/** Language and direction per element: own `lang`, else an ancestor's, else the page's; changes re-render. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { registerTranslation } from '../../src/index.js';
import type { OvsCodeStep } from '../../src/index.js';

const heading = (el: Element) => el.shadowRoot!.querySelector('.heading')!.textContent!.trim();
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

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

  it('registering a translation re-renders what shows that language', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step lang="x-late"></ovs-code-step>`);
    expect(heading(el)).to.equal('Enter a code');
    registerTranslation({ $code: 'x-late', $name: 'Late', $dir: 'ltr', codeHeading: 'Late heading' });
    await frame();
    expect(heading(el)).to.equal('Late heading');
  });
});
