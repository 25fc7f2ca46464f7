/** A new password: expired, about to expire, or reset after recovery. */
import { OvsNewPasswordStep } from '../new-password-step.js';
import { enRarerSteps } from '../../i18n/en-rarer-steps.js';
import { register } from '../register.js';

export const elements = register([OvsNewPasswordStep], enRarerSteps);
