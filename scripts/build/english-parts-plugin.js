// Vite plugin: English in three parts for the package build, so that each loads with what shows it. In the
// source each part is all of English (`src/i18n/en.ts`, the one place English is written); the build writes
// out only a part's keys from `en.ts` itself:
// - `en-first.ts`: the keys the modules of the first render name (the widget, its first step, the step base
//   and the control shell), in the entry;
// - `en-rarer-steps.ts`: the keys that only the elements of the rarer steps' chunks name (enrollment, FastPass,
//   a new password, device enrollment), loaded with the first of those chunks;
// - `en-everyday.ts`: every other key, with the flow and an everyday sign-in's steps.
// A key is named when a module has it in quotes. A key built at run time is named nowhere, so it is an
// everyday one: it is there once the flow is.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const FIRST_RENDER = ['src/okta-verify-signin.ts', 'src/steps/credentials-step.ts', 'src/steps/step-element.ts', 'src/steps/control.ts'];
/** The chunks of the rarer steps (`STEP_CHUNKS` in src/steps/step-views.ts). */
const RARER_CHUNKS = ['enrollment-steps', 'fastpass-step', 'new-password-step', 'device-enrollment-step'].map((name) => `src/steps/chunks/${name}.ts`);

const namedIn = (file) => new Set([...readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z]\w*)['"`]/g)].map(([, key]) => key));

/** The modules `file` imports from `src/`, itself included, transitively. */
function localModules(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*['"](\.{1,2}\/[^'"]+)\.js['"]/gm)) localModules(resolve(dirname(file), `${spec}.ts`), seen);
  return seen;
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The modules of the widget's everyday bundle: the entry, the flow's chunk and the everyday steps' chunk. */
const EVERYDAY_ROOTS = ['src/define.ts', 'src/signin-kit.ts', 'src/steps/chunks/first-step.ts', 'src/steps/chunks/sign-in-steps.ts'];

/** The keys of `en` in each part. */
export function englishParts(en, root = process.cwd()) {
  const keys = Object.keys(en).filter((key) => key !== '$messages');
  const firstNamed = new Set(FIRST_RENDER.flatMap((file) => [...namedIn(resolve(root, file))]));
  const first = keys.filter((key) => key.startsWith('$') || firstNamed.has(key));
  // A module the everyday bundle has too (the step base, a shared helper) is not one of the rarer steps'.
  const everydayFiles = new Set(EVERYDAY_ROOTS.flatMap((file) => [...localModules(resolve(root, file))]));
  const rarerFiles = new Set(RARER_CHUNKS.flatMap((file) => [...localModules(resolve(root, file))]).filter((file) => !everydayFiles.has(file)));
  // Every other module that may name a key: all of src/ but English itself and the other languages.
  const isWords = (file) => /\/src\/i18n\/(en[\w-]*\.ts|languages\/)/.test(file);
  const otherNamed = new Set();
  for (const file of sourceFiles(resolve(root, 'src'))) if (!rarerFiles.has(file) && !isWords(file)) for (const key of namedIn(file)) otherNamed.add(key);
  const rarerNamed = new Set([...rarerFiles].flatMap((file) => [...namedIn(file)]));
  const rarer = keys.filter((key) => !key.startsWith('$') && rarerNamed.has(key) && !otherNamed.has(key) && !firstNamed.has(key));
  const everyday = keys.filter((key) => !key.startsWith('$') && !first.includes(key) && !rarer.includes(key));
  return { first, everyday: ['$code', ...everyday, '$messages'], rarer: ['$code', ...rarer] };
}

/** A module exporting `name`: those keys of `en`, functions as written (after TypeScript is stripped). */
export function partModule(en, keys, name) {
  const lines = keys.map((key) => {
    const value = en[key];
    return `  ${JSON.stringify(key)}: ${typeof value === 'function' ? value.toString() : JSON.stringify(value)},`;
  });
  const helpers = lines.some((line) => /\b(plural|formatNumber)\(/.test(line));
  return `${helpers ? "import { formatNumber, plural } from './plural.js';\n" : ''}export const ${name} = {\n${lines.join('\n')}\n};\n`;
}

const PARTS = { 'en-first': ['first', 'enFirst'], 'en-everyday': ['everyday', 'enEveryday'], 'en-rarer-steps': ['rarer', 'enRarerSteps'] };

/** @returns {import('vite').Plugin} */
export function englishPartsPlugin() {
  return {
    name: 'ovs-english-parts',
    enforce: 'pre',
    async load(id) {
      const part = /\/src\/i18n\/(en-first|en-everyday|en-rarer-steps)\.ts$/.exec(id)?.[1];
      if (!part) return;
      const { en } = await tsImport(resolve(id, '../en.ts'), import.meta.url);
      this.addWatchFile(resolve(id, '../en.ts'));
      const [which, name] = PARTS[part];
      return { code: partModule(en, englishParts(en)[which], name), map: null };
    },
  };
}
