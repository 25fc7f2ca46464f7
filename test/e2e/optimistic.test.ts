/**
 * The optimistic first step: the username and password form is there, enabled, before Okta has answered.
 * The network is slowed (or an answer reshaped) by a wrapper around the page's fetch, between the real
 * okta-auth-js and the simulator; nothing of the SDK is replaced.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { CLIENT_ID, ISSUER, PASSWORD, resetSim, sim } from '../helpers/sim.js';
import { input, stepRoot, waitFor } from '../helpers/widget.js';
import { expectSame, focused, isHeading, press, type } from '../helpers/keys.js';

const VERIFIED = 'verified@example.com';

/** The org's first remediation becomes one the widget does not render (`unsupported`). */
const notIdentifyFirst = (body: Record<string, unknown>) => {
  const remediation = body.remediation as { value: Array<{ name: string }> };
  remediation.value[0]!.name = 'redirect-idp';
  return body;
};

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
  afterEach(() => {
    // A test that failed before releasing must not leave a request hanging for the next one.
    hold?.release();
    hold?.restore();
    hold = undefined;
  });

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
    await waitFor(el, 'choose-authenticator');
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
    hold = holdIntrospect(notIdentifyFirst);
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitFor(el, 'unsupported');
    expect(el.querySelector('input[name=username]')).to.equal(null);
  });

  it('typing with real keys while introspect is delayed: the text and the focus stay when Okta answers', async () => {
    await sim.addFault({ path: '/idp/idx/introspect', method: 'POST', delayMs: 3000 });
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    const username = input(el, 'username');
    const password = input(el, 'password');
    username.focus();
    await type(VERIFIED);
    await press('Tab');
    await type(PASSWORD);
    expect(el.starting, 'typed before Okta answered').to.equal(true);
    expectSame(focused(), password, 'focus');
    await waitUntil(() => !el.starting, 'started', { timeout: 10000 });
    await el.updateComplete;
    expectSame(input(el, 'username'), username, 'the same username field');
    expectSame(input(el, 'password'), password, 'the same password field');
    expect([username.value, password.value]).to.deep.equal([VERIFIED, PASSWORD]);
    expectSame(document.activeElement, password, 'focus kept');
    const [fault] = await sim.faults();
    expect(fault!.applied, 'introspect was the delayed request').to.equal(1);
  });

  it('an identifier-first org while the user is in the password field: focus goes to the username, not to <body>', async () => {
    hold = holdIntrospect((body) => {
      const remediation = body.remediation as { value: Array<{ name: string; value: Array<{ name: string }> }> };
      for (const r of remediation.value) if (r.name === 'identify') r.value = r.value.filter((f) => f.name !== 'credentials');
      return body;
    });
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    input(el, 'username').focus();
    await type(VERIFIED);
    await press('Tab');
    await type('Okta');
    expectSame(focused(), input(el, 'password'), 'focus');
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitUntil(() => !el.starting && !el.querySelector('input[name=password]'), 'the password field gone', { timeout: 8000 });
    await waitUntil(() => document.activeElement === input(el, 'username'), 'focus on the username', { timeout: 2000 });
    expect(input(el, 'username').value).to.equal(VERIFIED);
  });

  it('an org whose first step is not identify: that step does not take focus from the page', async () => {
    hold = holdIntrospect(notIdentifyFirst);
    const page = await fixture<HTMLDivElement>(html`<div>
      <input id="search" aria-label="Search" />
      <okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>
    </div>`);
    const el = page.querySelector('okta-verify-signin')!;
    const search = page.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await type('opening hours');
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitFor(el, 'unsupported');
    await el.updateComplete;
    expectSame(document.activeElement, search, 'focus stays in the search field');
    await type(' today');
    expect(search.value).to.equal('opening hours today');
  });

  it('with autofocus: the optimistic step takes focus on load, and the org\'s real first step takes it only from there', async () => {
    hold = holdIntrospect(notIdentifyFirst);
    const page = await fixture<HTMLDivElement>(html`<div>
      <input id="search" aria-label="Search" />
      <okta-verify-signin autofocus issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>
    </div>`);
    const el = page.querySelector('okta-verify-signin')!;
    await waitUntil(() => document.activeElement === el.querySelector('input[name=username]'), 'autofocus on the username');
    page.querySelector<HTMLInputElement>('#search')!.focus();
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitFor(el, 'unsupported');
    await el.updateComplete;
    expectSame(document.activeElement, page.querySelector('#search'), 'focus stays in the search field');
  });

  it('an org whose first step is not identify, while the user is in the form: focus moves to that step', async () => {
    hold = holdIntrospect(notIdentifyFirst);
    const el = await fixture<OktaVerifySignin>(html`<okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    input(el, 'username').focus();
    await type('ann');
    await waitUntil(() => hold!.held > 0, 'introspect on the wire', { timeout: 8000 });
    hold.release();
    await waitFor(el, 'unsupported');
    await waitUntil(() => isHeading(focused()) && focused()!.getRootNode() === stepRoot(el), 'focus on the new step\'s heading', { timeout: 2000 });
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
