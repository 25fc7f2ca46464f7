/** Polski. */
import type { TranslationInput } from '../en.js';

const pl = {
  $code: 'pl',
  $name: 'Polski',
  $dir: 'ltr',
} satisfies TranslationInput;

export default pl;
