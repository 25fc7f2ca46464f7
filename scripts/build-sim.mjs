// Builds the simulator for Node consumers (`okta-verify-signin/sim`, the `okta-verify-sim` CLI) into dist/sim.
import { build } from 'esbuild';

await build({
  entryPoints: { index: 'sim/node/index.ts', cli: 'sim/node/cli.ts', core: 'sim/index.ts', client: 'sim/client.ts' },
  outdir: 'dist/sim',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
