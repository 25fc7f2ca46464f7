/**
 * The languages shipped besides English, each its own module so that a bundler splits it out and a page loads
 * only the one it shows. Register another with `registerTranslation`.
 */
import type { TranslationInput } from '../en.js';

type Loader = () => Promise<{ default: TranslationInput }>;

export const LANGUAGES: Record<string, Loader> = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ja: () => import('./ja.js'),
};

/** Scripts written right to left, so the direction is right before a language's module has arrived. */
export const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug']);
