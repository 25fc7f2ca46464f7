/** Dansk. */
import type { TranslationInput } from '../en.js';

const da = {
  $code: 'da',
  $name: 'Dansk',
  $dir: 'ltr',
} satisfies TranslationInput;

export default da;
