/** 简体中文. */
import type { TranslationInput } from '../en.js';

const zhCn = {
  $code: 'zh-CN',
  $name: '简体中文',
  $dir: 'ltr',
} satisfies TranslationInput;

export default zhCn;
