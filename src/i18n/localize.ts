import { en, type Translation, type TranslationInput, type TranslationKey } from './en.js';
import { LANGUAGES, RIGHT_TO_LEFT } from './languages/index.js';

/**
 * One place for every user-visible string. English is built in; the other shipped languages load on first
 * use (`LANGUAGES`), and a page can register more. Each element picks its language from its own `lang`, else
 * the nearest ancestor's, else the document's (see `LocalizeController`).
 */

const translations = new Map<string, TranslationInput>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const changeListeners = new Set<() => void>();

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
  changeListeners.forEach((listener) => listener());
}

/**
 * Loads a shipped language the first time it is asked for; resolves when it is registered (or at once when
 * there is nothing to load). Until then the element shows English, and re-renders when it arrives.
 */
export function loadLanguage(lang: string | undefined): Promise<void> {
  const base = (lang || 'en').toLowerCase().split('-')[0]!;
  const load = Object.hasOwn(LANGUAGES, base) ? LANGUAGES[base] : undefined;
  if (!load || translations.has(base)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = load().then(
      (module) => registerTranslation(module.default),
      () => {
        loading.delete(base); // offline: tried again on the next render
      },
    );
    loading.set(base, pending);
  }
  return pending;
}

/** Best registered match for a BCP 47 tag: exact (`pt-br`), then the language (`pt`), then English. */
function lookup(lang: string | undefined): TranslationInput[] {
  const tag = (lang || 'en').toLowerCase();
  const chain = [translations.get(tag), translations.get(tag.split('-')[0]!), en];
  return chain.filter((t): t is TranslationInput => !!t);
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
  const tag = (lang || 'en').toLowerCase();
  const own = translations.get(tag) ?? translations.get(tag.split('-')[0]!);
  if (own?.$dir === 'rtl' || own?.$dir === 'ltr') return own.$dir;
  return RIGHT_TO_LEFT.has(tag.split('-')[0]!) ? 'rtl' : 'ltr';
}

export type { Translation, TranslationInput, TranslationKey };
