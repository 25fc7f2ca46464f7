// Prints the size of the whole widget, minified, with gzip and brotli: what a page that imports
// `okta-verify-signin/define` ships (every element, lit, okta-auth-js and every other dependency; exports the
// page does not use are left out, as its bundler would). Languages other than English load on demand, each
// in its own chunk: they are listed apart and do not count toward the budget. Figures, never a pass/fail test.
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
  },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = outputs.filter((o) => o.type === 'chunk');
const isLanguage = (c) => /\/src\/i18n\/languages\/(?!index)[^/]+\.ts$/.test(c.facadeModuleId ?? '');

// Vite leaves library output unminified; esbuild minifies it the way a consumer's bundler would.
const minify = async (code) => (await transform(code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none', charset: 'utf8' })).code;
const kib = (n) => (n / 1024).toFixed(1);
const bytes = (s) => Buffer.byteLength(s);
const gz = (s) => gzipSync(s, { level: 9 }).length;
const br = (s) => brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const widget = chunks.filter((c) => !isLanguage(c));
// Each chunk is minified on its own (they are separate modules); the figure is their sum, compressed together.
const min = (await Promise.all(widget.map((c) => minify(c.code)))).join('\n');
const size = gz(min);
console.log(`okta-verify-signin, whole widget with all dependencies (${widget.length} chunk${widget.length === 1 ? '' : 's'} joined)`);
console.log(`  minified : ${kib(bytes(min))} KiB`);
console.log(`  gzip -9  : ${kib(size)} KiB   (budget ${BUDGET_KIB} KiB: ${size <= BUDGET_KIB * 1024 ? 'within' : 'over by ' + kib(size - BUDGET_KIB * 1024) + ' KiB'})`);
console.log(`  brotli   : ${kib(br(min))} KiB`);
// The SDK chunk is what `npm run build` ships as dist/sdk.js: the same build, minified the same way.
const isSdk = (c) => /\/src\/flow\/minimal-client\.ts$/.test(c.facadeModuleId ?? '');
const sdk = await minify(widget.find(isSdk)?.code ?? '');
const first = (await Promise.all(widget.filter((c) => !isSdk(c)).map((c) => minify(c.code)))).join('\n');
console.log(`  of which : ${kib(gz(first))} KiB gzip on load (the elements and lit), ${kib(gz(sdk))} KiB gzip on first use (the SDK chunk, okta-auth-js: dist/sdk.js)`);
console.log('languages, loaded only when shown (not in the budget):');
for (const chunk of chunks.filter(isLanguage).sort((a, b) => a.facadeModuleId.localeCompare(b.facadeModuleId))) {
  const code = await minify(chunk.code);
  const name = chunk.facadeModuleId.replace(/.*\/(\w+)\.ts$/, '$1');
  console.log(`  ${name.padEnd(3)}: ${kib(bytes(code)).padStart(5)} KiB minified, ${kib(gz(code))} KiB gzip, ${kib(br(code))} KiB brotli`);
}
