// Prints the size of a single-file build of the whole widget, minified, with gzip and brotli: what a page that
// imports `okta-verify-signin/define` ships (every element, lit, okta-auth-js and every other dependency
// inlined; exports the page does not use are left out, as its bundler would). A figure, never a pass/fail test.
import { build } from 'vite';
import { transform } from 'esbuild';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_KIB = 40;

const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    target: 'es2022',
    minify: true,
    lib: { entry: 'scripts/size-page.js', formats: ['es'], fileName: 'okta-verify-signin' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = outputs.filter((o) => o.type === 'chunk');
const code = chunks.map((c) => c.code).join('\n');
// Vite leaves library output unminified; esbuild minifies it the way a consumer's bundler would.
const min = (await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' })).code;
const gz = gzipSync(min, { level: 9 }).length;
const br = brotliCompressSync(min, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => (n / 1024).toFixed(1);

console.log(`okta-verify-signin, single file, all dependencies (${chunks.length} chunk${chunks.length === 1 ? '' : 's'} joined)`);
console.log(`  minified : ${kib(min.length)} KiB`);
console.log(`  gzip -9  : ${kib(gz)} KiB   (budget ${BUDGET_KIB} KiB: ${gz <= BUDGET_KIB * 1024 ? 'within' : 'over by ' + kib(gz - BUDGET_KIB * 1024) + ' KiB'})`);
console.log(`  brotli   : ${kib(br)} KiB`);
