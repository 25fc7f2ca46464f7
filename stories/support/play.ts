/**
 * What the flow stories' play functions do, the way a person would: type into the widget's native inputs
 * (light DOM), press the step's buttons (in its shadow root) and the device panel's (light DOM).
 */
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { OktaVerifySignin, StepName } from '../../src/index.js';
import { PASSWORD } from './simulator.js';

/** Long enough for a push poll or a rate-limit wait; Testing Library's own default is one second. */
const TIMEOUT = 10_000;

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

export function widgetIn(canvasElement: HTMLElement): OktaVerifySignin {
  const el = canvasElement.querySelector('okta-verify-signin');
  if (!el) throw new Error('no <okta-verify-signin> in the story');
  return el;
}

/** Waits until the widget shows `step`, with no request of its running, and the step has rendered. */
export async function untilStep(el: OktaVerifySignin, step: StepName, timeout = TIMEOUT): Promise<void> {
  await waitFor(
    () => {
      expect(el.step).toBe(step);
      expect(el.busy).toBe(false);
    },
    { timeout },
  );
  await el.updateComplete;
  await el.querySelector<Updatable>('[data-ovs-step]')?.updateComplete;
}

/** The current step element's shadow root: its choices, footer actions and messages. */
export function stepRoot(el: OktaVerifySignin): ShadowRoot {
  const root = el.querySelector('[data-ovs-step]')?.shadowRoot;
  if (!root) throw new Error(`step ${el.step} has no shadow root`);
  return root;
}

/** Presses the button `find` returns, once it is there and enabled; `what` names it when it is not there. */
async function pressWhenEnabled(find: () => HTMLButtonElement | null | undefined, what: () => string): Promise<void> {
  const button = await waitFor(
    () => {
      const found = find();
      expect(found, what()).toBeTruthy();
      expect(found!.disabled).toBe(false);
      return found!;
    },
    { timeout: TIMEOUT },
  );
  await userEvent.click(button);
}

/** Presses a button of the current step, once it is there and enabled; with `next`, waits for that step. */
export async function pressInStep(el: OktaVerifySignin, selector: string, next?: StepName): Promise<void> {
  await pressWhenEnabled(
    () => stepRoot(el).querySelector<HTMLButtonElement>(selector),
    () => `${selector} in step ${el.step}`,
  );
  if (next) await untilStep(el, next);
}

/** Waits until `where` (a step's alert, the error banner) holds text matching `pattern`. */
export async function untilText(where: () => Element | null | undefined, pattern: RegExp): Promise<void> {
  await waitFor(() => expect(where()?.textContent).toMatch(pattern), { timeout: TIMEOUT });
}

/** The current step's alert: a message from the server not tied to a field. */
export const stepAlert = (el: OktaVerifySignin) => () => stepRoot(el).querySelector('[role=alert]');

/** Presses the button named `name` among `container`'s light-DOM descendants, once it is there and enabled. */
async function pressByName(container: HTMLElement, name: string | RegExp): Promise<void> {
  const button = await within(container).findByRole('button', { name }, { timeout: TIMEOUT });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: TIMEOUT });
  await userEvent.click(button);
}

/** Presses a button of the device panel by its name. */
export function pressOnDevice(canvasElement: HTMLElement, name: string | RegExp): Promise<void> {
  return pressByName(canvasElement.querySelector('sim-device-panel')!, name);
}

/** Presses a step's submit button (in the widget's light DOM, with the inputs) by its name. */
export function pressSubmit(canvasElement: HTMLElement, name: string): Promise<void> {
  return pressByName(widgetIn(canvasElement), name);
}

/** Presses the error banner's "Try again", once it is enabled (a rate limit's reset has passed). */
export function pressRetry(el: OktaVerifySignin): Promise<void> {
  return pressWhenEnabled(
    () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part=error-action]'),
    () => 'the error banner\'s "Try again"',
  );
}

/** Types into the widget's field labelled `label`, replacing what it held. */
export async function typeInto(canvasElement: HTMLElement, label: string, text: string): Promise<void> {
  const input = await within(canvasElement).findByLabelText(label, { selector: 'input' }, { timeout: TIMEOUT });
  await waitFor(() => expect(input).toBeEnabled(), { timeout: TIMEOUT });
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

/** Username and password, then "Sign in"; with `until`, waits for that step. Returns the widget. */
export async function signIn(
  canvasElement: HTMLElement,
  username: string,
  { password = PASSWORD, until }: { password?: string; until?: StepName } = {},
): Promise<OktaVerifySignin> {
  await typeInto(canvasElement, 'Username', username);
  await typeInto(canvasElement, 'Password', password);
  await pressSubmit(canvasElement, 'Sign in');
  const el = widgetIn(canvasElement);
  if (until) await untilStep(el, until);
  return el;
}

/** A user who must set up Okta Verify signs in and chooses it; ends on the QR code. */
export async function startEnrollment(canvasElement: HTMLElement, username: string): Promise<OktaVerifySignin> {
  const el = await signIn(canvasElement, username, { until: 'choose-authenticator' });
  await pressInStep(el, 'button[data-key=okta_verify]', 'scan-qr-code');
  return el;
}

/** From the "verify it's you" list: Okta Verify, then the method when the user has both; ends on that step. */
export async function chooseOktaVerify(el: OktaVerifySignin, method: 'push' | 'totp'): Promise<void> {
  await untilStep(el, 'choose-authenticator');
  await pressInStep(el, 'button[data-key=okta_verify]');
  await waitFor(
    () => {
      expect(['choose-method', 'approve-push', 'enter-code']).toContain(el.step);
      expect(el.busy).toBe(false);
    },
    { timeout: TIMEOUT },
  );
  if (el.step === 'choose-method') await pressInStep(el, `button[data-method=${method}]`);
  await untilStep(el, method === 'push' ? 'approve-push' : 'enter-code');
}

/** The widget's error banner (network, rate limit, server), in its own shadow root. */
export const errorBanner = (el: OktaVerifySignin) => () => el.shadowRoot?.querySelector('[part=error]');

/** Ends the play function on the success step; the device panel shows the event too. */
export async function untilSignedIn(canvasElement: HTMLElement, el: OktaVerifySignin): Promise<void> {
  await untilStep(el, 'success');
  await within(canvasElement.querySelector('sim-device-panel')!).findByText(/^success:/, {}, { timeout: TIMEOUT });
}
