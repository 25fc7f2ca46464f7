/** Light and dark: the `theme` attribute, the page's `color-scheme`, and contrast checked by axe in both. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FlowMessage } from '../../src/flow/model.js';

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
        <ovs-change-password-step theme=${theme} warning actions="skip" .rules=${{ minLength: 8 }}></ovs-change-password-step>
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
  });
});
