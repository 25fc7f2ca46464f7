/**
 * MSW's service worker script, taken from the installed `msw` at build time so that it always matches the
 * library's version and never lives in the repository: served by the dev server, emitted next to
 * `iframe.html` by the build. Nothing imports it, so it stays out of the widget's bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

export const MSW_WORKER_FILE = 'mockServiceWorker.js';

export function mswWorkerFile(): Plugin {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${MSW_WORKER_FILE}`), 'utf8');
  return {
    name: 'okta-verify-signin:msw-worker-file',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!(req.url ?? '').split('?')[0]!.endsWith(`/${MSW_WORKER_FILE}`)) return next();
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: MSW_WORKER_FILE, source: source() });
    },
  };
}
