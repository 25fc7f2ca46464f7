/**
 * Live regions are in place, empty, before their text arrives (a region inserted with its text is often not
 * announced), and a waiting step's status is filled once: polls re-render the step without touching it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { whenStepsDefined } from '../../src/define.js';
import type { FlowMessage } from '../../src/flow/model.js';
import type { OvsCodeStep, OvsPushStep } from '../../src/index.js';
import { resetSim, setSimSettings, sim, waitForNextPoll } from '../helpers/sim.js';
import { mount, pickOktaVerifyPush, signInWithPassword, stepRoot, waitFor } from '../helpers/widget.js';

const NUMBER = 'number@example.com';
const NOTE: FlowMessage[] = [{ text: 'A note from the server', key: 'x.note', level: 'info' }];

const statusOf = (root: ShadowRoot, selector: string) => root.querySelector<HTMLElement>(`${selector} [role=status]`)!;

describe('live regions', () => {
  before(whenStepsDefined);

  it('the push status is there, empty, on the first render, and says the number to tap once it is filled', async () => {
    const el = document.createElement('ovs-push-step') as OvsPushStep;
    el.correctAnswer = '42';
    document.body.append(el);
    try {
      await el.updateComplete;
      const region = statusOf(el.shadowRoot!, '[part=progress]');
      expect(region.textContent!.trim(), 'empty on the first render').to.equal('');
      await waitUntil(() => region.textContent!.includes('Push notification sent'), 'filled', { timeout: 2000 });
      expect(region.textContent).to.contain('Tap 42 on your device');
      expect(statusOf(el.shadowRoot!, '[part=progress]'), 'the same region').to.equal(region);
    } finally {
      el.remove();
    }
  });

  it('a polite message fills the status region that was already there; an error is an alert', async () => {
    const el = await fixture<OvsCodeStep>(html`<ovs-code-step></ovs-code-step>`);
    const region = statusOf(el.shadowRoot!, '[part=messages]');
    await new Promise((r) => requestAnimationFrame(r));
    expect(region.textContent!.trim()).to.equal('');
    el.messages = NOTE;
    await waitUntil(() => region.textContent!.includes('A note from the server'), 'the note in the region', { timeout: 2000 });
    expect(region.querySelector('[role]'), 'no nested live region').to.equal(null);
    el.messages = [{ text: 'Something the server said', key: 'E0000009', level: 'error' }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=messages] [role=alert]')!.textContent).to.contain('sign-in service had a problem');
    expect(region.textContent!.trim(), 'the note is gone, the region stays').to.equal('');
    expect(statusOf(el.shadowRoot!, '[part=messages]')).to.equal(region);
  });
});

describe('<okta-verify-signin> push status across polls', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
  });

  it('number challenge: the status says the number once; polls re-render the step but never touch the region', async () => {
    const el = await mount();
    await signInWithPassword(el, NUMBER);
    await pickOktaVerifyPush(el);
    await waitFor(el, 'approve-push');
    const step = el.querySelector<OvsPushStep>('[data-ovs-step]')!;
    const region = statusOf(stepRoot(el), '[part=progress]');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
    let renders = 0;
    const target = step as unknown as { update(changed: unknown): void };
    const update = target.update.bind(step);
    target.update = (changed) => {
      renders++;
      update(changed);
    };
    try {
      const push = await sim.waitForPush(NUMBER);
      await waitUntil(() => region.textContent!.includes(`Tap ${push.correctAnswer} on your device`), 'the number in the status', { timeout: 2000 });
      // Whatever filling the region took is done; from here on nothing may change it.
      await new Promise((r) => requestAnimationFrame(r));
      const filled = mutations.length;
      const text = region.textContent;
      for (let i = 0; i < 4; i++) await waitForNextPoll();
      await el.updateComplete;
      await step.updateComplete;
      expect(renders, 'polls re-rendered the step').to.be.greaterThan(1);
      expect(mutations.length - filled, 'mutations of the status region after its first fill').to.equal(0);
      expect(region.textContent).to.equal(text);
      expect(statusOf(stepRoot(el), '[part=progress]') === region, 'the same region').to.equal(true);
    } finally {
      observer.disconnect();
    }
  });
});
