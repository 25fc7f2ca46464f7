// Builds the simulator into dist/sim: `okta-verify-signin/sim` and the `okta-verify-sim` CLI for Node,
// `/sim/core` (Web APIs only: a page, a service worker, any fetch runtime) and `/sim/client`. Its libraries
// (hono, jose, otpauth, qrcode) are bundled in, so a widget-only install does not pull them: they are
// devDependencies. Only Vite stays an import, for the optional dev-server plugin a Vite user already has.
import { build } from 'esbuild';

const common = { bundle: true, format: 'esm', outdir: 'dist/sim', minifySyntax: true, logLevel: 'warning' };

// Web-only builds: qrcode's browser entry (no `fs`), nothing from Node.
await build({
  ...common,
  entryPoints: { core: 'sim/index.ts', client: 'sim/client.ts' },
  platform: 'browser',
  target: 'es2022',
});

await build({
  ...common,
  entryPoints: { index: 'sim/node/index.ts', cli: 'sim/node/cli.ts' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  external: ['vite'],
  // qrcode is CommonJS and requires Node's built-ins; an ES module needs a real `require` for that.
  banner: { js: "import { createRequire as __ovsCreateRequire } from 'node:module'; const require = __ovsCreateRequire(import.meta.url);" },
});
