/** The first step's elements. The widget's own module carries them; this chunk only names them. */
import { OvsControl } from '../control.js';
import { OvsCredentialsStep } from '../credentials-step.js';
import { register } from '../register.js';

export const elements = register([OvsControl, OvsCredentialsStep]);
