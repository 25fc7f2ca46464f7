/** Nederlands. */
import type { TranslationInput } from '../en.js';

const nl = {
  $code: 'nl',
  $name: 'Nederlands',
  $dir: 'ltr',
} satisfies TranslationInput;

export default nl;
