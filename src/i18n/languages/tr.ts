/** Türkçe. */
import type { TranslationInput } from '../en.js';

const tr = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',
} satisfies TranslationInput;

export default tr;
