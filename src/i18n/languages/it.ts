/** Italiano. */
import type { TranslationInput } from '../en.js';

const it = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',
} satisfies TranslationInput;

export default it;
