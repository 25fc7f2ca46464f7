import { en, type Translation, type TranslationKey } from './en.js';

/**
 * One place for every user-visible string. Languages are registered once per page; each element
 * picks its language from its own `lang`, else the nearest ancestor's, else the document's.
 */
const translations = new Map<string, Partial<Translation>>([['en', en]]);

const changeListeners = new Set<() => void>();

/** Called whenever a translation is registered, so elements showing that language re-render. */
export function onTranslationsChange(listener: () => void): void {
  changeListeners.add(listener);
}

export function registerTranslation(...list: Array<Partial<Translation> & { $code: string }>): void {
  for (const t of list) translations.set(t.$code.toLowerCase(), { ...translations.get(t.$code.toLowerCase()), ...t });
  changeListeners.forEach((listener) => listener());
}

/** Best registered match for a BCP 47 tag: exact (`pt-br`), then the language (`pt`), then English. */
function lookup(lang: string | undefined): Partial<Translation>[] {
  const tag = (lang || 'en').toLowerCase();
  const chain = [translations.get(tag), translations.get(tag.split('-')[0]!), en];
  return chain.filter((t): t is Partial<Translation> => !!t);
}

export type TermArgs<K extends TranslationKey> = Translation[K] extends (...a: infer A) => string ? A : [];

export function term<K extends TranslationKey>(lang: string | undefined, key: K, ...args: TermArgs<K>): string {
  for (const t of lookup(lang)) {
    const value = t[key];
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    if (typeof value === 'string') return value;
  }
  return String(key);
}

/** True when the translation has its own wording for a server message key. */
export function hasTerm(lang: string | undefined, key: string): key is TranslationKey {
  // A server key such as `$code` names the table's own metadata, not a message.
  return !key.startsWith('$') && Object.hasOwn(en, key) && lookup(lang).some((t) => typeof (t as Record<string, unknown>)[key] === 'string');
}

export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  return (lookup(lang)[0]?.$dir as 'ltr' | 'rtl' | undefined) ?? 'ltr';
}

export type { Translation, TranslationKey };
