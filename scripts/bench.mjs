// `npm run bench`: figures, never pass/fail. A production build of a page with the widget, served with the
// simulator on one origin, driven in headless Chromium. Every figure is min / median / max over BENCH_RUNS
// runs (7 unless set, at least 3; memory over BENCH_MEMORY_RUNS, 3 unless set), the browser parts of one run
// taken one after the other so that a busy spell of the machine spreads over all their figures. The page loads
// come in two setups, taken in turn: the recommended one, with a `<link rel="modulepreload">` for the SDK chunk,
// and the plain one, without it. Prints a markdown table at the end.
import { build } from 'vite';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliSize, gzipSize, kib } from './lib/sizes.mjs';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from './find-chromium.mjs';
import { fastPassRows, fastPassRun } from './bench/fastpass.mjs';
import { englishPartsPlugin } from './build/english-parts-plugin.js';
import { litTemplates } from './build/lit-templates-plugin.js';

const atLeast3 = (value, fallback) => Math.max(3, Math.floor(Number(value)) || fallback);
const RUNS = atLeast3(process.env.BENCH_RUNS, 7);
const MEMORY_RUNS = atLeast3(process.env.BENCH_MEMORY_RUNS, 3);
const OUT = resolve('node_modules/.bench-build');
const USER = 'verified@example.com';
const PASSWORD = 'Okta-Verify-1';
const startedAt = performance.now();
const loadAtStart = os.loadavg();
const { createSimulator } = await tsImport('../sim/index.ts', import.meta.url);
const { createNodeListener } = await tsImport('../sim/node/listener.ts', import.meta.url);
const { SimulatorClient } = await tsImport('../sim/client.ts', import.meta.url);
const progress = (what) => process.stderr.write(`bench: ${what} (${((performance.now() - startedAt) / 1000).toFixed(0)} s)\n`);

