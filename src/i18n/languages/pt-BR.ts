/** Português (Brasil). */
import type { TranslationInput } from '../en.js';

const ptBr = {
  $code: 'pt-BR',
  $name: 'Português (Brasil)',
  $dir: 'ltr',
} satisfies TranslationInput;

export default ptBr;
