/**
 * What the widget needs once its first step is on screen, and not before: the headless flow with every step's
 * reader, the events it fires, the other steps' words in English, and how a step's fields reach its element.
 * A chunk of its own that the widget starts loading as soon as it appears, beside the SDK and the other steps'
 * elements, so that none of it stands between the page and its first input.
 */
import { en } from './i18n/en.js';
import { registerTranslation } from './i18n/localize.js';

// The widget's first render carries only the first step's words; every other English word arrives here.
registerTranslation(en);

export { createAuthClient } from './flow/auth-client.js';
export { statusOf } from './flow/registry.js';
export { redirectReturnOf, withoutRedirectParams } from './flow/redirect.js';
export { SigninFlow } from './flow/signin-flow.js';
export { documentVisibility } from './flow/poller.js';
export { fire, OktaVerifyErrorEvent, OktaVerifyPasswordExpiredEvent, OktaVerifyStepEvent, OktaVerifySuccessEvent } from './events.js';
export { viewProperties } from './steps/view-properties.js';
