// Parallel end-to-end isolation, on the built simulator as a user's test setup runs it: 200 users made at run
// time, a push sign-in for each (and a second one at once for some of them), all waiting at the same time,
// each approved through its own transaction, plus code sign-ins alongside. Every flow must end with tokens of
// its own user and never see another flow's push. Run `npm run build` first.
import { createHash, randomBytes } from 'node:crypto';
import { startSimulator } from 'okta-verify-signin/sim';
import { SimulatorClient } from 'okta-verify-signin/sim/client';

const USERS = 200;
/** Users that also get a second, concurrent push sign-in. */
const TWICE = 20;
/** Users that also sign in by code while their push waits. */
const BY_CODE = 50;
/** A guard against a hang (a few seconds is usual; a loaded machine may take several times that). */
const LIMIT_MS = 60_000;
const CLIENT_ID = 'okta-verify-signin-demo';

const b64url = (buf) => buf.toString('base64url');
const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

const started = performance.now();
const sim = await startSimulator({ port: 0 });
const control = new SimulatorClient(sim.url);
const redirectUri = `${sim.url}/`;
const failures = [];
const crossTalk = [];
const timer = setTimeout(() => {
  console.error(`sim-isolation: not done after ${LIMIT_MS / 1000} s`);
  process.exit(1);
}, LIMIT_MS);

/** One IDX sign-in over HTTP, as okta-auth-js makes it: interact, introspect, remediations, token. */
class SignIn {
  constructor(user) {
    this.user = user;
    this.verifier = b64url(randomBytes(32));
  }

