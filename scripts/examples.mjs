// `node scripts/examples.mjs [--only react,vue] [--no-build]`: builds (unless told not to) and packs the package, installs the tarball into each
// app under examples/, then type-checks, builds, serves each production build with the simulator on one origin
// and signs in with it in headless Chromium. The server-rendered ones (`server`) run their own server, which
// serves the simulator too; their page is checked before any script runs, then hydrated and signed in. Prints
// one table; exits non-zero when a step fails or an SDK chunk is over budget.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, existsSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './find-chromium.mjs';
import { gzipSize, kib } from './lib/sizes.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SDK_BUDGET = 25 * 1024;
// okta-auth-js's own request header: present in the SDK's code whatever the bundler names the chunk.
const SDK_MARKER = 'X-Okta-User-Agent-Extended';
const USER = { username: 'verified@example.com', password: 'Okta-Verify-1', greeting: 'Signed in as Vera Verified (verified@example.com)' };

/**
 * `typecheck`: the example's script that type-checks; `'build'` when its build does (Angular's strict templates).
 * `slowInstall`: installed first, so the others' checks run meanwhile.
 * `out`: where the build puts the browser's JavaScript (default `dist`), measured and, without `server`, served.
 * `server`: the example's own server (rendering on the server, with the simulator on its origin), started as
 * `node <server>` with `PORT=0`; it prints `ready on <url>`.
 */
const EXAMPLES = [
  { name: 'react', typecheck: 'typecheck' },
  { name: 'vue', typecheck: 'typecheck' },
  { name: 'angular', typecheck: 'build', slowInstall: true },
  { name: 'html', typecheck: null },
  { name: 'node-ssr', typecheck: null, server: 'server.mjs' },
  { name: 'next', typecheck: 'build', slowInstall: true, out: '.next/static', server: 'server.mjs' },
];
/** What the server-rendered page must say before any script, in the language the browser asks for. */
const SERVER_TEXT = { 'de-DE': ['Anmelden', 'Benutzername', 'Passwort'], 'en-US': ['Sign in', 'Username', 'Password'] };

const { values } = parseArgs({ options: { only: { type: 'string' }, 'no-build': { type: 'boolean', default: false } } });
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((name) => !EXAMPLES.some((e) => e.name === name)) ?? [];
if (unknown.length) {
  console.error(`examples: no example named ${unknown.join(', ')} (there are ${EXAMPLES.map((e) => e.name).join(', ')})`);
  process.exit(2);
}
const selected = EXAMPLES.filter((e) => !only || only.includes(e.name));

const env = { ...process.env, NG_CLI_ANALYTICS: 'false', NEXT_TELEMETRY_DISABLED: '1', CI: 'true', npm_config_update_notifier: 'false' };

/** Runs a command; resolves with its combined output, rejects with the output's tail. */
function run(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Every file the package's exports point at, as `npm pack` lists them. */
async function exportTargets() {
  const { exports } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  return Object.values(exports).flatMap(targets).map((t) => t.replace(/^\.\//, ''));
}

const started = performance.now();
console.log(values['no-build'] ? 'packing the package…' : 'building and packing the package…');
const packDir = await mkdtemp(join(tmpdir(), 'ovs-examples-'));
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }));
let tarball;
// A second try when the tarball lacks an export's file: another build emptying dist/ meanwhile.
for (let attempt = 1; !tarball; attempt++) {
  if (!values['no-build']) await run('npm', ['run', 'build'], ROOT);
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', packDir], ROOT));
  const files = new Set(packed.files.map((f) => f.path));
  const missing = (await exportTargets()).filter((t) => !files.has(t));
  if (!missing.length) tarball = join(packDir, packed.filename);
  else if (attempt === 2 || values['no-build']) throw new Error(`the tarball lacks ${missing.join(', ')}${values['no-build'] ? ': run npm run build first' : ''}`);
}
// The simulator and its client from the tarball, as published (and untouched by a later rebuild of dist/).
await run('tar', ['-xzf', tarball, '-C', packDir], ROOT);
const { createSimulator, createNodeListener } = await import(pathToFileURL(join(packDir, 'package/dist/sim/index.js')).href);
const { SimulatorClient } = await import(pathToFileURL(join(packDir, 'package/dist/sim/client.js')).href);

async function install(dir) {
  const ci = existsSync(join(dir, 'package-lock.json'));
  await run('npm', [ci ? 'ci' : 'install', '--no-audit', '--no-fund'], dir);
  await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], dir);
}

