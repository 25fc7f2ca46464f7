/** Norsk bokmål. */
import type { TranslationInput } from '../en.js';

const nb = {
  $code: 'nb',
  $name: 'Norsk bokmål',
  $dir: 'ltr',
} satisfies TranslationInput;

export default nb;
