/**
 * End to end, the element's life: moved, removed while it loads, restarted while a request runs. The real
 * okta-auth-js against the simulator; what reached the server is read from the simulator's request log.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { approvePush, CLIENT_ID, ISSUER, PASSWORD, requestLog, requestTime, resetSim, sim, totpCode, waitForPush } from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, pickOktaVerifyPush, signInWithPassword, sleep, submitCode, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
/** Browser and server share the machine's clock; allow for rounding and for a request already on the wire. */
const SLACK_MS = 50;

describe('<okta-verify-signin> lifecycle against the simulator', () => {
  beforeEach(resetSim);

  it('moving the element to another parent keeps the transaction and the step', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'select-authenticator');
    const before = (await requestLog()).length;
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(el);
    await sleep(300);
    expect(el.step).to.equal('select-authenticator');
    expect((await requestLog()).slice(before).map((r) => r.path), 'no new transaction').to.deep.equal([]);
    await pickOktaVerifyCode(el);
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await submitCode(el, await totpCode(VERIFIED));
    await success;
  });

  it('removed while it loads or starts: nothing reaches the server afterwards', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    let removedAt = 0;
    for (let i = 0; i < 40; i++) {
      const el = document.createElement('okta-verify-signin');
      el.setAttribute('issuer', ISSUER);
      el.setAttribute('client-id', CLIENT_ID);
      host.append(el);
      // Some go at once, some while the SDK loads or a request is out.
      await sleep(i % 4 === 0 ? 0 : (i * 7) % 60);
      el.remove();
      removedAt = Date.now();
    }
    await sleep(1500);
    const late = (await requestLog()).filter((r) => requestTime(r) > removedAt + SLACK_MS);
    expect(late.map((r) => `${r.method} ${r.path}`), 'requests after the last removal').to.deep.equal([]);
  });

  it('removed while okta-auth-js chains its first requests: the rest of the chain is never sent', async () => {
    const realFetch = window.fetch;
    let onRequest: (url: string) => void = () => {};
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      onRequest(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      for (const first of ['/.well-known/openid-configuration', '/v1/interact', '/idp/idx/introspect']) {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('okta-verify-signin');
        el.setAttribute('issuer', ISSUER);
        el.setAttribute('client-id', CLIENT_ID);
        let removedAt = 0;
        const sentAfter: string[] = [];
        const removed = new Promise<void>((resolve) => {
          onRequest = (url) => {
            if (removedAt) sentAfter.push(url);
            else if (url.includes(first)) {
              el.remove();
              removedAt = Date.now();
              resolve();
            }
          };
        });
        // okta-auth-js caches discovery; a fresh start asks for it again only when it is not cached.
        localStorage.clear();
        host.append(el);
        await removed;
        await sleep(600);
        // The page's own record is exact; the simulator's log must agree.
        expect(sentAfter, `fetches after removal during ${first}`).to.deep.equal([]);
        const late = (await requestLog()).filter((r) => requestTime(r) > removedAt + SLACK_MS);
        expect(late.map((r) => `${r.method} ${r.path}`), `requests after removal during ${first}`).to.deep.equal([]);
        onRequest = () => {};
      }
    } finally {
      window.fetch = realFetch;
    }
  });

  it('restart() while a request runs wins: the running request is dropped and a new sign-in begins', async () => {
    const el = await mount();
    input(el, 'username').value = VERIFIED;
    input(el, 'password').value = PASSWORD;
    el.querySelector('form')!.requestSubmit();
    await waitUntil(() => el.busy, 'identify sent');
    void el.restart();
    await waitFor(el, 'identify');
    await sleep(300);
    expect(el.step, 'the identify answer was dropped').to.equal('identify');
    // The new transaction works.
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'select-authenticator');
  });

  it('persist: a reload mid-push resumes the same transaction on the same step, with no second push; success clears storage', async () => {
    sessionStorage.clear();
    await sim.setSettings({ pollRefreshMs: 150 });
    const first = await fixture<OktaVerifySignin>(html`<okta-verify-signin persist issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitFor(first, 'identify');
    await signInWithPassword(first, VERIFIED);
    await pickOktaVerifyPush(first);
    const push = await waitForPush(VERIFIED);
    expect(Object.keys(sessionStorage), 'only sessionStorage, while the flow is open').to.include('okta-transaction-storage');
    expect(Object.keys(localStorage).filter((k) => /transaction|token/.test(k))).to.deep.equal([]);
    // A reload: the element goes, a new one comes (the page's sessionStorage stays).
    first.remove();
    const interactsBefore = (await requestLog()).filter((r) => r.path.endsWith('/v1/interact')).length;
    const second = await fixture<OktaVerifySignin>(html`<okta-verify-signin persist issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitUntil(() => second.step === 'okta-verify-push' && !second.busy, 'resumed on the push step', { timeout: 8000 });
    expect((await requestLog()).filter((r) => r.path.endsWith('/v1/interact')).length, 'no new transaction').to.equal(interactsBefore);
    expect((await waitForPush(VERIFIED)).id, 'the same push').to.equal(push.id);
    const success = nextEvent<CustomEvent<SuccessDetail>>(second, 'okta-verify-success');
    await approvePush(VERIFIED);
    await success;
    expect(sessionStorage.getItem('okta-transaction-storage'), 'cleared on success').to.equal(null);
  });

  it('persist: a saved transaction that has expired is replaced by a new sign-in', async () => {
    sessionStorage.clear();
    const first = await fixture<OktaVerifySignin>(html`<okta-verify-signin persist issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitFor(first, 'identify');
    await signInWithPassword(first, VERIFIED);
    await waitFor(first, 'select-authenticator');
    first.remove();
    await sim.expire(VERIFIED);
    const second = await fixture<OktaVerifySignin>(html`<okta-verify-signin persist issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
    await waitFor(second, 'identify');
    await signInWithPassword(second, VERIFIED);
    await waitFor(second, 'select-authenticator');
  });
});
