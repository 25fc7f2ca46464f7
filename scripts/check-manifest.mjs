// Fails when custom-elements.json differs from what the analyzer generates from the sources now.
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
console.log(`${FILE} is current.`);
