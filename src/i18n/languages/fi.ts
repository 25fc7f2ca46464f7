/** Suomi. */
import type { TranslationInput } from '../en.js';

const fi = {
  $code: 'fi',
  $name: 'Suomi',
  $dir: 'ltr',
} satisfies TranslationInput;

export default fi;
