/**
 * Each chunk of step elements loads when it is needed: an everyday sign-in's steps right after the first
 * render, the rarer ones (enrollment, FastPass, a new password, device enrollment) when a step of theirs is
 * shown or about to be. A step appears (property, event, element) only once its element can render, and a
 * chunk that cannot be loaded is a network error with "Try again".
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin, StepDetail } from '../../src/index.js';
import { STEP_VIEWS, type ShownStep } from '../../src/steps/step-views.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { approvePush, resetSim, waitForPush } from '../helpers/sim.js';
import { mount, nextEvent, pickOktaVerifyPush, signInWithPassword, stepButton, stepRoot, waitFor } from '../helpers/widget.js';

const RARER_TAGS = ['ovs-enroll-qr-step', 'ovs-fastpass-step', 'ovs-new-password-step', 'ovs-device-enrollment-step'];

describe('chunks of step elements', () => {
  failOnUnhandledRejections();
  beforeEach(resetSim);

  // First in the file: the page has loaded no chunk yet.
  it('a password + push sign-in loads no rarer step, and each step event comes with its element defined', async () => {
    const el = await mount();
    const undefinedAtEvent: string[] = [];
    el.addEventListener('okta-verify-step', (e) => {
      const { step } = (e as CustomEvent<StepDetail>).detail;
      if (step !== 'loading' && !customElements.get(STEP_VIEWS[step as ShownStep].tag)) undefinedAtEvent.push(step);
    });
    await signInWithPassword(el, 'verified@example.com');
    await pickOktaVerifyPush(el);
    if (el.step === 'choose-method') {
      stepButton(el, 'button[data-method=push]').click();
      await waitFor(el, 'approve-push');
    }
    const success = nextEvent(el, 'okta-verify-success');
    await waitForPush('verified@example.com');
    await approvePush('verified@example.com');
    await success;
    expect(undefinedAtEvent, 'steps announced before their element was defined').to.deep.equal([]);
    expect(RARER_TAGS.filter((tag) => customElements.get(tag)), 'rarer steps loaded').to.deep.equal([]);
  });

  it('a step whose chunk cannot be loaded: the step before stays, the banner offers "Try again", which shows it', async () => {
    await executeServerCommand('block-requests', { pattern: 'chunks/enrollment-steps' });
    try {
      const el: OktaVerifySignin = await mount();
      await signInWithPassword(el, 'new@example.com');
      await waitFor(el, 'choose-authenticator');
      stepButton(el, 'button[data-key=okta_verify]').click();
      const banner = () => el.shadowRoot!.querySelector<HTMLElement>('[part=error]');
      await waitUntil(() => banner(), 'the network banner', { timeout: 8000 });
      expect(el.step, 'the step before, until its element is there').to.equal('choose-authenticator');
      expect(el.busy).to.equal(false);
      await executeServerCommand('block-requests', { pattern: 'chunks/enrollment-steps', off: true });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!.click();
      await waitFor(el, 'scan-qr-code');
      expect(banner()).to.equal(null);
      expect(stepRoot(el).querySelector('img[part=qr-code]')).to.exist;
    } finally {
      await executeServerCommand('block-requests', { pattern: 'chunks/enrollment-steps', off: true });
    }
  });
});
