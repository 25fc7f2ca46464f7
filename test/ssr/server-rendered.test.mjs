// `node --test test/ssr/` (after `npm run build`): the widget rendered on the server by the package as built
// (`okta-verify-signin/ssr`), served with the simulator on one origin, then taken over in headless Chromium by
// `okta-verify-signin/hydrate` bundled as an app would bundle it. Before any script: the form is there, in the
// language asked for, visible and axe-clean. While the script is held back the user types; once it runs, what
// was typed, the caret and the focus are still there, nothing was rendered twice, and the sign-in completes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { renderSignin } from 'okta-verify-signin/ssr';
import { createNodeListener, createSimulator } from 'okta-verify-signin/sim';
import { SimulatorClient } from 'okta-verify-signin/sim/client';
import { launchChromium } from '../../scripts/find-chromium.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const USER = 'verified@example.com';
const PASSWORD = 'Okta-Verify-1';
let server;
let origin;
let browser;
let out;
/** Resolves the held-back client script when called. */
let releaseScript = () => {};

before(async () => {
  out = mkdtempSync(join(ROOT, 'node_modules/.cache/ovs-ssr-test-'));
  writeFileSync(join(out, 'client.js'), "import 'okta-verify-signin/hydrate';\n");
  await build({ entryPoints: [join(out, 'client.js')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: join(out, 'dist'), absWorkingDir: ROOT, logLevel: 'error' });
  const simulator = createSimulator();
  const sim = createNodeListener(simulator);
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (simulator.handles(url.pathname)) return sim(req, res);
    if (url.pathname.endsWith('.js')) {
      if (url.searchParams.has('held')) await new Promise((r) => (releaseScript = r));
      try {
        return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(out, 'dist', url.pathname.slice(1))));
      } catch {
        return res.writeHead(404).end();
      }
    }
    const lang = url.searchParams.get('lang') ?? 'en';
    const widget = await renderSignin({ issuer: `http://${req.headers.host}/oauth2/default`, clientId: 'okta-verify-signin-demo', lang });
    const script = url.searchParams.has('noscript') ? '' : `<script type="module" src="/client.js${url.searchParams.has('held') ? '?held' : ''}"></script>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><main><h1>Sign in</h1>${widget}<p id="done" hidden></p></main>${script}
<script type="module">document.querySelector('okta-verify-signin').addEventListener('okta-verify-success', (e) => { const p = document.getElementById('done'); p.textContent = 'Signed in as ' + e.detail.claims.email; p.hidden = false; });</script></body></html>`);
  });
  await new Promise((r) => server.listen(0, 'localhost', r));
  origin = `http://localhost:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

test('before any script: the form is there, in the language asked for, visible and axe-clean', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/?noscript&lang=de`);
    assert.equal(await page.evaluate(() => customElements.get('okta-verify-signin')), undefined, 'no script ran');
    const text = await page.locator('okta-verify-signin').innerText();
    for (const words of ['Anmelden', 'Benutzername', 'Passwort']) assert.match(text, new RegExp(words), `shows ${words}`);
    assert.ok(await page.locator('okta-verify-signin input[name=username]').isVisible(), 'the username field is visible');
    assert.ok(await page.locator('okta-verify-signin input[name=password]').isEditable(), 'the password field takes input');
    assert.equal(await page.locator('okta-verify-signin').getAttribute('lang'), 'de');
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })).violations.map((v) => `${v.id}: ${v.nodes.length}`));
    assert.deepEqual(violations, [], 'axe');
  } finally {
    await page.close();
  }
});

test('typed before the script runs: kept with the caret and the focus, nothing rendered twice, then signed in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    // A module script holds DOMContentLoaded back: the page is usable from the first bytes.
    await page.goto(`${origin}/?held`, { waitUntil: 'commit' });
    await page.locator('input[name=username]').waitFor();
    await page.locator('input[name=username]').fill(USER);
    await page.locator('input[name=password]').click();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => customElements.get('okta-verify-signin')), undefined, 'the script is still held');
    const before = await page.evaluate(() => {
      const input = document.querySelector('input[name=password]');
      input.dataset.mark = 'server';
      return { caret: input.selectionStart };
    });
    releaseScript();
    await page.waitForFunction(() => document.querySelector('okta-verify-signin')?.step === 'identify' && document.querySelector('okta-verify-signin').starting === false, null, { timeout: 15000 });
    const now = await page.evaluate(() => {
      const input = document.querySelector('input[name=password]');
      return {
        same: input.dataset.mark === 'server',
        forms: document.querySelectorAll('okta-verify-signin form').length,
        steps: document.querySelectorAll('okta-verify-signin [data-ovs-step]').length,
        username: document.querySelector('input[name=username]').value,
        password: input.value,
        focused: document.activeElement === input,
        caret: input.selectionStart,
      };
    });
    assert.deepEqual(now, { same: true, forms: 1, steps: 1, username: USER, password: PASSWORD, focused: true, caret: before.caret });
    await page.keyboard.press('Enter');
    await page.locator('ovs-authenticator-list-step button[data-key=okta_verify]').click();
    await page.locator('ovs-method-step button[data-method=totp]').click();
    const { code } = await new SimulatorClient(origin).totp(USER);
    await page.locator('input[name=code]').fill(code);
    await page.keyboard.press('Enter');
    await page.getByText(`Signed in as ${USER}`).waitFor({ timeout: 15000 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
