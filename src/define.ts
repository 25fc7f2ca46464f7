/**
 * Registers every element of the widget. Safe to import more than once, and beside another copy of the
 * package: a tag that is already defined is left as it is. The widget and its first step are registered at
 * once; the other steps' elements when their chunk has loaded: an everyday sign-in's as soon as a widget
 * appears, the rarer ones when a step of theirs is shown or about to be. On a server (no `window`) it
 * registers nothing and loads nothing, so that a server-rendered app can import it.
 */
import { OktaVerifySignin } from './okta-verify-signin.js';
import { OvsControl } from './steps/control.js';
import { OvsCredentialsStep } from './steps/credentials-step.js';

const inBrowser = typeof window !== 'undefined' && typeof customElements !== 'undefined';
// The same loop as `steps/register.ts`, written here so that the entry chunk does not import that module.
if (inBrowser) {
  for (const element of [OvsControl, OvsCredentialsStep, OktaVerifySignin]) {
    if (!customElements.get(element.tag)) customElements.define(element.tag, element);
  }
}

/**
 * Loads and registers every step element, for a page that uses a step element on its own (the widget loads
 * what it shows by itself). Resolves once all are registered.
 */
export async function whenStepsDefined(): Promise<void> {
  const { defineEveryStep } = await import('./steps/step-views.js');
  await defineEveryStep();
}

export { OktaVerifySignin } from './okta-verify-signin.js';
export type * from './index.js';
