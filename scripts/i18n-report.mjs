// How complete each shipped language is against English: the share of keys it translates (UI strings, its
// `$name` and the `$messages` table), the keys it lacks, and values that are almost certainly English copied
// in. Types let a language leave keys out (they fall back to English) and cannot see a copied sentence, so
// this is where both show. Exits 1 while any shipped language lacks a key, has a copy, or has a key English
// does not know (a typo in `$messages` would otherwise never be used).
import { tsImport } from 'tsx/esm/api';

const { en } = await tsImport('../src/i18n/en.ts', import.meta.url);
const { LANGUAGES } = await tsImport('../src/i18n/languages/index.ts', import.meta.url);

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

console.log(`en  reference  (${reference.size} keys)`);
for (const code of Object.keys(LANGUAGES).sort()) {
  const table = (await LANGUAGES[code]()).default;
  const own = entries(table);
  const missing = [...reference.keys()].filter((key) => own.get(key) === undefined);
  const wrongKind = [...reference.keys()].filter((key) => own.get(key) !== undefined && typeof own.get(key) !== typeof reference.get(key));
  const unknown = [...own.keys()].filter((key) => !reference.has(key));
  const copies = [...reference.keys()].filter((key) => own.get(key) !== undefined && looksCopied(own.get(key), reference.get(key)));
  const done = reference.size - missing.length;
  const percent = Math.floor((100 * done) / reference.size);
  console.log(`${code.padEnd(3)} ${String(percent).padStart(3)} %  (${done}/${reference.size})`);
  if (missing.length) console.log(`    missing (${missing.length}): ${missing.join(', ')}`);
  for (const key of copies) console.log(`    same as English: ${key} ${quote(sample(own.get(key)))}`);
  if (wrongKind.length) console.log(`    a string where English has a function, or the other way round: ${wrongKind.join(', ')}`);
  if (unknown.length) console.log(`    keys English does not have: ${unknown.join(', ')}`);
  failed ||= missing.length > 0 || copies.length > 0 || wrongKind.length > 0 || unknown.length > 0;
}
if (failed) {
  console.error('\ni18n-report: a shipped language is incomplete or has English copied in (see above).');
  process.exit(1);
}
