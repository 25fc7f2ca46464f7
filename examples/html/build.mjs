// No bundler: dist/ is this page plus the package's browser build (its entry, and the SDK and language
// chunks it loads from beside itself).
import { copyFile, cp, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(import.meta.resolve('okta-verify-signin/browser'));
await rm('dist', { recursive: true, force: true });
await cp(dirname(entry), 'dist', { recursive: true });
await copyFile('index.html', 'dist/index.html');
