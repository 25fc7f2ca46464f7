import type { TranslationInput } from '../i18n/en.js';
import { registerTranslation } from '../i18n/localize.js';

/**
 * Registers a chunk's elements under the tags their classes declare, and the English words they show. A tag
 * that is already taken belongs to another copy of the package, or to the host's own element, and is left as
 * it is.
 */
export function register<E extends ReadonlyArray<CustomElementConstructor & { readonly tag: string }>>(elements: E, words?: TranslationInput): E {
  if (words) registerTranslation(words);
  for (const element of elements) if (!customElements.get(element.tag)) customElements.define(element.tag, element);
  return elements;
}
