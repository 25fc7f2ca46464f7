/** The instructions to enroll this device in Okta Device Access or a device management system. */
import { OvsDeviceEnrollmentStep } from '../device-enrollment-step.js';
import { enRarerSteps } from '../../i18n/en-rarer-steps.js';
import { register } from '../register.js';

export const elements = register([OvsDeviceEnrollmentStep], enRarerSteps);