// ---------- production build ----------
const SDK_MODULE = /\/src\/flow\/minimal-client\.ts$/;
/** The recommended setup: the page names the SDK chunk in a modulepreload link, so it loads with the entry. */
function preloadSdk() {
  let base = '/';
  return {
    name: 'bench-preload-sdk',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post', // after Vite's own tags, when the bundle is known
      handler(_html, { bundle }) {
        const sdk = Object.values(bundle ?? {}).find((c) => c.type === 'chunk' && SDK_MODULE.test(c.facadeModuleId ?? ''));
        if (!sdk) throw new Error('bench: no chunk of its own for src/flow/minimal-client.ts');
        // `crossorigin` as on Vite's own script and preload tags, so that the request is the one the import makes.
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${sdk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
// With the package build's own plugins (English in parts, templates minified), so that the pages ship what a
// consumer's bundle of the package ships.
const packagePlugins = () => [englishPartsPlugin(), litTemplates()];
const built = await build({ configFile: false, logLevel: 'silent', root: 'scripts/bench', plugins: [preloadSdk(), ...packagePlugins()], build: { outDir: OUT, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } } });
// The server-rendered page, built on its own (under /ssr/) so that the figures of the page above stay its own.
// Its form needs no script, so nothing is preloaded ahead of it: the SDK loads once hydration asks for it.
const OUT_SSR = resolve('node_modules/.bench-build-ssr');
await build({
  configFile: false,
  logLevel: 'silent',
  root: 'scripts/bench',
  base: '/ssr/',
  plugins: packagePlugins(),
  build: { outDir: OUT_SSR, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false }, rollupOptions: { input: resolve('scripts/bench/ssr.html') } },
});
// The server's renderer as the package ships it (`okta-verify-signin/ssr`, built with the same plugins: its
// templates and styles minified), so that the markup is the size a site serves.
const OUT_SSR_SERVER = resolve('node_modules/.bench-build-ssr-server');
await build({ configFile: false, logLevel: 'silent', plugins: packagePlugins(), build: { ssr: 'src/ssr/index.ts', outDir: OUT_SSR_SERVER, emptyOutDir: true, target: 'node20', minify: false } });
const { renderSignin } = await import(pathToFileURL(join(OUT_SSR_SERVER, 'index.js')).href);
const floorHtml = await readFile('scripts/bench/floor.html');
const chunks = (Array.isArray(built) ? built : [built]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
const html = await readFile(join(OUT, 'index.html'), 'utf8');
const entryFile = html.match(/<script[^>]*type="module"[^>]*src="\/?([^"]+\.js)"/)?.[1];
// What the page loads before any dynamic import: the entry chunks and what they import, transitively.
const initial = new Set();
const addInitial = (fileName) => {
  if (initial.has(fileName)) return;
  initial.add(fileName);
  for (const dep of chunks.find((c) => c.fileName === fileName)?.imports ?? []) addInitial(dep);
};
for (const c of chunks) if (c.isEntry) addInitial(c.fileName);
// Known by content, not by name: the SDK may come pre-bundled under any file name.
const sdkChunk = chunks
  .filter((c) => !initial.has(c.fileName) && (c.code.includes('interaction_handle') || c.code.includes('idx/introspect')))
  .sort((a, b) => b.code.length - a.code.length)[0];
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sdkPreloadLink = sdkChunk && new RegExp(`\\s*<link rel="modulepreload"[^>]* href="/${escapeRegExp(sdkChunk.fileName)}"[^>]*>`);
if (!sdkPreloadLink?.test(html)) throw new Error('bench: the built page has no modulepreload link for the SDK chunk');
const languageOf = (c) => c.facadeModuleId?.match(/\/i18n\/languages\/(\w+)\.[jt]s$/)?.[1];

// ---------- server: the built page and the simulator on one origin ----------
const simulator = createSimulator();
const simListener = createNodeListener(simulator);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (simulator.handles(url.pathname)) return simListener(req, res);
  if (url.pathname === '/floor') return res.writeHead(200, { 'content-type': 'text/html' }).end(floorHtml);
  if (url.pathname.startsWith('/ssr/')) {
    const file = join(OUT_SSR, url.pathname === '/ssr/' ? 'ssr.html' : url.pathname.slice('/ssr/'.length));
    if (!file.startsWith(OUT_SSR) || !existsSync(file)) return res.writeHead(404).end();
    let body = await readFile(file);
    if (file.endsWith('.html')) {
      const widget = await renderSignin({ issuer: `http://${req.headers.host}/oauth2/default`, clientId: 'okta-verify-signin-demo' });
      body = Buffer.from(body.toString().replace('<!--widget-->', widget));
    }
    return res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
  }
  const file = join(OUT, url.pathname === '/' ? 'index.html' : url.pathname);
  if (!file.startsWith(OUT) || !existsSync(file)) return res.writeHead(404).end();
  let body = await readFile(file);
  if (file.endsWith('.html')) {
    let text = body.toString().replace('__ORIGIN__', `http://${req.headers.host}`);
    // `?plain`: without the SDK's modulepreload link, as a page that does not preload it.
    if (url.searchParams.has('plain') || url.searchParams.has('bare')) text = text.replace(sdkPreloadLink, '');
    // `?bare`: the same page without the element (nor the preload), so that the memory cycles are the first to load the SDK.
    if (url.searchParams.has('bare')) text = text.replace(/<okta-verify-signin[\s\S]*?<\/okta-verify-signin>/, '');
    body = Buffer.from(text);
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
});
await new Promise((r) => server.listen(0, 'localhost', r));
const origin = `http://localhost:${server.address().port}`;
const sim = new SimulatorClient(origin);

const browser = await launchChromium();

// ---------- figures ----------
const stats = (values) => {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = v.length >> 1;
  return { min: v[0], median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, max: v[v.length - 1], n: v.length };
};
const fmt = (values, unit = 'ms', digits = 0) => {
  const s = stats(values);
  if (!s) return 'n/a';
  const missing = values.length - s.n;
  return `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}${unit ? ` ${unit}` : ''}${missing ? ` (${missing} of ${values.length} runs without one)` : ''}`;
};
const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
const rows = [];
const row = (name, value) => rows.push([name, value]);
// Figures gathered over the runs, by name: each a list with one value per run.
const runs = {};
const record = (values) => {
  for (const [name, value] of Object.entries(values)) (runs[name] ??= []).push(value);
};
const marks = await readFile('scripts/bench/marks.js', 'utf8');

/** From the first step to the Okta Verify method list, then the method chosen. */
async function chooseOktaVerify(page, method) {
  await page.fill('input[name=username]', USER);
  await page.fill('input[name=password]', PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('ovs-authenticator-list-step button[data-key=okta_verify]').click();
  await page.locator(`ovs-method-step button[data-method=${method}]`).click();
}
const waitForStep = (page, step) => page.waitForFunction((s) => document.querySelector('okta-verify-signin')?.step === s, step, { timeout: 15000 });

// ---------- navigation → first enabled input, → introspect answered, → transaction started; long tasks; SDK start ----------
const SETUPS = [
  ['preload', '', 'SDK preloaded'],
  ['plain', '?plain', 'no preload'],
];
async function load(page, query) {
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => window.__bench.firstInput !== undefined && window.__bench.ready !== undefined, null, { timeout: 15000 });
  return page.evaluate(
    ({ sdkFile, entryFile }) => {
      const resources = performance.getEntriesByType('resource');
      const named = (file) => file && resources.find((e) => new URL(e.name).pathname === `/${file}`);
      const introspect = resources.find((e) => e.name.includes('/idp/idx/introspect'));
      const sdk = named(sdkFile);
      const entry = named(entryFile);
      const b = window.__bench;
      const tasks = b.longTaskSupported ? b.longTasks().filter((t) => t.start < b.firstInput) : undefined;
      return {
        Input: b.firstInput,
        Ready: b.ready,
        Introspect: introspect?.responseEnd ?? NaN,
        LongTaskMs: tasks ? tasks.reduce((sum, t) => sum + t.duration, 0) : NaN,
        LongTasks: tasks ? tasks.length : NaN,
        SdkStart: sdk?.startTime ?? NaN,
        SdkAfterEntry: sdk && entry ? sdk.startTime - entry.responseEnd : NaN,
      };
    },
    { sdkFile: sdkChunk?.fileName, entryFile },
  );
}
/**
 * The first enabled input alone, cold then warm: the floor (a static page with one input) and the widget
 * rendered on the server and hydrated.
 */
const FIRST_INPUT_PAGES = [
  ['floor', '/floor'],
  ['ssr', '/ssr/'],
];
async function firstInputRun() {
  for (const [name, path] of FIRST_INPUT_PAGES) {
    const context = await browser.newContext();
    await context.addInitScript(marks);
    const page = await context.newPage();
    for (const kind of ['cold', 'warm']) {
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(() => window.__bench.firstInput !== undefined, null, { timeout: 15000 });
      record({ [`${name}${kind}Input`]: await page.evaluate(() => window.__bench.firstInput) });
    }
    // The server-rendered widget signs in like the other: its transaction starts after hydration.
    if (name === 'ssr') await page.waitForFunction(() => document.querySelector('okta-verify-signin')?.starting === false, null, { timeout: 15000 });
    await context.close();
  }
}

/** Both setups, each in a fresh context (cold, then warm), the first of them taking turns from run to run. */
async function loadRun(i) {
  for (const [setup, query] of i % 2 ? [...SETUPS].reverse() : SETUPS) {
    const context = await browser.newContext();
    await context.addInitScript(marks);
    const page = await context.newPage();
    const cold = await load(page, query);
    const warm = await load(page, query);
    await context.close();
    for (const [kind, r] of [['cold', cold], ['warm', warm]]) record(Object.fromEntries(Object.entries(r).map(([k, v]) => [`${setup}${kind}${k}`, v])));
    record({ [`${setup}InputBeforeIntrospect`]: cold.Input < cold.Introspect ? 1 : 0 });
  }
}

// ---------- requests from a blank page to tokens ----------
const LABELS = [
  [/\/\.well-known\/openid-configuration$/, 'discovery'],
  [/\/v1\/interact$/, 'interact'],
  [/\/idp\/idx\/introspect$/, 'introspect'],
  [/\/idp\/idx\/identify$/, 'identify'],
  [/\/idp\/idx\/challenge$/, 'challenge'],
  [/\/idp\/idx\/challenge\/answer$/, 'answer'],
  [/\/idp\/idx\/challenge\/poll$/, 'poll'],
  [/\/idp\/idx\/cancel$/, 'cancel'],
  [/\/v1\/token$/, 'token'],
  [/\/v1\/keys$/, 'keys'],
];
const label = (method, path) => LABELS.find(([re]) => re.test(path))?.[1] ?? `${method} ${path}`;
/** Consecutive equal labels as one entry with a count. */
const runLengths = (labels) => {
  const out = [];
  for (const l of labels) {
    const last = out[out.length - 1];
    if (last?.label === l) last.count++;
    else out.push({ label: l, count: 1 });
  }
  return out;
};

async function flowRequests(method) {
  await sim.reset();
  await sim.setSettings({ pollRefreshMs: 200 });
  const context = await browser.newContext();
  const page = await context.newPage();
  const assets = { document: 0, JS: 0 };
  const protocol = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    const type = r.resourceType();
    if (path.startsWith('/sim/') || r.method() === 'OPTIONS') return;
    if (type === 'fetch' || type === 'xhr') protocol.push(label(r.method(), path.replace('/oauth2/default', '')));
    else if (type === 'document') assets.document++;
    else if (type === 'script') assets.JS++;
    else assets[type] = (assets[type] ?? 0) + 1;
  });
  await page.goto(origin);
  await chooseOktaVerify(page, method);
  if (method === 'totp') {
    const { code } = await sim.totp(USER);
    await page.fill('input[name=code]', code);
    await page.keyboard.press('Enter');
  } else {
    await sim.waitForPush(USER);
    await sim.approvePush(USER);
  }
  await waitForStep(page, 'success');
  await page.waitForTimeout(100); // anything sent right after the tokens counts too
  await context.close();
  return { assets, protocol };
}
const flows = { code: [], push: [] };
async function requestsRun() {
  for (const [name, method] of [['code', 'totp'], ['push', 'push']]) {
    const r = await flowRequests(method);
    flows[name].push(r);
    record({ [`${name}Requests`]: r.protocol.length, [`${name}Assets`]: Object.values(r.assets).reduce((a, b) => a + b, 0) });
  }
}
/** One line for all runs: counts that differ between runs (polls) become a range; differing orders are listed apart. */
function describeRequests(list) {
  const shapes = new Map();
  for (const r of list) {
    const lengths = runLengths(r.protocol);
    const assets = Object.entries(r.assets).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
    const key = `${assets}|${lengths.map((l) => l.label).join(',')}`;
    const shape = shapes.get(key) ?? { assets, labels: lengths.map((l) => l.label), counts: lengths.map(() => []), runs: 0 };
    lengths.forEach((l, i) => shape.counts[i].push(l.count));
    shape.runs++;
    shapes.set(key, shape);
  }
  return [...shapes.values()]
    .map((s) => {
      const steps = s.labels.map((l, i) => {
        const lo = Math.min(...s.counts[i]);
        const hi = Math.max(...s.counts[i]);
        return hi === 1 ? l : `${l} ×${lo === hi ? lo : `${lo}–${hi}`}`;
      });
      return `${shapes.size > 1 ? `${s.runs} of ${list.length} runs: ` : ''}assets: ${s.assets}; then ${steps.join(', ')}`;
    })
    .join(' — ');
}

