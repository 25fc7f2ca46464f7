/** Euskara. */
import type { TranslationInput } from '../en.js';

const eu = {
  $code: 'eu',
  $name: 'Euskara',
  $dir: 'ltr',
} satisfies TranslationInput;

export default eu;
