// Fails when custom-elements.json differs from what the analyzer generates from the sources now, or when an
// element that define.ts registers is missing from it (a class without its @tag vanishes from the manifest).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = 'custom-elements.json';
const before = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(FILE, 'utf8');
writeFileSync(FILE, before); // a check never rewrites the file it checks
if (fresh.trim() !== before.trim()) {
  console.error(`${FILE} is stale: run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}

const defined = [...readFileSync('src/define.ts', 'utf8').matchAll(/\[\s*'([a-z][a-z0-9]*-[a-z0-9-]+)'\s*,/g)].map((m) => m[1]);
const manifest = JSON.parse(before);
const tags = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean));
const missing = defined.filter((tag) => !tags.has(tag));
if (!defined.length || missing.length) {
  console.error(missing.length ? `${FILE} lacks elements that define.ts registers: ${missing.join(', ')} (add @tag to their JSDoc)` : 'no tags found in src/define.ts');
  process.exit(1);
}
console.log(`${FILE} is current, with all ${defined.length} elements define.ts registers.`);