// ---------- polling: spacing vs refresh, overlaps, requests after removal ----------
const REFRESH = 150;
const POLL_WINDOW_MS = 3000;
const afterRemoval = new Map();
async function pollingRun() {
  await sim.reset();
  await sim.setSettings({ pollRefreshMs: REFRESH });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await chooseOktaVerify(page, 'push');
  await waitForStep(page, 'approve-push');
  await page.waitForTimeout(POLL_WINDOW_MS);
  const polls = (await sim.requests()).filter((r) => r.path === '/idp/idx/challenge/poll');
  const gaps = polls.slice(1).map((p, i) => p.time - polls[i].time);
  const overlaps = polls.slice(1).filter((p, i) => p.time < polls[i].time + polls[i].durationMs).length;
  // The clock is read in the page, right as the element leaves it; every request from then on counts.
  const removedAt = await page.evaluate(() => {
    document.querySelector('okta-verify-signin').remove();
    return Date.now();
  });
  await page.waitForTimeout(1000);
  const after = (await sim.requests()).filter((r) => r.time >= removedAt);
  for (const r of after) afterRemoval.set(r.path, (afterRemoval.get(r.path) ?? 0) + 1);
  await context.close();
  record({ polls: polls.length, gapMin: Math.min(...gaps), gapMean: mean(gaps), gapMax: Math.max(...gaps), overlaps, afterRemoval: after.length });
}

