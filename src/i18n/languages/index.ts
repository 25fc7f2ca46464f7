/**
 * The languages shipped besides English, each its own module so that a bundler splits it out and a page loads
 * only the one it shows. Keys are the canonical BCP 47 codes the widget resolves any tag to. Register another
 * with `registerTranslation`.
 */
import type { TranslationInput } from '../en.js';

type Loader = () => Promise<{ default: TranslationInput }>;

export const LANGUAGES: Record<string, Loader> = {
  ar: () => import('./ar.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  eu: () => import('./eu.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  ht: () => import('./ht.js'),
  hu: () => import('./hu.js'),
  id: () => import('./id.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  ms: () => import('./ms.js'),
  nb: () => import('./nb.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ro: () => import('./ro.js'),
  ru: () => import('./ru.js'),
  sv: () => import('./sv.js'),
  th: () => import('./th.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  vi: () => import('./vi.js'),
  'zh-CN': () => import('./zh-CN.js'),
  'zh-TW': () => import('./zh-TW.js'),
};

/** Every language the widget ships: English, built in, and the ones above. */
export const SHIPPED_LANGUAGES: readonly string[] = ['en', ...Object.keys(LANGUAGES)];

/** Scripts written right to left, so the direction is right before a language's module has arrived. */
export const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug']);
