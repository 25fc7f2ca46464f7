/**
 * The English the flow and an everyday sign-in's steps show. In the source this is all of English (`en.ts`);
 * the package build (scripts/build/english-parts-plugin.js) keeps only the keys that neither the first render
 * nor the rarer steps alone name. Registered by the flow's chunk and by the everyday steps' chunk.
 */
export { en as enEveryday } from './en.js';
