/** ไทย. */
import type { TranslationInput } from '../en.js';

const th = {
  $code: 'th',
  $name: 'ไทย',
  $dir: 'ltr',
} satisfies TranslationInput;

export default th;
