import type { Translation, TranslationInput, TranslationKey } from './en.js';
import { enFirst } from './en-first.js';
import { LANGUAGES, RIGHT_TO_LEFT } from './languages/index.js';

/**
 * One place for every user-visible string. English is built in (in the package, the first step's words at
 * once and the rest right after: `en-first.ts`); the other shipped languages load on first use (`LANGUAGES`),
 * and a page can register more. Each element picks its language from its own `lang`, else
 * the nearest ancestor's, else the document's (see `LocalizeController`).
 */

const translations = new Map<string, TranslationInput>([['en', enFirst]]);
const loading = new Map<string, Promise<void>>();
const changeListeners = new Set<() => void>();
/** `resolveLanguage`'s answers: every string of every render asks, and they change only on registration. */
const resolved = new Map<string, string>();

/** Called whenever a translation is registered, so elements showing that language re-render. */
export function onTranslationsChange(listener: () => void): void {
  changeListeners.add(listener);
}

/** Adds a language, or more wording for one already there (later keys win). */
export function registerTranslation(...list: TranslationInput[]): void {
  for (const t of list) {
    const code = t.$code.toLowerCase();
    const before = translations.get(code);
    translations.set(code, { ...before, ...t, $messages: { ...before?.$messages, ...t.$messages } });
  }
  resolved.clear();
  changeListeners.forEach((listener) => listener());
}

/**
 * Tags that name a shipped language by another name: the script or region that decides between the two
 * Chinese tables, Portuguese (Brazil's is the one shipped), Norwegian, and ISO 639's withdrawn codes.
 */
const ALIASES: Record<string, string> = {
  pt: 'pt-BR',
  zh: 'zh-CN',
  'zh-hans': 'zh-CN',
  'zh-sg': 'zh-CN',
  'zh-hant': 'zh-TW',
  'zh-hk': 'zh-TW',
  'zh-mo': 'zh-TW',
  no: 'nb',
  nn: 'nb',
  iw: 'he',
  in: 'id',
};

/** Lower-case tag → the code as written, for every language that can be shown: shipped or registered. */
function known(): Map<string, string> {
  const codes = new Map<string, string>(Object.keys(LANGUAGES).map((code) => [code.toLowerCase(), code]));
  for (const [lower, t] of translations) codes.set(lower, t.$code);
  return codes;
}

/**
 * The language the widget shows for a BCP 47 tag, the one answer loading, lookup and direction all use:
 * the tag itself, else its shorter prefixes (`zh-Hant-HK` → `zh-Hant` → `zh`), each as a code shipped or
 * registered and then as an alias (`zh-Hant` → `zh-TW`, `pt` → `pt-BR`, `iw` → `he`); case and `_` do
 * not matter; anything else is English.
 */
export function resolveLanguage(lang: string | undefined): string {
  const tag = (lang || 'en').trim().toLowerCase().replace(/_/g, '-');
  let code = resolved.get(tag);
  if (code) return code;
  const codes = known();
  const subtags = tag.split('-');
  for (let n = subtags.length; n > 0 && !code; n--) {
    const prefix = subtags.slice(0, n).join('-');
    code = codes.get(prefix) ?? ALIASES[prefix];
  }
  code ??= 'en';
  resolved.set(tag, code);
  return code;
}

/**
 * Loads a shipped language the first time it is asked for; resolves when it is registered (or at once when
 * there is nothing to load). Until then the element shows English, and re-renders when it arrives.
 */
export function loadLanguage(lang: string | undefined): Promise<void> {
  const code = resolveLanguage(lang);
  const load = Object.hasOwn(LANGUAGES, code) ? LANGUAGES[code] : undefined;
  if (!load || translations.has(code.toLowerCase())) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = load().then(
      (module) => registerTranslation(module.default),
      () => {
        loading.delete(code); // offline: tried again on the next render
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/**
 * The tables to look a key up in, first to last: the language shown, the registered tables of its shorter
 * prefixes (`qpa-BR`, then `qpa`), then English.
 */
function lookup(lang: string | undefined): TranslationInput[] {
  const subtags = resolveLanguage(lang).toLowerCase().split('-');
  const chain = subtags.map((_, i) => translations.get(subtags.slice(0, subtags.length - i).join('-')));
  return [...chain, translations.get('en')].filter((t): t is TranslationInput => !!t);
}

export type TermArgs<K extends TranslationKey> = Translation[K] extends (...a: infer A) => string ? A : [];

/** Per-string replacements a page gives the widget; they win over every language. */
export type StringOverrides = { [K in TranslationKey]?: Translation[K] };

export function term<K extends TranslationKey>(lang: string | undefined, key: K, ...args: TermArgs<K>): string {
  return termWith(undefined, lang, key, ...args);
}

/** `term` with the page's overrides first, then the language, its base language, then English. */
export function termWith<K extends TranslationKey>(overrides: StringOverrides | undefined, lang: string | undefined, key: K, ...args: TermArgs<K>): string {
  for (const t of [overrides ?? {}, ...lookup(lang)] as Array<Partial<Translation>>) {
    const value = Object.hasOwn(t, key) ? t[key] : undefined;
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    if (typeof value === 'string') return value;
  }
  return String(key);
}

/** Local wording for a message the server sent, by its `i18n.key`; `undefined` when there is none. */
export function messageTerm(lang: string | undefined, key: string | undefined): string | undefined {
  if (!key) return undefined;
  for (const t of lookup(lang)) {
    const value = t.$messages && Object.hasOwn(t.$messages, key) ? t.$messages[key] : undefined;
    if (typeof value === 'string') return value;
  }
  return undefined;
}

export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const code = resolveLanguage(lang).toLowerCase();
  const own = translations.get(code);
  if (own?.$dir === 'rtl' || own?.$dir === 'ltr') return own.$dir;
  return RIGHT_TO_LEFT.has(code.split('-')[0]!) ? 'rtl' : 'ltr';
}

export type { Translation, TranslationInput, TranslationKey };
