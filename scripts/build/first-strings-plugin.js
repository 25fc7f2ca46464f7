// Vite plugin: the package build's `src/i18n/en-first.ts`. In the source it is all of English; here it becomes
// only the keys that the modules of the first render name (the widget, its first step, the step base and the
// control shell), written out from `en.ts` itself, so English stays written in one place and the rest of it
// loads after the first input (signin-kit.ts registers all of `en`). A key is taken when one of those modules
// names it in quotes; keys built at run time (the error banner's) belong to later renders, once the rest is in.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const FIRST_RENDER = ['src/okta-verify-signin.ts', 'src/steps/credentials-step.ts', 'src/steps/step-element.ts', 'src/steps/control.ts'];

/** The keys of `en` that `files` name in quotes. */
export function firstKeys(en, files = FIRST_RENDER, root = process.cwd()) {
  const named = new Set();
  for (const file of files) for (const [, key] of readFileSync(resolve(root, file), 'utf8').matchAll(/['"`]([A-Za-z]\w*)['"`]/g)) named.add(key);
  return Object.keys(en).filter((key) => (key.startsWith('$') && key !== '$messages') || named.has(key));
}

/** A module exporting `enFirst`: those keys of `en`, functions as written (after TypeScript is stripped). */
export function firstModule(en, keys) {
  const lines = keys.map((key) => {
    const value = en[key];
    return `  ${JSON.stringify(key)}: ${typeof value === 'function' ? value.toString() : JSON.stringify(value)},`;
  });
  const helpers = lines.some((line) => /\b(plural|formatNumber)\(/.test(line));
  return `${helpers ? "import { formatNumber, plural } from './plural.js';\n" : ''}export const enFirst = {\n${lines.join('\n')}\n};\n`;
}

/** @returns {import('vite').Plugin} */
export function firstStrings() {
  return {
    name: 'ovs-first-strings',
    enforce: 'pre',
    async load(id) {
      if (!/\/src\/i18n\/en-first\.ts$/.test(id)) return;
      const { en } = await tsImport(resolve(id, '../en.ts'), import.meta.url);
      this.addWatchFile(resolve(id, '../en.ts'));
      return { code: firstModule(en, firstKeys(en)), map: null };
    },
  };
}
