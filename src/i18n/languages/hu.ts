/** Magyar. */
import type { TranslationInput } from '../en.js';

const hu = {
  $code: 'hu',
  $name: 'Magyar',
  $dir: 'ltr',
} satisfies TranslationInput;

export default hu;
