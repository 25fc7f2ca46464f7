// `node --test test/build/`: the build's template minification at module level — which templates it picks,
// and that the Vite plugin rewrites every module of src/ with its code outside templates unchanged.
// (How the minified templates render is tested in the browser: templates.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst, transformWithOxc } from 'vite';
import { minifyModuleTemplates } from '../../scripts/build/minify-templates.js';
import { litTemplates } from '../../scripts/build/lit-templates-plugin.js';

const minify = (code) => minifyModuleTemplates(code, parseAst(code));

test('minifies the templates of lit tags only, aliased or nested', () => {
  const code = [
    "import { html as h, css } from 'lit';",
    "const html = (s) => s.join('');",
    'export const a = html`<p>\n    kept</p>`;',
    'export const b = h`<ul>\n    ${[1, 2].map((i) => h`<li\n      class="x">\n        ${i}\n      </li>`)}\n  </ul>`;',
    'export const c = css`\n  .a {\n    color: red;\n  }\n`;',
  ].join('\n');
  const out = minify(code);
  assert.ok(out.includes('html`<p>\n    kept</p>`'), 'a tag that is not lit’s is left alone');
  assert.ok(out.includes('h`<ul>\n${[1, 2].map((i) => h`<li class="x">\n${i}\n</li>`)}\n</ul>`'));
  assert.ok(out.includes('css`.a{color:red}`'));
});

test('a module that does not import the tags from lit is returned as it is', () => {
  const code = "import { html } from './elsewhere.js';\nexport const a = html`<p>\n    x</p>`;";
  assert.equal(minify(code), code);
});

test('offsets hold after characters outside the ASCII range', () => {
  const code = "import { html } from 'lit';\nconst é = '😀 ü';\nexport const a = html`<p\n  title=\"é\">\n  ${é}</p>`;";
  assert.equal(minify(code), "import { html } from 'lit';\nconst é = '😀 ü';\nexport const a = html`<p title=\"é\">\n${é}</p>`;");
});

test('the plugin rewrites every module of src/ with templates, and nothing outside them', async () => {
  const plugin = litTemplates();
  const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(process.cwd(), 'src', f));
  let rewritten = 0;
  for (const file of files) {
    const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts', decorator: { legacy: true } });
    const context = { error: (message) => assert.fail(message) };
    const result = plugin.transform.call(context, code, file);
    if (!result) continue;
    rewritten++;
    assert.ok(result.code.length < code.length, file);
    assert.doesNotThrow(() => parseAst(result.code), file);
  }
  assert.ok(rewritten >= 10, `${rewritten} modules rewritten`);
});
