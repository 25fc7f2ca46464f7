/** Tiếng Việt. */
import type { TranslationInput } from '../en.js';

const vi = {
  $code: 'vi',
  $name: 'Tiếng Việt',
  $dir: 'ltr',
} satisfies TranslationInput;

export default vi;
