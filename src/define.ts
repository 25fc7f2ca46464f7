/**
 * Registers every element of the widget. Safe to import more than once, and beside another copy of the
 * package: a tag that is already defined is left as it is.
 */
import { OktaVerifySignin } from './okta-verify-signin.js';
import { STEP_ELEMENTS } from './steps/step-views.js';

for (const element of [...STEP_ELEMENTS, OktaVerifySignin]) {
  // A tag that is already taken belongs to another copy of the package, or to the host's own element.
  if (!customElements.get(element.tag)) customElements.define(element.tag, element);
}

export * from './index.js';