  async post(path, body, form = false) {
    const res = await fetch(`${sim.url}${path}`, form
      ? { method: 'POST', body: new URLSearchParams(body) }
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json.messages ?? json).slice(0, 200)}`);
    return json;
  }

  idx(path, values = {}) {
    return this.post(`/idp/idx/${path}`, { ...values, stateHandle: this.stateHandle });
  }

  async start() {
    const challenge = b64url(createHash('sha256').update(this.verifier).digest());
    const { interaction_handle } = await this.post('/oauth2/default/v1/interact', {
      client_id: CLIENT_ID, scope: 'openid profile email', redirect_uri: redirectUri, code_challenge: challenge, code_challenge_method: 'S256',
    }, true);
    this.stateHandle = (await this.post('/idp/idx/introspect', { interactionHandle: interaction_handle })).stateHandle;
    const list = await this.idx('identify', { identifier: this.user.username, credentials: { passcode: this.user.password } });
    const select = list.remediation.value.find((r) => r.name === 'select-authenticator-authenticate');
    if (!select) throw new Error(`identify: ${list.remediation.value.map((r) => r.name)}`);
    this.authenticatorId = list.authenticators.value.find((a) => a.key === 'okta_verify').id;
  }

  choose(methodType) {
    return this.idx('challenge', { authenticator: { id: this.authenticatorId, methodType } });
  }

  /** The tokens for a success response, checked to be this flow's user's. */
  async finish(success, label) {
    const code = success.successWithInteractionCode?.value.find((v) => v.name === 'interaction_code')?.value;
    if (!code) throw new Error(`${label}: no interaction code`);
    const tokens = await this.post('/oauth2/default/v1/token', {
      grant_type: 'interaction_code', client_id: CLIENT_ID, redirect_uri: redirectUri, code_verifier: this.verifier, interaction_code: code,
    }, true);
    const id = claimsOf(tokens.id_token);
    const access = claimsOf(tokens.access_token);
    if (id.sub !== this.user.id || id.preferred_username !== this.user.username || access.sub !== this.user.username) {
      crossTalk.push(`${label}: tokens of ${id.preferred_username} (${id.sub}) for ${this.user.username}`);
    }
  }
}

/** Resolves once every push flow has its push pending, so that all of them wait at the same moment. */
function barrier(count) {
  let arrived = 0;
  let open;
  const all = new Promise((resolve) => (open = resolve));
  return { arrive: () => (++arrived === count && open(), all), release: open };
}

async function pushFlow(user, gate, pushIds) {
  const flow = new SignIn(user);
  const label = `push ${user.username}`;
  try {
    await flow.start();
    const challenge = await flow.choose('push');
    const shown = challenge.currentAuthenticator?.value.contextualData?.correctAnswer;
    const [tx, ...more] = await control.transactions({ stateHandle: flow.stateHandle });
    if (!tx || more.length || tx.username !== user.username) throw new Error(`${label}: its transaction is not found as its own`);
    if (tx.push?.status !== 'pending' || tx.push.transactionId !== tx.id) crossTalk.push(`${label}: no pending push of its own`);
    if (shown !== tx.push?.correctAnswer) crossTalk.push(`${label}: the device shows ${tx.push?.correctAnswer}, the page ${shown}`);
    pushIds.push(tx.push?.id);
    await gate.arrive();
    // Every other flow has sent its push by now (the same user's second sign-in too): this one must be intact.
    const again = await control.transaction(tx.id);
    if (again.push?.id !== tx.push.id || again.push.status !== 'pending') crossTalk.push(`${label}: its push became ${again.push?.status}`);
    const waiting = await flow.idx('challenge/poll');
    if (waiting.remediation?.value[0]?.name !== 'challenge-poll') crossTalk.push(`${label}: poll before approval gave ${waiting.remediation?.value[0]?.name}`);
    const answer = await control.approvePush({ transactionId: tx.id }, tx.push.correctAnswer);
    if (answer.status !== 'approved' || answer.pushId !== tx.push.id || answer.transactionId !== tx.id) crossTalk.push(`${label}: approval answered ${JSON.stringify(answer)}`);
    await flow.finish(await flow.idx('challenge/poll'), label);
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
    gate.release(); // a flow that failed early must not keep the others waiting
  }
}

async function codeFlow(user) {
  const flow = new SignIn(user);
  const label = `code ${user.username}`;
  try {
    await flow.start();
    await flow.choose('totp');
    const { code } = await control.totp(user.username);
    await flow.finish(await flow.idx('challenge/answer', { credentials: { totp: code } }), label);
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
  }
}

let wall = 0;
let flows = 0;
try {
  const users = await Promise.all(Array.from({ length: USERS }, (_, i) => control.createUser({ oktaVerify: { numberChallenge: i % 5 === 0 } })));
  if (new Set(users.map((u) => u.username)).size !== USERS) failures.push('created usernames are not distinct');
  const pushUsers = [...users, ...users.slice(0, TWICE)];
  const codeUsers = users.slice(USERS - BY_CODE);
  flows = pushUsers.length + codeUsers.length;
  const gate = barrier(pushUsers.length);
  const pushIds = [];
  const t0 = performance.now();
  await Promise.all([...pushUsers.map((u) => pushFlow(u, gate, pushIds)), ...codeUsers.map(codeFlow)]);
  wall = performance.now() - t0;
  if (new Set(pushIds).size !== pushIds.length) crossTalk.push('two flows were shown the same push');
  const left = await control.transactions();
  if (left.length) failures.push(`${left.length} transactions left after every flow ended`);
} catch (error) {
  failures.push(`setup: ${error.message}`);
} finally {
  clearTimeout(timer);
  await sim.close();
}

const rows = [
  ['users created', USERS],
  ['push sign-ins (same user twice at once)', `${USERS + TWICE} (${TWICE})`],
  ['code sign-ins (beside a pending push)', BY_CODE],
  ['flows', flows],
  ['failures', failures.length],
  ['cross-talk', crossTalk.length],
  ['wall time, flows', `${(wall / 1000).toFixed(2)} s`],
  ['flows/s', wall ? Math.round(flows / (wall / 1000)) : 0],
  ['total, with start-up', `${((performance.now() - started) / 1000).toFixed(2)} s`],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log('sim-isolation: concurrent sign-ins on the built simulator');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
for (const line of [...failures, ...crossTalk].slice(0, 20)) console.error(`  ✗ ${line}`);
process.exit(failures.length || crossTalk.length ? 1 : 0);
