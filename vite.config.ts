import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { transform } from 'esbuild';
import { litTemplates } from './scripts/build/lit-templates-plugin.js';
import { englishPartsPlugin } from './scripts/build/english-parts-plugin.js';

/**
 * Two builds:
 * - `vite build`: the npm package in `dist/`, ES modules for consumers' bundlers. lit and react stay imports;
 *   okta-auth-js is bundled, tree-shaken and minified here into `dist/sdk.js`, the chunk the widget loads on
 *   first use, so a consumer's bundler (Vite, webpack, Angular's esbuild) gets the same small file with nothing
 *   CommonJS in it and nothing left to shake. `dist/preload.js` only starts loading that chunk, for an app entry
 *   that runs well before the widget renders. `@lit/react` is bundled into `dist/react.js`.
 * - `vite build --mode browser`: `dist/browser/okta-verify-signin.js` for a page without a bundler: everything
 *   bundled and minified; the SDK (`sdk.js`, a stable name a page can preload) and the languages are chunks
 *   beside it, loaded by relative URL when needed.
 * Both minify the whitespace inside lit's `css` and `html` templates (scripts/build/), which no consumer's
 * minifier does.
 */
const SDK_MODULE = /\/src\/flow\/minimal-client\.ts$/;
const isSdk = (chunk: { facadeModuleId?: string | null }) => SDK_MODULE.test(chunk.facadeModuleId ?? '');
const LANGUAGE_MODULE = /\/src\/i18n\/languages\/(?!index\.)[\w-]+\.ts$/;
const isLanguage = (chunk: { facadeModuleId?: string | null }) => LANGUAGE_MODULE.test(chunk.facadeModuleId ?? '');

/** `name version (license)` of each package bundled into a chunk, for its legal banner. */
function bundledPackages(moduleIds: readonly string[]): string[] {
  const packages = new Set<string>();
  for (const id of moduleIds) {
    const match = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(id);
    if (!match) continue;
    const { name, version, license } = JSON.parse(readFileSync(`${match[1]}/package.json`, 'utf8'));
    packages.add(`${name} ${version} (${license})`);
  }
  return [...packages].sort();
}

/**
 * Every chunk that bundles packages names them (with their licenses) in one banner, in place of their many
 * per-file license comments. Vite leaves library output unminified; chunks `minify` selects are minified here.
 */
function finishChunks(minify: (chunk: { facadeModuleId?: string | null }) => boolean): Plugin {
  return {
    name: 'ovs-finish-chunks',
    // After Vite's own pass, which keeps the whitespace in library output.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const packages = bundledPackages(chunk.moduleIds);
        const banner = packages.length ? `/*! okta-verify-signin bundles: ${packages.join(', ')}. */\n` : '';
        const code = minify(chunk) ? (await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8' })).code : chunk.code;
        chunk.code = banner + code;
      }
    },
  };
}

/**
 * The browser bundle carries lit: its Node builds, which use the page's `document` and `HTMLElement` when there
 * is a page and define classes without them in Node, so that a server can import the bundle. The DOM shim they
 * would fall back to is not bundled: nothing renders with it there (`okta-verify-signin/ssr` does).
 */
function universalLit(): Plugin {
  const lit = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
  const inLit = /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//;
  return {
    name: 'ovs-universal-lit',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === '@lit-labs/ssr-dom-shim') return resolve('scripts/build/dom-shim-stub.js');
      if (!lit.test(source) && !(importer && inLit.test(importer) && !source.startsWith('.'))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const match = resolved && /^(.*\/node_modules\/(?:lit-html|@lit\/reactive-element))\/(?!node\/|development\/)(.+\.js)$/.exec(resolved.id);
      return match && existsSync(`${match[1]}/node/${match[2]}`) ? `${match[1]}/node/${match[2]}` : resolved;
    },
  };
}

const npm: UserConfig = {
  build: {
    target: 'es2022',
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts', preload: 'src/preload.ts', react: 'src/react.ts', vue: 'src/vue.ts', ssr: 'src/ssr/index.ts', hydrate: 'src/ssr/hydrate.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\/(?!react($|\/))/, /^@lit-labs\//, /^lit-html($|\/)/, /^lit-element($|\/)/, /^react($|\/)/],
      // Languages by their code alone (`de.js`): the entry names all thirty, and a hash in each name is text that
      // does not compress; a consumer's bundler gives each its own hash anyway.
      output: { chunkFileNames: (chunk) => (isSdk(chunk) ? 'sdk.js' : isLanguage(chunk) ? '[name].js' : '[name]-[hash].js') },
    },
  },
  plugins: [englishPartsPlugin(), litTemplates(), finishChunks(isSdk)],
};

const browser: UserConfig = {
  build: {
    target: 'es2022',
    outDir: 'dist/browser',
    lib: { entry: { 'okta-verify-signin': 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: {
      // A stable name, so that a page can write `<link rel="modulepreload" href=".../sdk.js">` beside its script.
      output: { chunkFileNames: (chunk) => (isSdk(chunk) ? 'sdk.js' : '[name]-[hash].js') },
    },
  },
  plugins: [universalLit(), englishPartsPlugin(), litTemplates(), finishChunks(() => true)],
};

export default defineConfig(({ mode }) => (mode === 'browser' ? browser : npm));
