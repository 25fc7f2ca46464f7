// `npm run size [-- --no-check]`: the size of the whole widget as a consumer's page ships it. The package is
// built as `npm run build` builds it (vite.config.ts, into a temporary directory), then a page that imports
// `okta-verify-signin/define` (scripts/size-page.js) is bundled from that build and each chunk minified, as a
// consumer's bundler does: every element, lit, and the SDK chunk (dist/sdk.js). Figures are min + gzip -9, and
// brotli; languages other than English load on demand, each in its own chunk, and are listed apart.
//
// Two budgets, one per owner, under either minifier (esbuild, which Angular and Vite up to 7 use, and oxc,
// Vite 8's): what loads with the elements (our code and lit: it stands between the page and the first input),
// and the SDK chunk (okta-auth-js's own IDX client, pre-bundled and tree-shaken, loaded on first use). Exits
// non-zero when either is over, so CI fails; `--no-check`, and `npm run bench`, print the figures only.
import { build, minify as oxcMinify } from 'vite';
import { transform } from 'esbuild';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliSize as br, gzipSize as gz } from './lib/sizes.mjs';
import { tsImport } from 'tsx/esm/api';

// `onLoad`: the entry, what a page loads before its first input (the widget, its first step, the first step's
// English words and lit); `signIn`: all that one password + push sign-in downloads (the entry, the flow and the
// other steps, which load side by side right after the first render, and the SDK); `sdk`: the SDK chunk.
// TARGET is where they are headed (issue 17); BUDGET, what CI holds them to until then.
const TARGET = { onLoad: 14, signIn: 45 };
const BUDGET = { onLoad: 14, signIn: 55, sdk: 22 }; // KiB gzip -9
const check = !process.argv.includes('--no-check') && process.env.npm_lifecycle_event !== 'bench';

