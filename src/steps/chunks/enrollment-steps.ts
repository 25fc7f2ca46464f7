/** Setting up Okta Verify: the QR code, the other channels, the phone number, the setup link, this device. */
import { OvsEnrollAddressStep } from '../enroll-address-step.js';
import { OvsEnrollChannelStep } from '../enroll-channel-step.js';
import { OvsEnrollQrStep } from '../enroll-qr-step.js';
import { OvsEnrollSentStep } from '../enroll-sent-step.js';
import { OvsPhoneNumberStep } from '../phone-number-step.js';
import { OvsThisDeviceStep } from '../this-device-step.js';
import { enRarerSteps } from '../../i18n/en-rarer-steps.js';
import { register } from '../register.js';

export const elements = register([OvsEnrollQrStep, OvsEnrollChannelStep, OvsPhoneNumberStep, OvsEnrollAddressStep, OvsEnrollSentStep, OvsThisDeviceStep], enRarerSteps);
