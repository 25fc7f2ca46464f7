/** 한국어. */
import type { TranslationInput } from '../en.js';

const ko = {
  $code: 'ko',
  $name: '한국어',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ko;
