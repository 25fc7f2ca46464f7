// `npm run bench`: figures, never pass/fail. A production build of a page with the widget, served with the
// simulator on one origin, driven in headless Chromium; each figure is min / median / max over N runs
// (cold and warm loads interleaved). Takes a few minutes.
import { build } from 'vite';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 7;
const OUT = resolve('node_modules/.bench-build');
const { createSimulator } = await tsImport('../sim/index.ts', import.meta.url);
const { createNodeListener } = await tsImport('../sim/node/listener.ts', import.meta.url);

// ---------- production build ----------
await build({ configFile: false, logLevel: 'silent', root: 'scripts/bench', build: { outDir: OUT, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } } });

// ---------- server: the built page and the simulator on one origin ----------
const simulator = createSimulator();
const simListener = createNodeListener(simulator);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (simulator.handles(path)) return simListener(req, res);
  const file = join(OUT, path === '/' ? 'index.html' : path);
  if (!file.startsWith(OUT) || !existsSync(file)) return res.writeHead(404).end();
  let body = await readFile(file);
  if (file.endsWith('.html')) body = Buffer.from(body.toString().replace('__ORIGIN__', `http://${req.headers.host}`));
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(body);
});
await new Promise((r) => server.listen(0, 'localhost', r));
const origin = `http://localhost:${server.address().port}`;
const sim = (path, init) => fetch(`${origin}${path}`, init).then((r) => r.json());
const put = (path, json) => sim(path, { method: path === '/sim/reset' ? 'POST' : 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json ?? {}) });

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const stats = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return { min: v[0], median: v[Math.floor(v.length / 2)], max: v[v.length - 1] };
};
const fmt = (s, unit = 'ms', digits = 0) => `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)} ${unit}`;
const rows = [];
const row = (name, value) => rows.push([name, value]);
const marks = await readFile('scripts/bench/marks.js', 'utf8');

// ---------- navigation → first enabled input, and → transaction started (identify ready) ----------
const timing = { coldInput: [], coldReady: [], coldIntrospect: [], warmInput: [], warmReady: [], warmIntrospect: [] };
async function load(page) {
  await page.goto(origin);
  await page.waitForFunction(() => window.__bench.firstInput !== undefined && window.__bench.ready !== undefined, null, { timeout: 15000 });
  const result = await page.evaluate(() => {
    const introspect = performance.getEntriesByType('resource').find((e) => e.name.includes('/idp/idx/introspect'));
    return { ...window.__bench, introspect: introspect?.responseEnd };
  });
  return result;
}
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  await context.addInitScript(marks);
  const page = await context.newPage();
  const cold = await load(page);
  const warm = await load(page);
  for (const [kind, r] of [['cold', cold], ['warm', warm]]) {
    timing[`${kind}Input`].push(r.firstInput);
    timing[`${kind}Ready`].push(r.ready);
    timing[`${kind}Introspect`].push(r.introspect ?? NaN);
  }
  await context.close();
}
const inputBeforeIntrospect = timing.coldInput.filter((t, i) => t < timing.coldIntrospect[i]).length;
row('navigation → first enabled input, cold', fmt(stats(timing.coldInput)));
row('navigation → introspect answered, cold', fmt(stats(timing.coldIntrospect)));
row('navigation → identify ready (transaction started), cold', fmt(stats(timing.coldReady)));
row('navigation → first enabled input, warm', fmt(stats(timing.warmInput)));
row('navigation → introspect answered, warm', fmt(stats(timing.warmIntrospect)));
row('navigation → identify ready, warm', fmt(stats(timing.warmReady)));
row('cold runs with the input enabled before introspect answered', `${inputBeforeIntrospect} of ${RUNS}`);

// ---------- JS bytes, initial and lazy ----------
const { readdir } = await import('node:fs/promises');
const html = await readFile(join(OUT, 'index.html'), 'utf8');
const initialFiles = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const sizes = { initial: [0, 0, 0], lazy: [0, 0, 0] };
for (const name of await readdir(join(OUT, 'assets'))) {
  if (!name.endsWith('.js')) continue;
  const code = await readFile(join(OUT, 'assets', name));
  const kind = initialFiles.has(`assets/${name}`) ? 'initial' : 'lazy';
  sizes[kind][0] += code.length;
  sizes[kind][1] += gzipSync(code, { level: 9 }).length;
  sizes[kind][2] += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
row('JS initial (raw / gzip / brotli)', sizes.initial.map(kib).join(' / '));
row('JS lazy: SDK and languages (raw / gzip / brotli)', sizes.lazy.map(kib).join(' / '));

// ---------- requests from a blank page to tokens ----------
async function flowRequests(method) {
  await put('/sim/reset');
  await put('/sim/settings', { pollRefreshMs: 200 });
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith('/assets/') && path !== '/' && !path.startsWith('/sim/') && r.method() !== 'OPTIONS') seen.push(`${r.method()} ${path.replace('/oauth2/default', '{issuer}')}`);
  });
  await page.goto(origin);
  await page.fill('input[name=username]', 'verified@example.com');
  await page.fill('input[name=password]', 'Okta-Verify-1');
  await page.keyboard.press('Enter');
  await page.locator('ovs-authenticator-list-step button[data-key=okta_verify]').click();
  await page.locator(`ovs-okta-verify-method-step button[data-method=${method}]`).click();
  if (method === 'totp') {
    const { code } = await sim('/sim/users/verified@example.com/totp');
    await page.fill('input[name=code]', code);
    await page.keyboard.press('Enter');
  } else {
    await page.waitForFunction(async () => (await fetch('/sim/users/verified@example.com/push')).ok, null, { polling: 100 });
    await fetch(`${origin}/sim/users/verified@example.com/push/approve`, { method: 'POST' });
  }
  await page.waitForFunction(() => document.querySelector('okta-verify-signin').step === 'success', null, { timeout: 15000 });
  await context.close();
  // Consecutive polls are shown as one line with a count.
  const lines = [];
  for (const r of seen) {
    const last = lines[lines.length - 1];
    if (last && last.request === r) last.count++;
    else lines.push({ request: r, count: 1 });
  }
  return { total: seen.length, list: lines.map((l) => (l.count > 1 ? `${l.request} ×${l.count}` : l.request)).join(', ') };
}
for (const method of ['totp', 'push']) {
  const { total, list } = await flowRequests(method);
  row(`requests, blank page → tokens (${method === 'totp' ? 'code' : 'push'})`, `${total}: ${list}`);
}

