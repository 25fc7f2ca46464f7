/**
 * What an everyday sign-in meets after its first step: the list of authenticators, Okta Verify's methods, a
 * code, a push, "Keep me signed in" and the closing messages. The widget loads this chunk right after its
 * first render, beside the flow and the SDK.
 */
import { OvsAuthenticatorListStep } from '../authenticator-list-step.js';
import { OvsCodeStep } from '../code-step.js';
import { OvsKeepSignedInStep } from '../keep-signed-in-step.js';
import { OvsMessageStep } from '../message-step.js';
import { OvsMethodStep } from '../method-step.js';
import { OvsPushStep } from '../push-step.js';
import { enEveryday } from '../../i18n/en-everyday.js';
import { register } from '../register.js';

export const elements = register([OvsAuthenticatorListStep, OvsMethodStep, OvsCodeStep, OvsPushStep, OvsKeepSignedInStep, OvsMessageStep], enEveryday);
