import { defineConfig } from 'vite';

// The npm build: unbundled-dependency ES modules for consumers' own bundlers (lit and okta-auth-js stay
// imports). `npm run size` makes the single-file build that measures the whole widget.
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: { index: 'src/index.ts', define: 'src/define.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@okta\/okta-auth-js($|\/)/],
    },
  },
});
