/** Русский. */
import type { TranslationInput } from '../en.js';

const ru = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ru;
