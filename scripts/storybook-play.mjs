#!/usr/bin/env node
/**
 * Runs the play functions of the static Storybook in headless Chromium, as a static host would serve it:
 * `storybook-static/` under a path prefix, from a file server that knows nothing of Okta (the flow stories'
 * simulator runs in the page). Each story with a play function is opened on its own
 * (`iframe.html?id=…&viewMode=story`); the preview's channel says when its play function and the checks after
 * it (the a11y addon's) have finished. Fails on a failed play or a11y check, on a story that does not finish,
 * and on any uncaught error or unhandled rejection in the page.
 *
 *   node scripts/storybook-play.mjs [--dir storybook-static] [--prefix /some/prefix/] [--all] [--grep text] [--jobs n]
 *
 * `--all` also opens the stories without a play function (render and a11y only); `--jobs` runs that many
 * stories at once (default 1: flows wait on timers, and a loaded machine is slow enough already).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './find-chromium.mjs';

const { values: options } = parseArgs({
  options: {
    dir: { type: 'string', default: 'storybook-static' },
    prefix: { type: 'string', default: '/static/storybook/' },
    all: { type: 'boolean', default: false },
    grep: { type: 'string' },
    timeout: { type: 'string', default: '30000' },
    jobs: { type: 'string', default: '1' },
  },
});
const root = resolve(options.dir);
const prefix = `/${options.prefix.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const storyTimeout = Number(options.timeout);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** A plain static host: files under the prefix, 404 for everything else (there is no Okta here). */
function serve(req, res) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  } catch {
    return notFound(res);
  }
  if (!path.startsWith(prefix)) return notFound(res);
  const file = normalize(join(root, path.slice(prefix.length) || 'index.html'));
  if (file !== root && !file.startsWith(root + sep)) return notFound(res);
  stat(file).then(
    (s) => {
      if (s.isDirectory()) return serveFile(join(file, 'index.html'), res);
      serveFile(file, res);
    },
    () => notFound(res),
  );
}

function serveFile(file, res) {
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/**
 * In the page, before Storybook runs: wraps the preview's channel as it is installed, and reports the events
 * that end a story (or fail it) to the runner, with the reports' outcome (a11y violations) made small.
 */
function hookChannel() {
  const report = (name, payload) => globalThis.__storybookPlayReport(name, JSON.stringify(payload ?? null));
  const hooked = new WeakSet();
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      if (!next || hooked.has(next)) return;
      hooked.add(next);
      next.on('storyFinished', ({ storyId, status, reporters = [] }) =>
        report('storyFinished', {
          storyId,
          status,
          reports: reporters.map((r) => ({
            type: r.type,
            status: r.status,
            violations: (r.result?.violations ?? []).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => [].concat(n.target).join(' ')).join(', ')})`),
            error: r.result?.error ? String(r.result.error?.message ?? r.result.error) : undefined,
          })),
        }),
      );
      for (const name of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing', 'unhandledErrorsWhilePlaying']) {
        next.on(name, (detail) => report(name, detail));
      }
    },
  });
  addEventListener('unhandledrejection', (e) => report('unhandledrejection', { message: String(e.reason?.message ?? e.reason) }));
}

const describe = (detail) =>
  Array.isArray(detail) ? detail.map(describe).join('; ') : String(detail?.message ?? detail?.title ?? detail?.description ?? JSON.stringify(detail));

/** Opens one story and resolves with its outcome; never rejects. */
async function runStory(context, base, entry, listeners) {
  const started = Date.now();
  const page = await context.newPage();
  const problems = [];
  let a11y = 'n/a';
  const finished = new Promise((resolveFinished) => {
    listeners.set(page, (name, payload) => {
      if (name === 'storyFinished') {
        if (payload.storyId !== entry.id) return;
        for (const r of payload.reports) {
          if (r.type !== 'a11y') continue;
          a11y = r.status === 'passed' ? 'pass' : r.status;
          if (r.status === 'failed') problems.push(r.error ? `a11y: ${r.error}` : `a11y: ${r.violations.join('; ')}`);
        }
        if (payload.status !== 'success' && !problems.length) problems.push(`story finished with status ${payload.status}`);
        resolveFinished();
      } else {
        problems.push(`${name}: ${describe(payload)}`);
        if (name === 'storyMissing') resolveFinished();
      }
    });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Shown only when the story fails, to tell why; a 404 from the control API just means "no push".
  const logged = [];
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) logged.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('crash', () => problems.push('page crashed'));
  let timer;
  const timedOut = new Promise((resolveTimeout) => {
    timer = setTimeout(() => {
      problems.push(`did not finish within ${storyTimeout} ms`);
      resolveTimeout();
    }, storyTimeout);
  });
  try {
    await page.goto(`${base}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`);
    await Promise.race([finished, timedOut]);
  } catch (error) {
    problems.push(`navigation: ${error.message}`);
  } finally {
    clearTimeout(timer);
  }
  // Errors that surface right after the story ended still count.
  await new Promise((r) => setTimeout(r, 100));
  listeners.delete(page);
  await page.close().catch(() => undefined);
  if (problems.length) problems.push(...logged);
  return { id: entry.id, play: entry.tags.includes('play-fn'), a11y, problems, ms: Date.now() - started };
}

function table(rows) {
  const lines = rows.map((r) => [r.id, r.play ? 'yes' : 'no', r.a11y, r.problems.length ? 'FAIL' : 'pass', `${(r.ms / 1000).toFixed(1)} s`]);
  const head = ['story', 'play function', 'a11y', 'result', 'time'];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [fmt(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(fmt)].join('\n');
}

async function main() {
  const t0 = Date.now();
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8').catch(() => {
    throw new Error(`no ${join(options.dir, 'index.json')}: run npm run build-storybook first`);
  }));
  const entries = Object.values(index.entries)
    .filter((e) => e.type === 'story' && (options.all || e.tags?.includes('play-fn')))
    .filter((e) => !options.grep || e.id.includes(options.grep));
  if (!entries.length) throw new Error('no story to run');

  const server = createServer(serve);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;

  const browser = await launchChromium();
  const rows = [];
  try {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const listeners = new Map();
    await context.exposeBinding('__storybookPlayReport', ({ page }, name, json) => listeners.get(page)?.(name, JSON.parse(json)));
    await context.addInitScript(hookChannel);
    console.log(`${entries.length} stories from ${base}`);
    let next = 0;
    const worker = async () => {
      while (next < entries.length) {
        const i = next++;
        const row = (rows[i] = await runStory(context, base, entries[i], listeners));
        if (row.problems.length) console.log(`✗ ${row.id}\n${row.problems.map((p) => `    ${p}`).join('\n')}`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Number(options.jobs) || 1) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const failed = rows.filter((r) => r.problems.length);
  console.log(`\n${table(rows)}\n\n${rows.length - failed.length} passed, ${failed.length} failed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
