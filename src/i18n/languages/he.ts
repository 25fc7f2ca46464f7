/** עברית (right to left). */
import type { TranslationInput } from '../en.js';

const he = {
  $code: 'he',
  $name: 'עברית',
  $dir: 'rtl',
} satisfies TranslationInput;

export default he;
