/**
 * Counts in a language's own grammar and digits. Every string that takes a number goes through `plural`, so
 * "Try again in N seconds" picks Arabic's dual, Polish's few and many, and so on, and `formatNumber` writes the
 * number the way the language does (Arabic-Indic digits, grouping separators).
 */

export type PluralForms = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };

// Building the rules and formats is comparatively slow and a render asks for them again and again.
const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en'); // a malformed tag must not break rendering
    }
    cache.set(locale, value);
  }
  return value;
}

/** The form for `n` in `locale`; a category the language has but `forms` lacks falls back to `other`. */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const category = cached(rulesCache, locale, (l) => new Intl.PluralRules(l)).select(n);
  return forms[category] ?? forms.other;
}

export function formatNumber(locale: string, n: number): string {
  return cached(numberCache, locale, (l) => new Intl.NumberFormat(l)).format(n);
}
