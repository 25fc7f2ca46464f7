/** Čeština. */
import type { TranslationInput } from '../en.js';

const cs = {
  $code: 'cs',
  $name: 'Čeština',
  $dir: 'ltr',
} satisfies TranslationInput;

export default cs;