// Installs are mostly waiting on the network: two at a time, ahead of the CPU-bound steps. Every example has
// its promise from the start, so a check that comes before its install has begun waits for it.
const installs = new Map();
{
  const queue = [...selected].sort((a, b) => Number(!!b.slowInstall) - Number(!!a.slowInstall));
  const deferred = () => {
    const d = {};
    d.promise = new Promise((resolve, reject) => Object.assign(d, { resolve, reject }));
    return d;
  };
  const started = new Map(selected.map((example) => [example.name, deferred()]));
  for (const [name, { promise }] of started) {
    promise.catch(() => undefined);
    installs.set(name, promise);
  }
  const next = () => {
    const example = queue.shift();
    if (!example) return;
    const dir = join(ROOT, 'examples', example.name);
    const start = performance.now();
    const { resolve, reject } = started.get(example.name);
    install(dir)
      .then(() => resolve(performance.now() - start), reject)
      .finally(next);
  };
  next();
  next();
}

async function jsFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.m?js$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

async function measure(dist) {
  let total = 0;
  let sdk;
  for (const file of await jsFiles(dist)) {
    const code = await readFile(file);
    const size = gzipSize(code);
    total += size;
    if (code.includes(SDK_MARKER)) sdk = { file: file.slice(dist.length + 1), size: (sdk?.size ?? 0) + size };
  }
  return { total, sdk };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.png': 'image/png' };

/** The example's production build and a fresh simulator on one origin; unknown paths without an extension get index.html. */
async function serve(dist) {
  const simulator = createSimulator();
  const simListener = createNodeListener(simulator);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (simulator.handles(path)) return void simListener(req, res);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = join(dist, path);
    if (file !== dist && !file.startsWith(dist + sep)) return void res.writeHead(403).end();
    const found = await stat(file).catch(() => undefined);
    if (found?.isDirectory()) file = join(file, 'index.html');
    else if (!found && !extname(path)) file = join(dist, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, 'localhost', r));
  return {
    origin: `http://localhost:${server.address().port}`,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

/** `node <file>` in the example with `PORT=0`, resolved once it prints the URL it listens on. */
async function startServer(dir, file) {
  const child = spawn(process.execPath, [file], { cwd: dir, env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => child.kill('SIGTERM');
  process.on('exit', stop);
  let output = '';
  const origin = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`${file} printed no URL in 60 s:\n${output}`)), 60000);
    const read = (d) => {
      output += d;
      const url = /ready on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) clearTimeout(timer), resolvePromise(url);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${file} exited with ${code}:\n${output}`)));
  });
  return {
    origin,
    output: () => output,
    close: async () => {
      process.off('exit', stop);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** With scripts off, as the server sent it: the form is there, visible, in the language the browser asked for. */
async function checkServerHtml(origin) {
  browser ??= await launchChromium();
  for (const [locale, words] of Object.entries(SERVER_TEXT)) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale });
    try {
      const page = await context.newPage();
      await page.goto(origin);
      const username = page.locator('okta-verify-signin input[name=username]');
      if (!(await username.isVisible())) throw new Error(`${locale}: no visible username field before any script`);
      if (!(await page.locator('okta-verify-signin input[name=password]').isEditable())) throw new Error(`${locale}: the password field takes no input before any script`);
      const text = await page.locator('okta-verify-signin').innerText();
      const missing = words.filter((w) => !text.includes(w));
      if (missing.length) throw new Error(`${locale}: the widget lacks ${missing.join(', ')} before any script; it says: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
    } finally {
      await context.close();
    }
  }
  return Object.keys(SERVER_TEXT).map((l) => l.slice(0, 2)).join(', ');
}

