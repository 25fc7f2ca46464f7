/**
 * The English only the rarer steps show (enrollment, FastPass, a new password, device enrollment). In the
 * source this is all of English (`en.ts`); the package build (scripts/build/english-parts-plugin.js) keeps only
 * those keys. Registered by each of those steps' chunks.
 */
export { en as enRarerSteps } from './en.js';
