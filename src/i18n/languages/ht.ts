/** Kreyòl ayisyen. */
import type { TranslationInput } from '../en.js';

const ht = {
  $code: 'ht',
  $name: 'Kreyòl ayisyen',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ht;
