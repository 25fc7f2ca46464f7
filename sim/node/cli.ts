/**
 * `okta-verify-sim [--port 8787] [--host localhost] [--refresh 4000] [--any-client]`: the local Okta org on
 * its own port, for your own apps and end-to-end tests.
 */
import { parseArgs } from 'node:util';
import { checkFault, type FaultSpec } from '../faults.js';
import { APP_CLIENT_IDS } from '../apps.js';
import { DEFAULT_LOOPBACK_PORTS } from '../this-computer.js';
import { startSimulator } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: 'localhost' },
    refresh: { type: 'string' },
    'client-id': { type: 'string', multiple: true },
    'any-client': { type: 'boolean', default: false },
    fault: { type: 'string', multiple: true },
    'loopback-ports': { type: 'string' },
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
  --loopback-ports LIST
                    ports of Okta Verify's loopback server on this computer (FastPass), comma-separated
                    (default ${DEFAULT_LOOPBACK_PORTS.join(',')})
  --fault JSON      a fault rule in place from the start and after each reset (repeatable), as for
                    POST /sim/faults, e.g. '{"path":"/idp/idx/identify","status":429}'`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`okta-verify-sim: --port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const loopbackPorts = values['loopback-ports']?.split(',').map((p) => Number(p.trim()));
if (loopbackPorts && !loopbackPorts.every((p) => Number.isInteger(p) && p > 0 && p < 65536)) {
  console.error(`okta-verify-sim: --loopback-ports takes port numbers separated by commas, not "${values['loopback-ports']}"`);
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
  loopbackPorts,
  host: values.host,
  pollRefreshMs: values.refresh === undefined ? undefined : Number(values.refresh),
  clientIds: values['any-client'] ? 'any' : (values['client-id'] ?? APP_CLIENT_IDS),
});
console.log(`Okta simulator on ${sim.url}
  issuer     ${sim.issuer}
  client id  ${values['any-client'] ? '(any)' : (values['client-id'] ?? APP_CLIENT_IDS).join(', ')}
  users      GET ${sim.url}/sim/users (password Okta-Verify-1)
  FastPass   Okta Verify on this computer listens on 127.0.0.1:${(loopbackPorts ?? DEFAULT_LOOPBACK_PORTS).join(',')}
Ctrl+C stops it.`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
