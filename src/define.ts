/**
 * Registers every element of the widget. Safe to import more than once, and beside another copy of the
 * package: a tag that is already defined is left as it is.
 */
import { OktaVerifySignin } from './okta-verify-signin.js';
import { OvsAuthenticatorListStep } from './steps/authenticator-list-step.js';
import { OvsCodeStep } from './steps/code-step.js';
import { OvsControl } from './steps/control.js';
import { OvsCredentialsStep } from './steps/credentials-step.js';
import { OvsMessageStep } from './steps/message-step.js';
import { OvsOktaVerifyMethodStep } from './steps/okta-verify-method-step.js';
import { OvsPushStep } from './steps/push-step.js';
import { OvsEnrollQrStep } from './steps/enroll-qr-step.js';
import { OvsEnrollChannelStep } from './steps/enroll-channel-step.js';
import { OvsEnrollAddressStep } from './steps/enroll-address-step.js';
import { OvsEnrollSentStep } from './steps/enroll-sent-step.js';
import { OvsChangePasswordStep } from './steps/change-password-step.js';

/** Leaves a tag that is already taken alone (another copy of the package, or the host's own element). */
function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

const elements: Array<[string, CustomElementConstructor]> = [
  ['ovs-control', OvsControl],
  ['ovs-credentials-step', OvsCredentialsStep],
  ['ovs-authenticator-list-step', OvsAuthenticatorListStep],
  ['ovs-okta-verify-method-step', OvsOktaVerifyMethodStep],
  ['ovs-code-step', OvsCodeStep],
  ['ovs-push-step', OvsPushStep],
  ['ovs-enroll-qr-step', OvsEnrollQrStep],
  ['ovs-enroll-channel-step', OvsEnrollChannelStep],
  ['ovs-enroll-address-step', OvsEnrollAddressStep],
  ['ovs-enroll-sent-step', OvsEnrollSentStep],
  ['ovs-change-password-step', OvsChangePasswordStep],
  ['ovs-message-step', OvsMessageStep],
  ['okta-verify-signin', OktaVerifySignin],
];

for (const [tag, ctor] of elements) defineOnce(tag, ctor);

export * from './index.js';