// ---------- polling: spacing vs refresh, overlaps, requests after removal ----------
{
  const REFRESH = 150;
  await put('/sim/reset');
  await put('/sim/settings', { pollRefreshMs: REFRESH });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await page.fill('input[name=username]', 'verified@example.com');
  await page.fill('input[name=password]', 'Okta-Verify-1');
  await page.keyboard.press('Enter');
  await page.locator('ovs-authenticator-list-step button[data-key=okta_verify]').click();
  await page.locator('ovs-okta-verify-method-step button[data-method=push]').click();
  await page.waitForTimeout(3000);
  const polls = (await sim('/sim/requests')).filter((r) => r.path === '/idp/idx/challenge/poll');
  const spacing = polls.slice(1).map((p, i) => p.time - polls[i].time);
  const overlaps = polls.slice(1).filter((p, i) => p.time < polls[i].time + polls[i].durationMs).length;
  await page.evaluate(() => document.querySelector('okta-verify-signin').remove());
  const removedAt = Date.now();
  await page.waitForTimeout(1000);
  const after = (await sim('/sim/requests')).filter((r) => r.time > removedAt + 20).length;
  row(`poll spacing (refresh ${REFRESH} ms), over 3 s`, `${fmt(stats(spacing))}, ${polls.length} polls, ${overlaps} overlaps`);
  row('requests in the second after removal', String(after));
  await context.close();
}

// ---------- memory: 100 mount/remove cycles ----------
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin);
  await page.waitForFunction(() => window.customElements.get('okta-verify-signin'));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name) => list.find((m) => m.name === name)?.value ?? NaN;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };
  await page.evaluate(() => document.querySelector('okta-verify-signin').remove());
  await page.waitForTimeout(500);
  const before = await metrics();
  const cycles = () =>
    page.evaluate(async (origin) => {
      for (let i = 0; i < 100; i++) {
        const el = document.createElement('okta-verify-signin');
        el.setAttribute('issuer', `${origin}/oauth2/default`);
        el.setAttribute('client-id', 'okta-verify-signin-demo');
        document.body.append(el);
        await new Promise((r) => setTimeout(r, i % 5 === 0 ? 30 : 0));
        el.remove();
      }
    }, origin);
  // The first hundred load and compile the SDK; the second hundred show what each cycle keeps.
  await cycles();
  await page.waitForTimeout(1500);
  const middle = await metrics();
  await cycles();
  await page.waitForTimeout(1500);
  const end = await metrics();
  const delta = (a, b) => `${((b.heap - a.heap) / 1024).toFixed(0)} KiB, ${b.nodes - a.nodes}, ${b.listeners - a.listeners}`;
  row('100 mount/remove cycles: JS heap Δ, DOM nodes Δ, listeners Δ (first 100, which load the SDK)', delta(before, middle));
  row('the next 100 cycles: JS heap Δ, DOM nodes Δ, listeners Δ', delta(middle, end));
  await context.close();
}

// ---------- the simulator's throughput: whole password sign-ins, in process ----------
{
  const s256 = async (v) => Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(v))).toString('base64url');
  for (const concurrent of [1, 50, 200]) {
    const users = Array.from({ length: concurrent }, (_, i) => ({ id: `00ubench${String(i).padStart(11, '0')}`, username: `bench${i}@example.com`, password: 'Okta-Verify-1', givenName: 'Bench', familyName: String(i), authenticators: ['okta_password'] }));
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
    const seconds = (performance.now() - started) / 1000;
    row(`simulator: password sign-ins to tokens, ${concurrent} concurrent`, `${((rounds * concurrent) / seconds).toFixed(0)} flows/s`);
  }
}

await browser.close();
server.close();

const width = Math.max(...rows.map(([name]) => name.length));
console.log(`okta-verify-signin bench — ${RUNS} runs each where timed (min / median / max), headless Chromium, production build`);
for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
