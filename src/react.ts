/**
 * `okta-verify-signin/react`: `<OktaVerifySignin>` for React 18 and 19. Props are set as the element's
 * properties (objects such as `authClient` included, before or after the element upgrades), and the widget's
 * events are `on…` props. Importing this module registers the elements.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OktaVerifySignin as OktaVerifySigninElement } from './okta-verify-signin.js';
import type { OktaVerifyErrorEvent, OktaVerifyPasswordExpiredEvent, OktaVerifyStepEvent, OktaVerifySuccessEvent } from './events.js';
import './define.js';

// One prop per event the element fires; scripts/framework-types.mjs fails the build when this list and the
// manifest's events differ, and types the props from it.
export const OktaVerifySignin = createComponent({
  react: React,
  tagName: 'okta-verify-signin',
  elementClass: OktaVerifySigninElement,
  displayName: 'OktaVerifySignin',
  events: {
    onSuccess: 'okta-verify-success' as EventName<OktaVerifySuccessEvent>,
    onError: 'okta-verify-error' as EventName<OktaVerifyErrorEvent>,
    onStep: 'okta-verify-step' as EventName<OktaVerifyStepEvent>,
    onPasswordExpired: 'okta-verify-password-expired' as EventName<OktaVerifyPasswordExpiredEvent>,
  },
});
