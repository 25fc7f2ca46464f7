// `node --test test/build/` (after `npm run build`): every entry point of the package imports in plain Node,
// with no DOM, each in a process of its own, and leaves no `window` or `document` behind. A server-rendered app
// (Next.js, Nuxt, Angular SSR, Astro) evaluates the modules it imports on the server first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);
const { name, exports } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
const entries = Object.keys(exports).filter((key) => !key.endsWith('.json'));

for (const entry of entries) {
  const specifier = entry === '.' ? name : `${name}/${entry.slice(2)}`;
  test(`${specifier} imports in Node`, () => {
    const script = `
      const m = await import(${JSON.stringify(specifier)});
      const left = ['window', 'document', 'HTMLElement'].filter((g) => g in globalThis);
      console.log(JSON.stringify({ exports: Object.keys(m), left }));
      setTimeout(() => process.exit(0), 50);`;
    // The package imports itself by name from its own root; react and vue stay unresolved peers when absent.
    let output;
    try {
      output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      assert.fail(`${specifier} threw in Node:\n${String(error.stderr).split('\n').slice(0, 8).join('\n')}`);
    }
    const { exports: names, left } = JSON.parse(output.trim().split('\n').pop());
    assert.deepEqual(left, [], `${specifier} left DOM globals behind`);
    if (entry !== './preload') assert.ok(names.length > 0, `${specifier} exports nothing`);
  });
}
