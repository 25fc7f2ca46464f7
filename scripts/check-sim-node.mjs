// The built simulator on Node, as a user's end-to-end setup starts it: `startSimulator` from
// 'okta-verify-signin/sim', a password sign-in up to the Okta Verify choice, then close.
import { startSimulator } from 'okta-verify-signin/sim';

const sim = await startSimulator({ port: 0 });
const post = async (path, body) => {
  const res = await fetch(`${sim.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
};
try {
  const config = await (await fetch(`${sim.issuer}/.well-known/openid-configuration`)).json();
  if (config.issuer !== sim.issuer) throw new Error(`issuer ${config.issuer}`);
  const form = new URLSearchParams({ client_id: 'okta-verify-signin-demo', scope: 'openid', redirect_uri: `${sim.url}/`, code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' });
  const interact = await (await fetch(`${sim.issuer}/v1/interact`, { method: 'POST', body: form })).json();
  const first = await post('/idp/idx/introspect', { interactionHandle: interact.interaction_handle });
  const next = await post('/idp/idx/identify', { identifier: 'verified@example.com', credentials: { passcode: 'Okta-Verify-1' }, stateHandle: first.body.stateHandle });
  const name = next.body.remediation?.value?.[0]?.name;
  if (next.status !== 200 || name !== 'select-authenticator-authenticate') throw new Error(`identify: ${next.status} ${name}`);
  console.log(`simulator on Node ok (${sim.url}): discovery, interact, introspect, identify`);
} finally {
  await sim.close();
}
