// Fails when custom-elements.json differs from what the analyzer generates from the sources now, when an
// element class with a tag is missing from it,
// or when an element's event lacks its type or anything public lacks a description.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'custom-elements.json';
const before = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
execFileSync('npx', ['custom-elements-manifest', 'analyze', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
const fresh = readFileSync(FILE, 'utf8');
writeFileSync(FILE, before); // a check never rewrites the file it checks
if (fresh.trim() !== before.trim()) {
  console.error(`${FILE} is stale: run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}

// Every tag an element class declares (`static readonly tag = '…'`), as define.ts registers them.
const defined = readdirSync('src', { recursive: true })
  .filter((file) => String(file).endsWith('.ts'))
  .flatMap((file) => [...readFileSync(join('src', String(file)), 'utf8').matchAll(/static readonly tag = '([a-z][a-z0-9]*-[a-z0-9-]+)'/g)].map((m) => m[1]));
const manifest = JSON.parse(before);
const tags = new Set(manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean));
const missing = defined.filter((tag) => !tags.has(tag));
if (!defined.length || missing.length) {
  console.error(missing.length ? `${FILE} lacks elements whose classes declare a tag: ${missing.join(', ')}` : 'no element class in src/ declares its tag');
  process.exit(1);
}

// What wrapper and typings generators read: every event's type (a class of ours, so `detail` is typed, not
// `CustomEvent<never>`) and description, and a description for everything a user styles or sets.
const problems = [];
for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement)) {
  const where = `<${element.tagName ?? element.name}>`;
  for (const event of element.events ?? []) {
    if (!event.type?.text) problems.push(`${where} event ${event.name} has no type (@fires {TheEventClass} ${event.name} - …)`);
    else if (/^(Custom)?Event$/.test(event.type.text)) problems.push(`${where} event ${event.name} is typed only as ${event.type.text}`);
    if (!event.description) problems.push(`${where} event ${event.name} has no description`);
  }
  const described = [
    ['attribute', element.attributes],
    ['part', element.cssParts],
    ['custom property', element.cssProperties],
    ['slot', element.slots],
    ['property', element.members?.filter((m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static)],
  ];
  for (const [kind, items] of described) {
    for (const item of items ?? []) if (!item.description) problems.push(`${where} ${kind} ${item.name || '(default slot)'} has no description`);
  }
  for (const field of element.members?.filter((m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static) ?? []) {
    if (!field.type?.text) problems.push(`${where} property ${field.name} has no type (annotate it)`);
  }
}
if (problems.length) {
  console.error(`${FILE} is incomplete:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${FILE} is current, with all ${defined.length} elements of src/, every event typed and everything described.`);
