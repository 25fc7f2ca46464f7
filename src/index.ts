/**
 * The package's side-effect-free entry: element classes, the headless flow, events and localization.
 * Import `okta-verify-signin/define` to register the elements.
 */
export { OktaVerifySignin } from './okta-verify-signin.js';
export { OvsCredentialsStep } from './steps/credentials-step.js';
export { OvsAuthenticatorListStep } from './steps/authenticator-list-step.js';
export { OvsOktaVerifyMethodStep } from './steps/okta-verify-method-step.js';
export { OvsCodeStep } from './steps/code-step.js';
export { OvsPushStep, PUSH_REMINDER_MS } from './steps/push-step.js';
export { OvsEnrollQrStep } from './steps/enroll-qr-step.js';
export { OvsEnrollChannelStep } from './steps/enroll-channel-step.js';
export { OvsEnrollAddressStep } from './steps/enroll-address-step.js';
export { OvsEnrollSentStep } from './steps/enroll-sent-step.js';
export { OvsChangePasswordStep } from './steps/change-password-step.js';
export { OvsMessageStep, type MessageKind } from './steps/message-step.js';
export { OvsControl } from './steps/control.js';
export { StepElement } from './steps/step-element.js';
export * from './events.js';
export * from './flow/index.js';
export { registerTranslation, loadLanguage, term } from './i18n/localize.js';
export { en } from './i18n/en.js';
export type { Translation, TranslationKey, TranslationInput, StringOverrides } from './i18n/localize.js';