// ---------- the simulator's throughput: whole password sign-ins, in process ----------
const s256 = async (v) => Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v))).toString('base64url');
async function throughput(concurrent) {
  const users = Array.from({ length: concurrent }, (_, i) => ({ id: `00ubench${String(i).padStart(11, '0')}`, username: `bench${i}@example.com`, password: PASSWORD, givenName: 'Bench', familyName: String(i), authenticators: ['okta_password'] }));
  const bench = createSimulator({ users });
  const call = async (path, init) => (await bench.fetch(new Request(`http://sim.test${path}`, init))).json();
  const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const form = (body) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
  const oneFlow = async (user) => {
    const verifier = crypto.randomUUID() + crypto.randomUUID();
    const interact = await call('/oauth2/default/v1/interact', form({ client_id: 'okta-verify-signin-demo', scope: 'openid', redirect_uri: 'http://sim.test/', code_challenge: await s256(verifier), code_challenge_method: 'S256', state: 's'.repeat(40) }));
    const intro = await call('/idp/idx/introspect', json({ interactionHandle: interact.interaction_handle }));
    const done = await call('/idp/idx/identify', json({ identifier: user.username, credentials: { passcode: user.password }, stateHandle: intro.stateHandle }));
    const code = done.successWithInteractionCode.value.find((v) => v.name === 'interaction_code').value;
    const token = await call('/oauth2/default/v1/token', form({ client_id: 'okta-verify-signin-demo', redirect_uri: 'http://sim.test/', grant_type: 'interaction_code', code_verifier: verifier, interaction_code: code }));
    if (!token.id_token) throw new Error('no token');
  };
  await oneFlow(users[0]); // the signing key is made on first use
  const rounds = concurrent === 1 ? 50 : 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) await Promise.all(users.map(oneFlow));
  return (rounds * concurrent) / ((performance.now() - started) / 1000);
}
const CONCURRENCY = [1, 50, 200];
async function throughputRun() {
  for (const concurrent of CONCURRENCY) record({ [`flows${concurrent}`]: await throughput(concurrent) });
}

