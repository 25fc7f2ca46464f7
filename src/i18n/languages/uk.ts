/** Українська. */
import type { TranslationInput } from '../en.js';

const uk = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',
} satisfies TranslationInput;

export default uk;
