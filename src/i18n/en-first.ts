/**
 * The English the widget's first render needs. In the source this is all of English (`en.ts`, the one place
 * English is written); the package build (scripts/build/english-parts-plugin.js) replaces it with only the keys
 * that the widget, its first step and the step base name, so that the rest of English loads after the first
 * input is on screen (`en-everyday.ts` with the flow, `en-rarer-steps.ts` with the rarer steps).
 */
export { en as enFirst } from './en.js';
