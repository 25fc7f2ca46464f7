// How complete each language registered in src/i18n/languages/index.ts is against English, one line each:
// the share of keys it translates (UI strings, its `$name` and the `$messages` table), the keys it lacks, and
// values that are almost certainly English copied in. Types let a language leave keys out (they fall back to
// English) and cannot see a copied sentence, so this is where both show. Exits 1 while any shipped language
// lacks a key, has a copy, has a key English does not know, or has a module on disk that is not registered
// (a typo in `$messages`, or a language left out of index.ts, would otherwise never be used).
import { tsImport } from 'tsx/esm/api';

import { readdirSync } from 'node:fs';

const { en } = await tsImport('../src/i18n/en.ts', import.meta.url);
const { LANGUAGES } = await tsImport('../src/i18n/languages/index.ts', import.meta.url);
/** Every language module on disk: one left out of `LANGUAGES` would never load, so it counts as a failure. */
const FILES = readdirSync(new URL('../src/i18n/languages/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
/** A list of missing keys longer than this is cut short: a language just begun lacks nearly all. */
const LIST_LIMIT = 15;

/** Names that stay the same in every language; a value made only of these (and punctuation) is no copy. */
const PRODUCT_NAMES = ['Okta Verify', 'Google Authenticator', 'Google Play', 'App Store', 'Okta'];
/** Shorter identical strings are often right ("Code", "Push", "OK"); longer ones are sentences. */
const COPY_MIN_LENGTH = 12;
/** `$code` identifies the table and `$dir` falls back to the script's direction: neither is wording. */
const NOT_WORDING = new Set(['$code', '$dir', '$messages']);

/** Every key a translation may have, `$messages` ones as `$messages.<key>`, with English's value. */
function entries(table) {
  const list = Object.entries(table).filter(([key]) => !NOT_WORDING.has(key));
  return new Map([...list, ...Object.entries(table.$messages ?? {}).map(([key, value]) => [`$messages.${key}`, value])]);
}

/** A function value as the text it builds for placeholder arguments (`{1}`), so translated functions compare too. */
function sample(value) {
  if (typeof value !== 'function') return value;
  try {
    return value(...Array.from({ length: Math.max(value.length, 1) }, (_, i) => `{${i + 1}}`));
  } catch {
    return undefined;
  }
}

function looksCopied(value, english) {
  const text = sample(value);
  if (typeof text !== 'string' || text !== sample(english)) return false;
  const rest = PRODUCT_NAMES.reduce((s, name) => s.split(name).join(''), text).replace(/[\s\p{P}\d]+/gu, ' ').trim();
  return rest.length >= COPY_MIN_LENGTH;
}

const reference = entries(en);
const quote = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
let failed = false;

const codes = Object.keys(LANGUAGES).sort();
const width = Math.max(...codes.map((c) => c.length), 2) + 1;
const list = (keys) => (keys.length > LIST_LIMIT ? `${keys.slice(0, LIST_LIMIT).join(', ')}, … and ${keys.length - LIST_LIMIT} more` : keys.join(', '));
let complete = 0;

console.log(`${codes.length + 1} languages: en and ${codes.length} loaded on demand`);
console.log(`${'en'.padEnd(width)} reference  (${reference.size} keys)  ${en.$name}`);
for (const code of codes) {
  const table = (await LANGUAGES[code]()).default;
  const own = entries(table);
  const missing = [...reference.keys()].filter((key) => own.get(key) === undefined);
  const wrongKind = [...reference.keys()].filter((key) => own.get(key) !== undefined && typeof own.get(key) !== typeof reference.get(key));
  const unknown = [...own.keys()].filter((key) => !reference.has(key));
  const copies = [...reference.keys()].filter((key) => own.get(key) !== undefined && looksCopied(own.get(key), reference.get(key)));
  const done = reference.size - missing.length;
  const percent = Math.floor((100 * done) / reference.size);
  console.log(`${code.padEnd(width)} ${String(percent).padStart(3)} %  (${done}/${reference.size})  ${table.$name ?? ''}`);
  if (table.$code !== code) console.log(`    $code is ${JSON.stringify(table.$code)}, registered as ${JSON.stringify(code)}`);
  if (missing.length) console.log(`    missing (${missing.length}): ${list(missing)}`);
  for (const key of copies) console.log(`    same as English: ${key} ${quote(sample(own.get(key)))}`);
  if (wrongKind.length) console.log(`    a string where English has a function, or the other way round: ${wrongKind.join(', ')}`);
  if (unknown.length) console.log(`    keys English does not have: ${unknown.join(', ')}`);
  const bad = missing.length > 0 || copies.length > 0 || wrongKind.length > 0 || unknown.length > 0 || table.$code !== code;
  if (!bad) complete++;
  failed ||= bad;
}
const unregistered = FILES.filter((file) => !Object.hasOwn(LANGUAGES, file));
if (unregistered.length) console.log(`not registered in languages/index.ts (never loaded): ${unregistered.join(', ')}`);
failed ||= unregistered.length > 0;
console.log(`\n${complete} of ${codes.length} complete`);
if (failed) {
  console.error('\ni18n-report: a shipped language is incomplete or has English copied in (see above).');
  process.exit(1);
}
