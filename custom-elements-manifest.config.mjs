// Generates custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot).
export default {
  globs: ['src/**/*.ts'],
  // The framework entries declare no element; their typings are generated from this manifest.
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/react.ts', 'src/vue.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The file system lists files in no fixed order; sorted modules keep the generated file stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
