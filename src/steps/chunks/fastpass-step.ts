/** Okta FastPass: Okta Verify on this device answers. */
import { OvsFastPassStep } from '../fastpass-step.js';
import { enRarerSteps } from '../../i18n/en-rarer-steps.js';
import { register } from '../register.js';

export const elements = register([OvsFastPassStep], enRarerSteps);
