/** Svenska. */
import type { TranslationInput } from '../en.js';

const sv = {
  $code: 'sv',
  $name: 'Svenska',
  $dir: 'ltr',
} satisfies TranslationInput;

export default sv;
