/** Drives a mounted <okta-verify-signin> the way a user would, for the end-to-end tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { CLIENT_ID, ISSUER, PASSWORD } from './sim.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Mounts the element against the simulator and waits for the first step, with its transaction started. */
export async function mount(): Promise<OktaVerifySignin> {
  const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
  await waitFor(el, 'identify');
  await waitUntil(() => !el.starting, 'transaction started', { timeout: 8000 });
  return el;
}

/** Waits until the element shows `step` with no request of the user's running, and the step has rendered. */
export async function waitFor(el: OktaVerifySignin, step: string, timeout = 8000): Promise<void> {
  await waitUntil(() => el.step === step && !el.busy, `step ${step} (now ${el.step})`, { timeout });
  await el.updateComplete;
  const child = el.querySelector<Updatable>('[data-ovs-step]');
  await child?.updateComplete;
}

export function input(el: HTMLElement, name: string): HTMLInputElement {
  const found = el.querySelector<HTMLInputElement>(`input[name=${name}]`);
  if (!found) throw new Error(`no input ${name}`);
  return found;
}

/** The current step element's shadow root. */
export function stepRoot(el: OktaVerifySignin): ShadowRoot {
  return el.querySelector('[data-ovs-step]')!.shadowRoot!;
}

/** A button in the current step's shadow root; throws when it is not there. */
export function stepButton(el: OktaVerifySignin, selector: string): HTMLButtonElement {
  const button = stepRoot(el).querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`no ${selector} in step ${el.step}`);
  return button;
}

export async function signInWithPassword(el: OktaVerifySignin, username: string, password = PASSWORD): Promise<void> {
  input(el, 'username').value = username;
  input(el, 'password').value = password;
  el.querySelector('form')!.requestSubmit();
  await waitUntil(() => el.busy || el.step !== 'identify', 'request started');
  await waitUntil(() => !el.busy, 'request finished', { timeout: 8000 });
}

/** From the "verify with" list: Okta Verify, then (when asked) the code; ends on the code step. */
export async function pickOktaVerifyCode(el: OktaVerifySignin): Promise<void> {
  await waitFor(el, 'choose-authenticator');
  stepButton(el, 'button[data-key=okta_verify]').click();
  await waitFor(el, 'choose-method');
  stepButton(el, 'button[data-method=totp]').click();
  await waitFor(el, 'enter-code');
}

/** From the "verify with" list: Okta Verify, then (when asked) the push; ends on the push step. */
export async function pickOktaVerifyPush(el: OktaVerifySignin): Promise<void> {
  await waitFor(el, 'choose-authenticator');
  stepButton(el, 'button[data-key=okta_verify]').click();
  // A user with push only goes straight to the push; one with push and code is asked which.
  await waitUntil(
    () => !el.busy && (el.step === 'choose-method' || el.step === 'approve-push'),
    `method choice or push (now ${el.step})`,
    { timeout: 8000 },
  );
  if (el.step === 'choose-method') {
    await waitFor(el, 'choose-method');
    stepButton(el, 'button[data-method=push]').click();
  }
  await waitFor(el, 'approve-push');
}

export async function submitCode(el: OktaVerifySignin, code: string): Promise<void> {
  input(el, 'code').value = code;
  el.querySelector('form')!.requestSubmit();
  await waitUntil(() => el.busy || el.step !== 'enter-code', 'request started');
  await waitUntil(() => !el.busy, 'request finished', { timeout: 8000 });
}

/** Resolves with the next `name` event from `target`, or rejects after `timeout` ms. */
export function nextEvent<E extends Event = CustomEvent>(target: EventTarget, name: string, timeout = 8000): Promise<E> {
  const promise = new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(name, listener);
      reject(new Error(`Timeout: no ${name} event within ${timeout} ms`));
    }, timeout);
    function listener(e: Event) {
      clearTimeout(timer);
      target.removeEventListener(name, listener);
      resolve(e as E);
    }
    target.addEventListener(name, listener);
  });
  // A test that fails before awaiting it must not leave an unhandled rejection for the next test.
  promise.catch(() => undefined);
  return promise;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
