// Tests run in Debian's Chromium (or CHROME_PATH) against the local Okta simulator, which is served
// from the test page's own origin by the middleware below.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';
import { findChromium } from './scripts/find-chromium.mjs';

const { createSimulator } = await tsImport('./sim/index.ts', import.meta.url);
const { createNodeListener } = await tsImport('./sim/node/listener.ts', import.meta.url);

const simulator = createSimulator();
const simListener = createNodeListener(simulator);

// Okta's captured IDX responses live beside the repo in CI; a user's clone has none, and the
// tests that read them skip when /__fixtures__/ answers 404.
const FIXTURES = resolve(process.cwd(), '../shared/idx-fixtures');

// okta-auth-js reaches the CommonJS `tiny-emitter`, and qrcode is CommonJS: the dev server serves
// files unbundled, so each is served as one esbuild-bundled ES module.
const CJS_DEPS = ['tiny-emitter', 'qrcode', 'jsqr'];
function prebundleCjs(pkgs) {
  const cache = new Map();
  const prefix = '/__prebundled__/';
  return {
    name: 'prebundle-cjs',
    resolveImport({ source }) {
      if (pkgs.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const pkg = context.path.slice(prefix.length, -'.js'.length);
      if (!pkgs.includes(pkg)) return;
      if (!cache.has(pkg)) {
        const r = await build({
          stdin: { contents: `import m from ${JSON.stringify(pkg)}; export default m;`, resolveDir: process.cwd() },
          bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
        });
        cache.set(pkg, r.outputFiles[0].text);
      }
      return { body: cache.get(pkg), type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('block-requests', { pattern })`: requests whose URL contains `pattern` fail as a
 * dropped network would, until `executeServerCommand('block-requests', { pattern, off: true })`. One route
 * per page stays installed and reads the patterns at each request: removing a route while requests are held
 * by it can leave them hanging.
 */
function blockRequests() {
  const blocked = new Map(); // session id → the patterns blocked on its page
  return {
    name: 'block-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'block-requests') return undefined;
      let patterns = blocked.get(session.id);
      if (!patterns) {
        patterns = new Set();
        blocked.set(session.id, patterns);
        const page = session.browser.getPage(session.id);
        await page.route('**/*', (route) => {
          const url = route.request().url();
          return [...patterns].some((p) => url.includes(p)) ? route.abort('internetdisconnected') : route.fallback();
        });
      }
      if (payload.off) patterns.delete(payload.pattern);
      else patterns.add(payload.pattern);
      return true;
    },
  };
}

// CI reads a plain 'N passed, N failed, N skipped' line; it is printed last, at exit.
function summaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0, failed = 0, skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        s.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length || !s.testResults)) failed++;
      }
      process.once('exit', () => console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`));
    },
  };
}

/**
 * `executeServerCommand('element-screenshot', { selector })`: a PNG of the element, base64 (Playwright's
 * locator pierces open shadow roots). Animations are stopped and the caret hidden, so two shots compare.
 */
function elementScreenshot() {
  return {
    name: 'element-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'element-screenshot') return undefined;
      const page = session.browser.getPage(session.id);
      const png = await page.locator(payload.selector).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' });
      return png.toString('base64');
    },
  };
}

/** What a careful host page would send; README "Strict CSP" tells the Trusted Types policy name to allow. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
let cspBundle;

const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-extensions'];

export default {
  files: ['test/**/*.test.ts'],
  // One simulator serves every test file; files run one at a time so their demo users do not collide.
  concurrency: 1,
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  plugins: [elementScreenshot(), blockRequests(), prebundleCjs(CJS_DEPS), esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
  })],
  middleware: [
    async function fixtures(ctx, next) {
      if (!ctx.path.startsWith('/__fixtures__/')) return next();
      const name = basename(ctx.path);
      if (!existsSync(FIXTURES)) { ctx.status = 404; ctx.body = 'no fixtures'; return; }
      if (name === '' || name === '__fixtures__') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')));
        return;
      }
      const file = resolve(FIXTURES, name);
      if (!existsSync(file)) { ctx.status = 404; return; }
      ctx.type = 'application/json';
      ctx.body = readFileSync(file, 'utf8');
    },
    // A page under a strict policy for test/e2e/csp.test.ts: no inline script or style, Trusted Types with lit-html's policy only.
    async function strictCspPage(ctx, next) {
      if (!ctx.path.startsWith('/__csp__/')) return next();
      ctx.set('Content-Security-Policy', STRICT_CSP);
      if (ctx.path === '/__csp__/index.html') {
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title><script type="module" src="/__csp__/page.js"></script></head><body></body></html>';
        return;
      }
      if (ctx.path === '/__csp__/page.js') {
        cspBundle ??= build({ entryPoints: ['test/csp/page.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' }).then((r) => r.outputFiles[0].text);
        ctx.type = 'text/javascript';
        ctx.body = await cspBundle;
        return;
      }
      ctx.status = 404;
    },
    async function oktaSimulator(ctx, next) {
      // The simulator's control API lives under /sim/, like the simulator's sources: files on disk win.
      if (!simulator.handles(ctx.path) || existsSync(resolve(process.cwd(), `.${ctx.path}`))) return next();
      ctx.respond = false; // the simulator writes the raw Node response itself
      await simListener(ctx.req, ctx.res);
    },
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 15000 } },
};
