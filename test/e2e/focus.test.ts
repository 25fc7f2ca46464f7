/**
 * Focus while a request runs: the controls are disabled, but the one the user acted on keeps focus (marked
 * `aria-disabled`, inert), so focus never falls to <body>; when the answer comes, it moves to the next step.
 * Requests are slowed by the simulator's delay fault, keys are real key presses.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin } from '../../src/index.js';
import { PASSWORD, resetSim, sim } from '../helpers/sim.js';
import { input, mount, stepRoot, waitFor } from '../helpers/widget.js';
import { expectSame, focused, isHeading, named, press, tabTo, type } from '../helpers/keys.js';

const VERIFIED = 'verified@example.com';
const DELAY_MS = 500;

/**
 * Watches focus from the start of the next request to its end; returns what had focus whenever it was not in
 * the widget, and the focused element (looking into shadow roots) at the first look while busy.
 */
async function watchFocusWhileBusy(el: OktaVerifySignin): Promise<{ lost: string[]; held: Element | null; heldWas: { ariaDisabled: string | null; readOnly?: boolean } }> {
  await waitUntil(() => el.busy, 'the request started', { timeout: 5000, interval: 5 });
  await el.updateComplete;
  await el.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[data-ovs-step]')?.updateComplete;
  const held = focused();
  const heldWas = { ariaDisabled: held?.getAttribute('aria-disabled') ?? null, readOnly: (held as HTMLInputElement | null)?.readOnly };
  const lost: string[] = [];
  while (el.busy) {
    const active = document.activeElement;
    if (active === document.body || !el.matches(':focus-within')) lost.push(active?.localName ?? 'nothing');
    await new Promise((r) => setTimeout(r, 10));
  }
  return { lost, held, heldWas };
}

async function typeCredentials(el: OktaVerifySignin): Promise<void> {
  input(el, 'username').focus();
  await type(VERIFIED);
  await press('Tab');
  await type(PASSWORD);
}

describe('<okta-verify-signin> focus during a request', () => {
  beforeEach(resetSim);

  it('Enter in the password field: focus stays on it (aria-disabled, read-only) while busy, then goes to the next step', async () => {
    const el = await mount();
    await typeCredentials(el);
    await sim.addFault({ path: '/idp/idx/identify', method: 'POST', delayMs: DELAY_MS });
    const password = input(el, 'password');
    await press('Enter');
    const { lost, held, heldWas } = await watchFocusWhileBusy(el);
    expect(lost, 'focus left the widget while busy').to.deep.equal([]);
    expectSame(held, password, 'focus while busy');
    expect(heldWas).to.deep.equal({ ariaDisabled: 'true', readOnly: true });
    await waitFor(el, 'choose-authenticator');
    await waitUntil(() => isHeading(focused()), 'focus on the next step\'s heading');
    expectSame(document.activeElement, el.querySelector('[data-ovs-step]'), 'focus in the new step');
  });

  it('the submit button pressed with Space keeps focus while busy and does nothing more when pressed again', async () => {
    const el = await mount();
    await typeCredentials(el);
    await tabTo((f) => f?.getAttribute('type') === 'submit', 'the submit button');
    await sim.addFault({ path: '/idp/idx/identify', method: 'POST', delayMs: DELAY_MS });
    const submits: unknown[] = [];
    el.addEventListener('ovs-submit', (e) => submits.push(e), { capture: true });
    await press('Space');
    await waitUntil(() => el.busy, 'the request started', { timeout: 5000, interval: 5 });
    await el.updateComplete;
    const button = focused() as HTMLButtonElement;
    expectSame(button, el.querySelector('button[type=submit]'), 'focus while busy');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await press('Enter');
    const { lost } = await watchFocusWhileBusy(el);
    expect(lost).to.deep.equal([]);
    expect(submits.length, 'one submission').to.equal(1);
    await waitFor(el, 'choose-authenticator');
    await waitUntil(() => isHeading(focused()), 'focus on the next step\'s heading');
  });

  it('a choice in the step\'s shadow root keeps focus while its request runs', async () => {
    const el = await mount();
    await typeCredentials(el);
    await press('Enter');
    await waitFor(el, 'choose-authenticator');
    await waitUntil(() => isHeading(focused()), 'focus on the list heading');
    await tabTo((f) => (f as HTMLElement | null)?.dataset?.key === 'okta_verify', 'Okta Verify');
    await press('Space');
    await waitFor(el, 'choose-method');
    await waitUntil(() => isHeading(focused()), 'focus on the method heading');
    await tabTo((f) => (f as HTMLElement | null)?.dataset?.method === 'totp', 'the code method');
    const choice = focused();
    await sim.addFault({ path: '/idp/idx/challenge', method: 'POST', delayMs: DELAY_MS });
    await press('Space');
    const { lost, held, heldWas } = await watchFocusWhileBusy(el);
    expect(lost).to.deep.equal([]);
    expectSame(held, choice, 'focus while busy');
    expect(heldWas.ariaDisabled).to.equal('true');
    await waitFor(el, 'enter-code');
    await waitUntil(() => named('code')(focused()), 'focus on the code field');
  });

  it('"Try again" in the banner: the banner goes while busy, focus goes to the step\'s heading, then to the next step', async () => {
    const el = await mount();
    await typeCredentials(el);
    await sim.addFault({ path: '/idp/idx/identify', method: 'POST', status: 503 });
    await press('Enter');
    await waitUntil(() => !el.busy && !!el.shadowRoot!.querySelector('[part=error]'), 'the 503 banner', { timeout: 8000 });
    await waitUntil(() => named('username')(focused()), 'focus back on the first field');
    const password = input(el, 'password');
    expect(password.readOnly || password.disabled || password.hasAttribute('aria-disabled'), 'the field that kept focus is editable again').to.equal(false);
    await tabTo((f) => f?.getAttribute('part') === 'error-action', '"Try again"', 4, 'Shift+Tab');
    await sim.addFault({ path: '/idp/idx/identify', method: 'POST', delayMs: DELAY_MS });
    const signInHeading = stepRoot(el).querySelector('.heading');
    await press('Enter');
    const { lost, held } = await watchFocusWhileBusy(el);
    expect(lost).to.deep.equal([]);
    expectSame(held, signInHeading, 'focus while busy');
    await waitFor(el, 'choose-authenticator');
    await waitUntil(() => isHeading(focused()) && el.step === 'choose-authenticator', 'focus on the next step');
  });
});
