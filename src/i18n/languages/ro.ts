/** Română. */
import type { TranslationInput } from '../en.js';

const ro = {
  $code: 'ro',
  $name: 'Română',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ro;
