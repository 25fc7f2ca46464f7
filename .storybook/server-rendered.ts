/**
 * `virtual:server-rendered-signin`: the widget's HTML as `okta-verify-signin/ssr` renders it, made when the
 * Storybook is built (in a process of its own), so that a story can show a page before any script runs.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ID = 'virtual:server-rendered-signin';
const RESOLVED = `\0${ID}`;

export function serverRendered(): Plugin {
  return {
    name: 'okta-verify-signin:server-rendered',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const script = fileURLToPath(new URL('./render-server-markup.ts', import.meta.url));
      const json = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
      return `export default ${json};`;
    },
  };
}