/** Before any script runs: marks the form the server sent, so that a re-render (a new form) is caught. */
function markServerForm() {
  new MutationObserver((_, observer) => {
    const input = document.querySelector('okta-verify-signin input[name=username]');
    if (input) {
      input.dataset.fromServer = '';
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

let browser;
async function signIn(example, server) {
  browser ??= await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A hydration mismatch may be no more than a warning: a server-rendered page logs none.
  const logged = example.server ? ['error', 'warning'] : ['error'];
  page.on('console', (msg) => logged.includes(msg.type()) && problems.push(`console ${msg.type()}: ${msg.text()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`));
  page.setDefaultTimeout(15000);
  try {
    if (example.server) await page.addInitScript(markServerForm);
    const start = performance.now();
    await page.goto(server.origin);
    if (example.server) {
      await page.waitForFunction(() => {
        const signin = document.querySelector('okta-verify-signin');
        return customElements.get('okta-verify-signin') && signin?.step === 'identify' && signin.starting === false;
      });
      const form = await page.evaluate(() => ({
        forms: document.querySelectorAll('okta-verify-signin form').length,
        fromServer: document.querySelector('okta-verify-signin input[name=username]')?.dataset.fromServer === '',
      }));
      if (form.forms !== 1 || !form.fromServer) throw new Error(`hydration re-created the form (${form.forms} forms, the server's input ${form.fromServer ? 'kept' : 'gone'})`);
    }
    // Playwright's CSS selectors reach into the widget's open shadow roots; the fields are in its light DOM.
    await page.fill('okta-verify-signin input[name=username]', USER.username);
    await page.fill('okta-verify-signin input[name=password]', USER.password);
    await page.press('okta-verify-signin input[name=password]', 'Enter');
    await page.click('okta-verify-signin button[data-key=okta_verify]');
    await page.click('okta-verify-signin button[data-method=totp]');
    const { code } = await new SimulatorClient(server.origin).totp(USER.username);
    await page.fill('okta-verify-signin input[name=code]', code);
    await page.press('okta-verify-signin input[name=code]', 'Enter');
    await page.getByText(USER.greeting).waitFor();
    const ms = performance.now() - start;
    // A sign-in that got there past a page error or a failed request still fails.
    if (problems.length) throw new Error('signed in, with errors');
    return ms;
  } catch (error) {
    const state = await page
      .evaluate(() => `step ${document.querySelector('okta-verify-signin')?.step}; page text: ${document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)}`)
      .catch(() => '');
    const serverLog = server.output?.().trim().split('\n').slice(-20).join('\n    ');
    throw new Error([error.message.split('\n')[0], state, ...problems, serverLog && `server: ${serverLog}`].filter(Boolean).join('\n  '));
  } finally {
    await context.close();
  }
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rows = [];
let failed = false;

for (const example of selected) {
  const dir = join(ROOT, 'examples', example.name);
  const dist = join(dir, example.out ?? 'dist');
  const row = { name: example.name, install: '…', typecheck: '—', build: '—', total: '—', sdk: '—', html: '—', signin: '—' };
  rows.push(row);
  const fail = (step, error) => {
    failed = true;
    row[step] = 'FAIL';
    console.error(`\n✗ ${example.name}: ${step}\n${error.message}\n`);
  };
  console.log(`${example.name}…`);
  try {
    row.install = `ok ${secs(await installs.get(example.name))}`;
  } catch (error) {
    fail('install', error);
    continue;
  }
  if (example.typecheck === 'typecheck') {
    try {
      row.typecheck = `ok ${secs(await timed(() => run('npm', ['run', 'typecheck'], dir)))}`;
    } catch (error) {
      fail('typecheck', error);
    }
  }
  try {
    await rm(dist, { recursive: true, force: true });
    row.build = `ok ${secs(await timed(() => run('npm', ['run', 'build'], dir)))}`;
    if (example.typecheck === 'build') row.typecheck = 'ok (in build)';
  } catch (error) {
    fail('build', error);
    if (example.typecheck === 'build') row.typecheck = 'FAIL (in build)';
    continue;
  }
  const { total, sdk } = await measure(dist);
  row.total = kib(total);
  if (!sdk) {
    failed = true;
    row.sdk = 'not found';
    console.error(`\n✗ ${example.name}: no JS file in ${dist} contains okta-auth-js (${SDK_MARKER})\n`);
  } else {
    row.sdk = `${kib(sdk.size)}${sdk.size > SDK_BUDGET ? ' OVER' : ''}`;
    if (sdk.size > SDK_BUDGET) {
      failed = true;
      console.error(`\n✗ ${example.name}: the SDK chunk ${sdk.file} is ${kib(sdk.size)} gzip, over ${kib(SDK_BUDGET)}\n`);
    }
  }
  let server;
  try {
    server = example.server ? await startServer(dir, example.server) : await serve(dist);
    if (example.server) {
      try {
        row.html = `ok ${await checkServerHtml(server.origin)}`;
      } catch (error) {
        fail('html', error);
      }
    }
    row.signin = `ok ${Math.round(await signIn(example, server))} ms`;
  } catch (error) {
    fail('signin', error);
  } finally {
    await server?.close();
  }
}
await browser?.close();

const header = { name: 'example', install: 'install', typecheck: 'type-check', build: 'build', total: 'JS gzip total', sdk: 'SDK chunk gzip', html: 'server HTML', signin: 'sign-in' };
const columns = Object.keys(header);
const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => String(r[c]).length)));
const line = (r) => `| ${columns.map((c, i) => String(r[c]).padEnd(widths[i])).join(' | ')} |`;
console.log(`\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}`);
console.log(`gzip -9 of every JS file in each production build; SDK chunk budget ${kib(SDK_BUDGET)}. Server HTML: the form and its text with scripts off (de, en). Wall time ${secs(performance.now() - started)}.`);
process.exit(failed ? 1 : 0);
