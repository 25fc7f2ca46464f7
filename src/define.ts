/**
 * Registers every element of the widget. Safe to import more than once, and beside another copy of the
 * package: a tag that is already defined is left as it is. The widget and its first step are registered at
 * once; the other steps' elements as soon as their chunk has loaded, which starts here (and again whenever a
 * widget appears, should it have failed).
 */
import { loadStepViews, OktaVerifySignin } from './okta-verify-signin.js';
import { OvsControl } from './steps/control.js';
import { OvsCredentialsStep } from './steps/credentials-step.js';

for (const element of [OvsControl, OvsCredentialsStep, OktaVerifySignin]) {
  if (!customElements.get(element.tag)) customElements.define(element.tag, element);
}
const stepsLoading = loadStepViews();
stepsLoading.catch(() => undefined);

/**
 * Resolves once every step element is registered, for a page that uses a step element on its own (the widget
 * itself waits by itself).
 */
export function whenStepsDefined(): Promise<void> {
  return stepsLoading.then(() => undefined, () => loadStepViews().then(() => undefined));
}

export { OktaVerifySignin } from './okta-verify-signin.js';
export type * from './index.js';
