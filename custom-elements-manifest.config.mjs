// Generates custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