const kib = (n) => (n / 1024).toFixed(1);
const bytes = (s) => Buffer.byteLength(s);
const minifiers = {
  esbuild: async (code) => (await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8' })).code,
  oxc: async (code) => (await oxcMinify('chunk.js', code, { compress: { target: 'es2022' }, mangle: { toplevel: true }, module: true })).code,
};

// Under node_modules, so the built modules find lit as they would in a consumer's project.
mkdirSync('node_modules/.cache', { recursive: true });
// Its real path: the bundler names modules by theirs (node_modules may be a link).
const dir = realpathSync(mkdtempSync(resolve('node_modules/.cache/okta-verify-signin-size-')));
let over = [];
try {
  const packageBuild = await build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'silent', build: { outDir: dir, emptyOutDir: true } });
  const packaged = (Array.isArray(packageBuild) ? packageBuild : [packageBuild]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  // What each built file is: the SDK chunk, a language (by the source it was built from), or the rest.
  const languageOf = new Map();
  for (const chunk of packaged) {
    // Codes such as pt-BR and zh-TW have a hyphen.
    const match = /\/src\/i18n\/languages\/(?!index\.)([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '');
    if (match) languageOf.set(resolve(dir, chunk.fileName), match[1]);
  }
  const sdkFile = resolve(dir, 'sdk.js');
  if (!packaged.some((c) => c.fileName === 'sdk.js')) throw new Error('the package build has no dist/sdk.js');

  // The consumer's bundle: no minification by the bundler itself, each chunk minified afterwards.
  const pageBuild = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: [{ find: /^okta-verify-signin\/define$/, replacement: resolve(dir, 'define.js') }] },
    build: { write: false, target: 'es2022', minify: false, lib: { entry: 'scripts/size-page.js', formats: ['es'], fileName: 'page' } },
  });
  const chunks = (Array.isArray(pageBuild) ? pageBuild : [pageBuild]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const widget = chunks.filter((c) => !languageOf.has(c.facadeModuleId));
  const sdk = widget.filter((c) => c.facadeModuleId === sdkFile);
  if (sdk.length !== 1) throw new Error('the SDK chunk is not a chunk of its own in the page build');

  // The page's entry and what it imports statically: what stands between the page and its first input.
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const staticChunks = new Set();
  const visit = (chunk) => {
    if (!chunk || staticChunks.has(chunk)) return;
    staticChunks.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);

  // What one password + push sign-in loads: the entry, the flow's chunk, the chunk of an everyday sign-in's
  // steps, what they import, and the SDK. The rarer steps' chunks (enrollment, FastPass, a new password, …) are not.
  const signInChunks = new Set(staticChunks);
  const visitInto = (set, chunk) => {
    if (!chunk || set.has(chunk)) return;
    set.add(chunk);
    for (const file of chunk.imports) visitInto(set, byFile.get(file));
  };
  for (const part of [/\/signin-kit-[\w-]+\.js$/, /\/sign-in-steps-[\w-]+\.js$/]) {
    const chunk = chunks.find((c) => part.test(c.facadeModuleId ?? ''));
    if (!chunk) throw new Error(`no chunk of its own for ${part} in the page build`);
    signInChunks.delete(chunk); // visited below with its imports
    visitInto(signInChunks, chunk);
  }
  signInChunks.add(sdk[0]);

  const results = {};
  for (const [name, minify] of Object.entries(minifiers)) {
    // Each chunk is minified on its own (they are separate files); the figure is their sum, compressed together.
    const min = new Map(await Promise.all(widget.map(async (c) => [c, await minify(c.code)])));
    const all = [...min.values()].join('\n');
    results[name] = {
      all,
      onLoad: widget.filter((c) => staticChunks.has(c) && !sdk.includes(c)).map((c) => min.get(c)).join('\n'),
      steps: widget.filter((c) => !staticChunks.has(c) && !sdk.includes(c)).map((c) => min.get(c)).join('\n'),
      signIn: widget.filter((c) => signInChunks.has(c)).map((c) => min.get(c)).join('\n'),
      sdk: min.get(sdk[0]),
    };
  }

  const verdict = (n, budget) => (n <= budget * 1024 ? `budget ${budget}: within` : `budget ${budget}: over by ${kib(n - budget * 1024)} KiB`);
  const { all } = results.esbuild;
  console.log(`okta-verify-signin, whole widget as a page importing 'okta-verify-signin/define' ships it (${widget.length} chunk${widget.length === 1 ? '' : 's'} joined)`);
  console.log(`  minified : ${kib(bytes(all))} KiB   (esbuild)`);
  console.log(`  gzip -9  : ${kib(gz(all))} KiB   (oxc, Vite 8's minifier: ${kib(gz(results.oxc.all))} KiB)`);
  console.log(`  brotli   : ${kib(br(all))} KiB`);
  const target = (n, t) => (n <= t * 1024 ? `target ${t}: met` : `target ${t}: ${kib(n - t * 1024)} KiB to go`);
  for (const [name, r] of Object.entries(results)) {
    const onLoad = gz(r.onLoad);
    const steps = gz(r.steps);
    const signIn = gz(r.signIn);
    const sdkSize = gz(r.sdk);
    console.log(
      `  ${name.padEnd(8)} : entry ${kib(onLoad)} KiB gzip, the widget, its first step and lit (${verdict(onLoad, BUDGET.onLoad)}; ${target(onLoad, TARGET.onLoad)}); ` +
        `${kib(steps)} KiB gzip after it, the flow and every other step; ${kib(sdkSize)} KiB gzip, the SDK chunk, okta-auth-js: dist/sdk.js (${verdict(sdkSize, BUDGET.sdk)}); ` +
        `password + push sign-in ${kib(signIn)} KiB gzip in all (${verdict(signIn, BUDGET.signIn)}; ${target(signIn, TARGET.signIn)})`,
    );
    if (onLoad > BUDGET.onLoad * 1024) over.push(`${name}: entry ${kib(onLoad)} KiB, budget ${BUDGET.onLoad}`);
    if (signIn > BUDGET.signIn * 1024) over.push(`${name}: password + push sign-in ${kib(signIn)} KiB, budget ${BUDGET.signIn}`);
    if (sdkSize > BUDGET.sdk * 1024) over.push(`${name}: SDK chunk ${kib(sdkSize)} KiB, budget ${BUDGET.sdk}`);
  }

  console.log('languages, loaded only when shown (not in the budget):');
  const languages = chunks.filter((c) => languageOf.has(c.facadeModuleId)).sort((a, b) => languageOf.get(a.facadeModuleId).localeCompare(languageOf.get(b.facadeModuleId)));
  for (const chunk of languages) {
    const code = await minifiers.esbuild(chunk.code);
    console.log(`  ${languageOf.get(chunk.facadeModuleId).padEnd(5)}: ${kib(bytes(code)).padStart(5)} KiB minified, ${kib(gz(code))} KiB gzip, ${kib(br(code))} KiB brotli`);
  }
  // A language that is not a chunk of its own would be counted as loading with the widget.
  const { LANGUAGES } = await tsImport('../src/i18n/languages/index.ts', import.meta.url);
  const registered = Object.keys(LANGUAGES).length;
  if (languages.length !== registered) over.push(`${languages.length} language chunks for ${registered} languages`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (check && over.length) {
  console.error(`\nsize budget exceeded: ${over.join('; ')} (KiB gzip -9). Make it smaller, or run \`npm run size -- --no-check\` for the figures alone.`);
  process.exitCode = 1;
}
