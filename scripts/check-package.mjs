// `npm run check-package [-- --no-build]`: the package as it would be published. Builds it, packs it into a
// temporary directory and fails when
// - publint or `attw --profile esm-only` (Are the Types Wrong?) report anything on the tarball;
// - the tarball holds what users must not get (tests, source maps, sources, anything outside dist/, bin/ and
//   the top-level files), or lacks a file an export or `bin` points at;
// - a built module imports what it must not (the browser build and dist/sdk.js: only their own files);
// - the tarball, installed with `--omit=dev` into an empty project, cannot be imported in Node
//   (`okta-verify-signin`, `/vue`, `/sim`, and a simulator started and stopped).
// It prints the tarball's contents and the number of packages such an install brings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kib } from './lib/sizes.mjs';

const run = (cmd, args, cwd = process.cwd(), inherit = false) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
const failures = [];
const fail = (message) => failures.push(message);

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent'], undefined, true);

const work = mkdtempSync(join(tmpdir(), 'ovs-package-'));
try {
  // ---- the tarball and what is in it
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((f) => f.path).sort();
  console.log(`${packed.filename}: ${files.length} files, ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked`);
  for (const file of packed.files.sort((a, b) => a.path.localeCompare(b.path))) console.log(`  ${kib(file.size).padStart(9)}  ${file.path}`);

  const TOP = new Set(['package.json', 'README.md', 'LICENSE', 'custom-elements.json']);
  for (const file of files) {
    if (/\.map$/.test(file)) fail(`source map in the tarball: ${file}`);
    else if (/(^|\/)(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]sx?$/.test(file)) fail(`test file in the tarball: ${file}`);
    else if (/^(src|sim|stories|demo|scripts|examples)\//.test(file)) fail(`source file in the tarball: ${file}`);
    else if (/(^|\/)\.|\.tsbuildinfo$|\.tgz$/.test(file)) fail(`stray file in the tarball: ${file}`);
    else if (!TOP.has(file) && !/^(dist|bin)\//.test(file)) fail(`file outside dist/ and bin/ in the tarball: ${file}`);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
  for (const target of [...targets(pkg.exports), ...targets(pkg.bin), pkg.main, pkg.types, pkg.customElements].filter(Boolean)) {
    if (!files.includes(target.replace(/^\.\//, ''))) fail(`${target} (in package.json) is not in the tarball`);
  }

  // ---- what the built modules import: the browser build and the SDK chunk nothing but their own files by
  // relative URL (so they work from any static path, without an import map); the npm modules lit and react only.
  // The server-rendering entries also import Lit's SSR packages (optional peers).
  const allowed = (file) =>
    /^dist\/browser\/|^dist\/sdk\.js$/.test(file)
      ? /^\.\/[\w.-]+\.js$/
      : /^dist\/(ssr|hydrate)\.js$/.test(file)
        ? /^(\.\/[\w.-]+\.js|lit(\/[\w/.-]+)?|@lit-labs\/ssr(-client)?(\/[\w/.-]+)?)$/
        : /^(\.\/[\w.-]+\.js|lit(\/[\w/.-]+)?|react)$/;
  for (const file of files.filter((f) => /^dist\/(browser\/)?[^/]+\.js$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
    for (const specifier of specifiers) if (!allowed(file).test(specifier)) fail(`${file} imports ${specifier}`);
    if (/\brequire\(|process\.env\b|import\.meta\.env\b/.test(code)) fail(`${file} uses require(), process.env or import.meta.env`);
  }

  // ---- publint and Are the Types Wrong?
  for (const [name, args] of [
    ['publint', ['publint', 'run', tarball, '--strict']],
    ['attw', ['attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']],
  ]) {
    try {
      console.log(`\n$ ${args.join(' ').replace(work + '/', '')}\n${run('npx', args).trim()}`);
    } catch (error) {
      console.log(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
      fail(`${name} reported problems`);
    }
  }

  // ---- an install for production, and imports from it in Node
  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ovs-package-check', private: true, type: 'module' }));
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', tarball], app);
  const installed = run('npm', ['ls', '--all', '--omit=dev', '--parseable'], app).trim().split('\n').slice(1);
  const names = installed.map((path) => path.replace(/^.*node_modules\//, '')).filter((name) => name !== pkg.name).sort();
  console.log(`\nnpm install --omit=dev of the tarball: okta-verify-signin and ${names.length} dependencies (${names.join(', ')})`);
  writeFileSync(join(app, 'smoke.mjs'), `
const widget = await import('okta-verify-signin');
if (typeof widget.OktaVerifySignin !== 'function' || typeof widget.createAuthClient !== 'function') throw new Error('okta-verify-signin: missing exports');
const { isOktaVerifyElement } = await import('okta-verify-signin/vue');
if (!isOktaVerifyElement('ovs-code-step') || isOktaVerifyElement('div')) throw new Error('okta-verify-signin/vue: isOktaVerifyElement');
const { startSimulator } = await import('okta-verify-signin/sim');
const sim = await startSimulator({ port: 0 });
const config = await (await fetch(sim.issuer + '/.well-known/openid-configuration')).json();
await sim.close();
if (config.issuer !== sim.issuer) throw new Error('okta-verify-signin/sim: discovery');
console.log('imported okta-verify-signin, okta-verify-signin/vue and okta-verify-signin/sim in Node ' + process.version + '; the simulator answered');
`);
  try {
    console.log(run('node', ['smoke.mjs'], app).trim());
  } catch (error) {
    console.log(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    fail('the installed package does not import in Node');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\ncheck-package failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\ncheck-package: publint and attw clean, tarball contents as intended, imports work in Node.');
