/**
 * `okta-verify-sim [--port 8787] [--host localhost] [--refresh 4000] [--any-client]`: the local Okta org on
 * its own port, for your own apps and end-to-end tests.
 */
import { parseArgs } from 'node:util';
import { checkFault, type FaultSpec } from '../faults.js';
import { APP_CLIENT_IDS } from '../apps.js';
import { startSimulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: 'localhost' },
    refresh: { type: 'string' },
    'client-id': { type: 'string', multiple: true },
    'any-client': { type: 'boolean', default: false },
    fault: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`okta-verify-sim: a local Okta Identity Engine org with virtual Okta Verify devices

  --port N          port to listen on (default 8787)
  --host NAME       interface to bind (default localhost)
  --refresh MS      poll interval the server asks clients for (default 4000)
  --client-id ID    accepted OIDC client id (repeatable; default ${APP_CLIENT_IDS.join(', ')})
  --any-client      accept any client id
  --fault JSON      a fault rule in place from the start and after each reset (repeatable), as for
                    POST /sim/faults, e.g. '{"path":"/idp/idx/identify","status":429}'`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`okta-verify-sim: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const faults: FaultSpec[] = [];
for (const text of values.fault ?? []) {
  let rule: unknown;
  try {
    rule = JSON.parse(text);
  } catch {
    console.error('okta-verify-sim: --fault takes a JSON rule, such as {"path":"/idp/idx/identify","status":503}');
    process.exit(2);
  }
  const problem = checkFault(rule);
  if (problem) {
    console.error(`okta-verify-sim: --fault ${text}: ${problem}`);
    process.exit(2);
  }
  faults.push(rule as FaultSpec);
}

const sim = await startSimulator({
  faults,
  port,
  host: values.host,
  pollRefreshMs: values.refresh === undefined ? undefined : Number(values.refresh),
  clientIds: values['any-client'] ? 'any' : (values['client-id'] ?? APP_CLIENT_IDS),
});
console.log(`Okta simulator on ${sim.url}
  issuer     ${sim.issuer}
  client id  ${values['any-client'] ? '(any)' : (values['client-id'] ?? APP_CLIENT_IDS).join(', ')}
  users      GET ${sim.url}/sim/users (password Okta-Verify-1)
Ctrl+C stops it.`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
