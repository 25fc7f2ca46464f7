/**
 * The package's side-effect-free entry, and its whole public API: the element and its step elements, the
 * events, the headless flow with its step model, and localization. Import `okta-verify-signin/define` to
 * register the elements. Modules not re-exported here are internal and may change in any release.
 */
export { OktaVerifySignin } from './okta-verify-signin.js';
export { OvsCredentialsStep } from './steps/credentials-step.js';
export { OvsAuthenticatorListStep } from './steps/authenticator-list-step.js';
export { OvsMethodStep } from './steps/method-step.js';
export { OvsCodeStep } from './steps/code-step.js';
export { OvsPushStep, PUSH_REMINDER_MS } from './steps/push-step.js';
export { OvsEnrollQrStep } from './steps/enroll-qr-step.js';
export { OvsEnrollChannelStep } from './steps/enroll-channel-step.js';
export { OvsEnrollAddressStep } from './steps/enroll-address-step.js';
export { OvsEnrollSentStep } from './steps/enroll-sent-step.js';
export { OvsNewPasswordStep } from './steps/new-password-step.js';
export { OvsPhoneNumberStep } from './steps/phone-number-step.js';
export { OvsKeepSignedInStep } from './steps/keep-signed-in-step.js';
export { OvsMessageStep, type MessageKind } from './steps/message-step.js';
export { OvsFastPassStep } from './steps/fastpass-step.js';
export { OvsThisDeviceStep } from './steps/this-device-step.js';
export { OvsDeviceEnrollmentStep } from './steps/device-enrollment-step.js';
export { OvsControl } from './steps/control.js';
export {
  OktaVerifySuccessEvent,
  OktaVerifyErrorEvent,
  OktaVerifyStepEvent,
  OktaVerifyPasswordExpiredEvent,
  type SuccessDetail,
  type ErrorDetail,
  type StepDetail,
  type PasswordExpiredDetail,
  // The step elements' own events, as their typings name them.
  type StepEvent,
  type StepEventDetails,
} from './events.js';
export * from './flow/index.js';
export { registerTranslation, loadLanguage, term } from './i18n/localize.js';
export { en } from './i18n/en.js';
export type { Translation, TranslationKey, TranslationInput, StringOverrides } from './i18n/localize.js';
