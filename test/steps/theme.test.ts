/** Light and dark: the `theme` attribute, the page's `color-scheme`, and contrast checked by axe in both. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../helpers/steps-defined.js';
import type { FlowMessage } from '../../src/flow/model.js';
import type { IdxClient, OktaVerifySignin } from '../../src/index.js';

const WRONG: FlowMessage[] = [{ text: 'Authentication failed', key: 'errors.E0000004', level: 'error' }];
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describe('themes', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every step element is axe-clean, contrast included`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="background: ${theme === 'dark' ? '#000' : '#fff'}; padding: 8px">
        <ovs-credentials-step theme=${theme} .messages=${WRONG}></ovs-credentials-step>
        <ovs-code-step theme=${theme} actions="choose-another cancel"></ovs-code-step>
        <ovs-push-step theme=${theme} correct-answer="42" actions="resend choose-another cancel"></ovs-push-step>
        <ovs-authenticator-list-step theme=${theme} purpose="enroll" actions="skip cancel" .authenticators=${[{ id: 'a', key: 'okta_verify', displayName: 'Okta Verify', methods: [] }]}></ovs-authenticator-list-step>
        <ovs-new-password-step theme=${theme} purpose="expiring" actions="skip" .rules=${{ minLength: 8 }}></ovs-new-password-step>
        <ovs-message-step theme=${theme} kind="terminal" actions="restart"></ovs-message-step>
      </div>`);
      await new Promise((r) => setTimeout(r, 50));
      await expect(wrapper).to.be.accessible();
      const heading = wrapper.querySelector('ovs-code-step')!.shadowRoot!.querySelector('.heading')!;
      const light = luminance(getComputedStyle(heading).color) > 128;
      expect(light, 'heading text is light on dark, dark on light').to.equal(theme === 'dark');
    });
  }

  it('without a theme attribute the step follows the page\'s color-scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark"><ovs-code-step></ovs-code-step></div>`);
    const heading = wrapper.querySelector('ovs-code-step')!.shadowRoot!.querySelector('.heading')!;
    expect(luminance(getComputedStyle(heading).color)).to.be.greaterThan(128);
  });

  it('the widget passes its theme to the step inside it', async () => {
    const el = await fixture(html`<okta-verify-signin theme="dark"></okta-verify-signin>`);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    const step = await stepOf(el);
    expect(getComputedStyle(step).colorScheme).to.equal('dark');
    expect(isLight(headingColor(step)), 'the step\'s heading is light on dark').to.equal(true);
    el.setAttribute('theme', 'light');
    await waitUntil(() => !isLight(headingColor(step)), 'the step follows a change to light');
  });
});

/** The current step of a widget, rendered. */
async function stepOf(el: Element): Promise<HTMLElement> {
  await waitUntil(() => el.querySelector('[data-ovs-step]'), 'a step');
  const step = el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-ovs-step]')!;
  await step.updateComplete;
  return step;
}
const headingColor = (step: Element) => getComputedStyle(step.shadowRoot!.querySelector('.heading')!).color;
const isLight = (rgb: string) => luminance(rgb) > 128;

/** A client whose first request never answers: the widget stays busy, sending nothing. */
const pending: IdxClient = { idx: { start: () => new Promise(() => {}), proceed: () => new Promise(() => {}) } };

describe('the system settings', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('theme="auto" follows prefers-color-scheme, in the widget and its step', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture(html`<okta-verify-signin theme="auto"></okta-verify-signin>`);
    const step = await stepOf(el);
    expect(isLight(headingColor(step)), 'dark system: light text').to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => !isLight(headingColor(step)), 'light system: dark text');
  });

  it('without a theme, a page that declares color-scheme: light dark follows prefers-color-scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: light dark"><ovs-code-step></ovs-code-step></div>`);
    const step = wrapper.querySelector('ovs-code-step')!;
    expect(isLight(headingColor(step))).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => !isLight(headingColor(step)), 'light system: dark text');
  });

  it('theme="light" holds on a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const step = await fixture(html`<ovs-code-step theme="light"></ovs-code-step>`);
    expect(isLight(headingColor(step))).to.equal(false);
  });

  it('prefers-reduced-motion: the busy bar and the waiting spinner do not move', async () => {
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin optimistic="false" .authClient=${pending}></okta-verify-signin>`);
    await waitUntil(() => el.busy && el.shadowRoot!.querySelector('[part=progress]'), 'busy');
    const bar = el.shadowRoot!.querySelector('[part=progress]')!;
    const push = await fixture(html`<ovs-push-step></ovs-push-step>`);
    const spinner = push.shadowRoot!.querySelector('.spinner')!;
    expect(getComputedStyle(bar, '::after').animationName, 'moving by default').to.equal('slide');
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    await waitUntil(() => getComputedStyle(bar, '::after').animationName === 'none', 'the busy bar stops');
    expect(getComputedStyle(spinner).animationName).to.equal('none');
  });
});
