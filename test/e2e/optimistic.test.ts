/**
 * The optimistic first step: the username and password form is there, enabled, before Okta has answered.
 * The network is slowed (or an answer reshaped) by a wrapper around the page's fetch, between the real
 * okta-auth-js and the simulator; nothing of the SDK is replaced.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { CLIENT_ID, ISSUER, PASSWORD, resetSim } from '../helpers/sim.js';
import { input, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';

/** Holds every introspect answer until `release()`; `reshape` may rewrite its JSON on the way. */
function holdIntrospect(reshape?: (body: Record<string, unknown>) => Record<string, unknown>) {
  const realFetch = window.fetch;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const response = await realFetch(input, init);
    if (!url.includes('/idp/idx/introspect')) return response;
    held++;
    await released;
    if (!reshape) return response;
    const body = reshape((await response.json()) as Record<string, unknown>);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  return {
    release,
    get held() {
      return held;
    },
    restore: () => (window.fetch = realFetch),
  };
}

describe('<okta-verify-signin> optimistic first step', () => {
  let hold: ReturnType<typeof holdIntrospect> | undefined;
  beforeEach(resetSim);
  afterEach(() => hold?.restore());

  it('the username field is enabled before introspect answers; what was typed and the focus stay when it does', async () => {
    hold = holdIntrospect();
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    const username = input(el, 'username');
    expect(username.disabled).to.equal(false);
    expect(username.autocomplete).to.equal('username');
    username.focus();
    username.value = VERIFIED;
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    expect(el.starting).to.equal(true);
    hold.release();
    await waitUntil(() => !el.starting, 'started', { timeout: 8000 });
    expect(input(el, 'username')).to.equal(username);
    expect(username.value).to.equal(VERIFIED);
    expect(document.activeElement).to.equal(username);
  });

  it('submitting before the transaction is ready waits for it, then signs in', async () => {
    hold = holdIntrospect();
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    input(el, 'username').value = VERIFIED;
    input(el, 'password').value = PASSWORD;
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    el.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(el.busy, 'busy while waiting for the transaction').to.equal(true);
    hold.release();
    await waitFor(el, 'select-authenticator');
    expect(el.shadowRoot!.querySelector('[part=error]')).to.equal(null);
  });

  it('an identifier-first org: the password field goes, the username stays and is sent alone', async () => {
    hold = holdIntrospect((body) => {
      const remediation = body.remediation as { value: Array<{ name: string; value: Array<{ name: string }> }> };
      for (const r of remediation.value) if (r.name === 'identify') r.value = r.value.filter((f) => f.name !== 'credentials');
      return body;
    });
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    input(el, 'username').value = VERIFIED;
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitUntil(() => !el.starting, 'started', { timeout: 8000 });
    await el.updateComplete;
    expect(el.querySelector('input[name=password]')).to.equal(null);
    expect(input(el, 'username').value).to.equal(VERIFIED);
  });

  it('an org whose first step is not identify: that step replaces the optimistic one', async () => {
    hold = holdIntrospect((body) => {
      const remediation = body.remediation as { value: Array<{ name: string }> };
      remediation.value[0]!.name = 'redirect-idp';
      return body;
    });
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitFor(el, 'unsupported');
    expect(el.querySelector('input[name=username]')).to.equal(null);
  });

  it('optimistic="false" waits for Okta before showing a step', async () => {
    hold = holdIntrospect();
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin optimistic="false" issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    expect(el.querySelector('input[name=username]')).to.equal(null);
    hold.release();
    await waitFor(el, 'identify');
    expect(input(el, 'username').disabled).to.equal(false);
  });
});