// ---------- the timed runs ----------
for (let i = 0; i < RUNS; i++) {
  progress(`run ${i + 1} of ${RUNS}`);
  await loadRun(i);
  await firstInputRun();
  await fastPassRun({ browser, origin, sim, record, waitForStep });
  await requestsRun();
  await pollingRun();
}

// ---------- memory: mount/remove cycles, a part of them to the push step ----------
const CYCLES = 100;
const PUSH_EVERY = 10; // every tenth cycle signs in and waits on the push, with its poller running
async function cycles(page, count) {
  for (let i = 0; i < count; i++) {
    await page.evaluate(async (origin) => {
      const el = document.createElement('okta-verify-signin');
      el.setAttribute('issuer', `${origin}/oauth2/default`);
      el.setAttribute('client-id', 'okta-verify-signin-demo');
      document.body.append(el);
      // Until the transaction has started: the SDK's client and the transaction are what a cycle leaves behind.
      const deadline = Date.now() + 15000;
      while (!(el.step === 'identify' && el.starting === false)) {
        if (Date.now() > deadline) throw new Error(`no transaction within 15 s (step ${el.step})`);
        await new Promise((r) => setTimeout(r, 5));
      }
    }, origin);
    if (i % PUSH_EVERY === PUSH_EVERY - 1) {
      await chooseOktaVerify(page, 'push');
      await waitForStep(page, 'approve-push');
      await page.waitForTimeout(250); // a poll or two, and the next one's timer set
    }
    await page.evaluate(() => document.querySelector('okta-verify-signin').remove());
  }
}
async function memoryRun() {
  await sim.reset();
  await sim.setSettings({ pollRefreshMs: 100 });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?bare`);
  await page.waitForFunction(() => window.customElements.get('okta-verify-signin'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await page.waitForTimeout(1500); // aborted requests and timers settle
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name) => list.find((m) => m.name === name)?.value ?? NaN;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };
  const before = await metrics();
  await cycles(page, CYCLES); // the first hundred load and compile the SDK
  const middle = await metrics();
  await cycles(page, CYCLES); // the next hundred show what each cycle keeps
  const end = await metrics();
  await context.close();
  for (const [part, a, b] of [['first', before, middle], ['next', middle, end]]) {
    record({ [`${part}Heap`]: (b.heap - a.heap) / 1024, [`${part}Nodes`]: b.nodes - a.nodes, [`${part}Listeners`]: b.listeners - a.listeners });
  }
}
for (let i = 0; i < MEMORY_RUNS; i++) {
  progress(`memory run ${i + 1} of ${MEMORY_RUNS}`);
  await memoryRun();
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

// With Chromium gone, so that the browser's idle work does not count against the simulator.
for (let i = 0; i < RUNS; i++) {
  progress(`simulator throughput, run ${i + 1} of ${RUNS}`);
  await throughputRun();
}

// ---------- JS bytes: initial, the SDK chunk, each language ----------
const sizes = (list) => {
  const code = Buffer.from(list.map((c) => c.code).join('\n'));
  return [code.length, gzipSize(code), brotliSize(code)];
};
const bytes = (list) => sizes(list).map(kib).join(' / ');
const initialChunks = chunks.filter((c) => initial.has(c.fileName));
// The SDK's own static imports that the page does not already hold load with it.
const sdkChunks = sdkChunk ? [sdkChunk, ...sdkChunk.imports.filter((f) => !initial.has(f)).map((f) => chunks.find((c) => c.fileName === f))] : [];
const languageChunks = chunks.filter((c) => !initial.has(c.fileName) && languageOf(c)).sort((a, b) => languageOf(a).localeCompare(languageOf(b)));
const otherLazy = chunks.filter((c) => !initial.has(c.fileName) && !sdkChunks.includes(c) && !languageChunks.includes(c));

// ---------- the table ----------
const n = `${RUNS} runs`;
// Each figure for both setups, one after the other, so that they read side by side.
const bySetup = (name, key, unit) => {
  for (const [setup, , title] of SETUPS) row(`${name}, ${title}`, fmt(runs[`${setup}${key}`], unit));
};
for (const kind of ['cold', 'warm']) {
  bySetup(`SDK chunk request start, ${kind}: after the entry chunk's response end (< 0: in parallel)`, `${kind}SdkAfterEntry`);
  bySetup(`SDK chunk request start, ${kind}: after navigation`, `${kind}SdkStart`);
  bySetup(`navigation → first enabled input, ${kind}`, `${kind}Input`);
  bySetup(`navigation → introspect answered, ${kind}`, `${kind}Introspect`);
  bySetup(`navigation → identify ready (transaction started), ${kind}`, `${kind}Ready`);
  if (kind === 'cold') {
    for (const [setup, , title] of SETUPS) row(`cold runs with the input enabled before introspect answered, ${title}`, `${runs[`${setup}InputBeforeIntrospect`].reduce((a, b) => a + b, 0)} of ${RUNS}`);
  }
  bySetup(`long tasks begun before the first enabled input, ${kind}: total`, `${kind}LongTaskMs`);
  bySetup(`long tasks begun before the first enabled input, ${kind}: count`, `${kind}LongTasks`, '');
}
// The floor: a static page with one input. Each first input as a median and as a ratio to the floor's.
const median = (key) => stats(runs[key] ?? [])?.median;
for (const kind of ['cold', 'warm']) {
  const floor = median(`floor${kind}Input`);
  const ratio = (key) => (floor && median(key) ? ` (${(median(key) / floor).toFixed(2)} × the floor)` : '');
  row(`navigation → first enabled input, ${kind}: the floor, a static page with one input`, fmt(runs[`floor${kind}Input`]));
  row(`navigation → first enabled input, ${kind}: rendered on the server, then hydrated (target ≤ 1.15 × the floor)`, fmt(runs[`ssr${kind}Input`]) + ratio(`ssr${kind}Input`));
  row(`navigation → first enabled input, ${kind}: rendered in the browser, SDK preloaded (target ≤ 1.6 × the floor)`, fmt(runs[`preload${kind}Input`]) + ratio(`preload${kind}Input`));
}
fastPassRows({ row, fmt, runs });
row(`JS initial: ${initialChunks.length} chunk${initialChunks.length === 1 ? '' : 's'} (raw / gzip / brotli)`, bytes(initialChunks));
row(
  `JS lazy: the SDK chunk (okta-auth-js)${sdkChunks.length > 1 ? ` and the ${sdkChunks.length - 1} chunk${sdkChunks.length > 2 ? 's' : ''} it imports` : ''} (raw / gzip / brotli)`,
  sdkChunk ? bytes(sdkChunks) : 'not found among the lazy chunks',
);
for (const c of languageChunks) row(`JS lazy: language \`${languageOf(c)}\`, one at most per page (raw / gzip / brotli)`, bytes([c]));
for (const c of otherLazy) row(`JS lazy: ${c.fileName} (raw / gzip / brotli)`, bytes([c]));
for (const [name, how] of [['code', 'code'], ['push', 'push, approved as soon as sent']]) {
  row(`requests, blank page → tokens (${how}): protocol`, fmt(runs[`${name}Requests`], ''));
  row(`requests, blank page → tokens (${how}): assets`, fmt(runs[`${name}Assets`], ''));
  row(`requests, blank page → tokens (${how}), in order`, describeRequests(flows[name]));
}
row(`polls in ${POLL_WINDOW_MS / 1000} s at \`refresh\` ${REFRESH} ms`, fmt(runs.polls, ''));
row(`poll spacing at \`refresh\` ${REFRESH} ms: shortest gap`, fmt(runs.gapMin));
row(`poll spacing at \`refresh\` ${REFRESH} ms: mean gap`, fmt(runs.gapMean));
row(`poll spacing at \`refresh\` ${REFRESH} ms: longest gap`, fmt(runs.gapMax));
row('polls sent before the previous one was answered (overlaps)', fmt(runs.overlaps, ''));
row(
  'requests in the second after removal',
  fmt(runs.afterRemoval, '') + (afterRemoval.size ? ` (${[...afterRemoval].map(([path, count]) => `${path} ×${count}`).join(', ')})` : ''),
);
const memory = `${MEMORY_RUNS} runs, every ${PUSH_EVERY}th cycle to the push step`;
for (const [part, what] of [['first', `first ${CYCLES} mount/remove cycles (they load and compile the SDK)`], ['next', `next ${CYCLES} cycles`]]) {
  row(`${what}: JS heap Δ`, fmt(runs[`${part}Heap`], 'KiB'));
  row(`${what}: DOM nodes Δ`, fmt(runs[`${part}Nodes`], ''));
  row(`${what}: listeners Δ`, fmt(runs[`${part}Listeners`], ''));
}
for (const concurrent of CONCURRENCY) row(`simulator: password sign-ins to tokens, ${concurrent} concurrent`, fmt(runs[`flows${concurrent}`], 'flows/s'));

const release = (() => {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1];
  } catch {
    return undefined;
  }
})();
const loadAvg = (l) => l.map((x) => x.toFixed(2)).join(' ');
console.log(`okta-verify-signin bench: min / median / max over ${n} (memory: ${memory}), headless Chromium, production build`);
console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${os.type()} ${os.release()}${release ? ` (${release})` : ''}, Node ${process.version}, Chromium ${chromiumVersion}`);
console.log(`load average at start ${loadAvg(loadAtStart)}, at end ${loadAvg(os.loadavg())}; wall time ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
console.log('');
console.log('| figure | value |');
console.log('|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
