/** Bahasa Melayu. */
import type { TranslationInput } from '../en.js';

const ms = {
  $code: 'ms',
  $name: 'Bahasa Melayu',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ms;
