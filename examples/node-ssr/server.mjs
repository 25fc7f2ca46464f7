// `npm start`: a plain Node server. Each page carries the widget rendered on the server, in the language the
// browser asks for (or `?lang=`), so its form works before any script; dist/client.js then hydrates it.
// Without OKTA_ISSUER, the local Okta simulator answers on this server's own origin.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { renderSignin } from 'okta-verify-signin/ssr';

const DIST = join(import.meta.dirname, 'dist');
const PORT = Number(process.env.PORT ?? 3000);
const CLIENT_ID = process.env.OKTA_CLIENT_ID ?? 'okta-verify-signin-demo';
const ISSUER = process.env.OKTA_ISSUER;

let simulator;
let simListener;
if (!ISSUER) {
  const { createSimulator, createNodeListener } = await import('okta-verify-signin/sim');
  simulator = createSimulator();
  simListener = createNodeListener(simulator);
}

/** `?lang=` first, else the browser's first choice; the widget falls back to English for what it lacks. */
function languageOf(req, url) {
  const asked = url.searchParams.get('lang') ?? req.headers['accept-language']?.split(',')[0]?.split(';')[0];
  return asked?.trim() || 'en';
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

async function page(req, url) {
  const lang = languageOf(req, url);
  const widget = await renderSignin({
    issuer: ISSUER ?? `http://${req.headers.host}/oauth2/default`,
    clientId: CLIENT_ID,
    lang,
  });
  return `<!doctype html>
<html lang="${escape(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>okta-verify-signin rendered by a Node server</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main>
      <h1>Sign in</h1>
      ${widget}
      <p id="signed-in" role="status" hidden></p>
    </main>
  </body>
</html>`;
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (simulator?.handles(url.pathname)) return void simListener(req, res);
    // Enter before the script has run posts the form here: the page again, the form still working.
    if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD' || req.method === 'POST')) {
      const html = await page(req, url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', vary: 'accept-language' });
      return void res.end(req.method === 'HEAD' ? undefined : html);
    }
    const file = join(DIST, decodeURIComponent(url.pathname));
    if (file.startsWith(DIST + sep) && TYPES[extname(file)] && (await stat(file).catch(() => null))?.isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] });
      return void createReadStream(file).pipe(res);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});

server.listen(PORT, 'localhost', () => {
  console.log(`ready on http://localhost:${server.address().port}${simulator ? ' (with the Okta simulator)' : ''}`);
});
