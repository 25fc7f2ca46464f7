// `node examples/playwright/run.mjs [--no-build]`: builds and packs the package, installs the tarball into this
// example (with Playwright's browser download off: the system's Chromium runs the tests), and runs its tests.
// Ends with one "N passed, N failed, N skipped" line; exits non-zero when a step or a test fails.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
const build = !process.argv.includes('--no-build');
const work = await mkdtemp(join(tmpdir(), 'ovs-playwright-'));
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_update_notifier: 'false', CI: 'true' };

/** Runs a command, shows its output (unless `quiet`) and resolves with its standard output. */
function run(command, args, cwd, { extraEnv = {}, quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      if (!quiet) process.stdout.write(d);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

let failed = false;
try {
  if (build) await run('npm', ['run', 'build'], ROOT);
  console.log('packing the package…');
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--silent', '--pack-destination', work], ROOT, { quiet: true }));
  // No lockfile and no package.json change: the tarball's path is this run's alone.
  await run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', join(work, packed.filename)], HERE);
  const results = join(work, 'results.json');
  try {
    await run('npx', ['playwright', 'test', '--reporter=list,json'], HERE, { extraEnv: { PLAYWRIGHT_JSON_OUTPUT_NAME: results } });
  } finally {
    const { stats } = JSON.parse(await readFile(results, 'utf8').catch(() => '{"stats":{}}'));
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = stats;
    failed = unexpected > 0 || expected + flaky === 0;
    console.log(`${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped`);
  }
} catch (error) {
  console.error(`examples/playwright: ${error.message}`);
  failed = true;
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
