/** Bahasa Indonesia. */
import type { TranslationInput } from '../en.js';

const id = {
  $code: 'id',
  $name: 'Bahasa Indonesia',
  $dir: 'ltr',
} satisfies TranslationInput;

export default id;
