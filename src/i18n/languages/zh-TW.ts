/** 繁體中文. */
import type { TranslationInput } from '../en.js';

const zhTw = {
  $code: 'zh-TW',
  $name: '繁體中文',
  $dir: 'ltr',
} satisfies TranslationInput;

export default zhTw;
