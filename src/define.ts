/**
 * Registers every element of the widget. Safe to import more than once, and beside another copy of the
 * package: a tag that is already defined is left as it is. The widget and its first step are registered at
 * once; the other steps' elements as soon as their chunk has loaded, which starts here (and again whenever a
 * widget appears, should it have failed). On a server (no `window`) it registers nothing and loads nothing,
 * so that a server-rendered app can import it.
 */
import { loadStepViews, OktaVerifySignin } from './okta-verify-signin.js';
import { OvsControl } from './steps/control.js';
import { OvsCredentialsStep } from './steps/credentials-step.js';

const inBrowser = typeof window !== 'undefined' && typeof customElements !== 'undefined';
if (inBrowser) {
  for (const element of [OvsControl, OvsCredentialsStep, OktaVerifySignin]) {
    if (!customElements.get(element.tag)) customElements.define(element.tag, element);
  }
}
const stepsLoading = inBrowser ? loadStepViews() : Promise.resolve();
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
