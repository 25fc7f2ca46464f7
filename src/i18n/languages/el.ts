/** Ελληνικά. */
import type { TranslationInput } from '../en.js';

const el = {
  $code: 'el',
  $name: 'Ελληνικά',
  $dir: 'ltr',
} satisfies TranslationInput;

export default el;
