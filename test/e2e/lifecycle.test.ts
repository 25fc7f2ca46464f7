/**
 * End to end, the element's life: moved, removed while it loads, restarted while a request runs. The real
 * okta-auth-js against the simulator; what reached the server is read from the simulator's request log.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ErrorDetail, OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { readQr } from '../helpers/qr.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import {
  approvePush,
  CLIENT_ID,
  simUser,
  ISSUER,
  PASSWORD,
  POLL_PATH,
  requestLog,
  requestsTo,
  requestTime,
  resetSim,
  sim,
  totpCode,
  waitForFaultHit,
  waitForPush,
} from '../helpers/sim.js';
import { input, mount, nextEvent, pickOktaVerifyCode, pickOktaVerifyPush, signInWithPassword, sleep, stepButton, stepRoot, submitCode, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
/** Browser and server share the machine's clock; allow for rounding and for a request already on the wire. */
const SLACK_MS = 50;
const NEW = 'new@example.com';
const INTERACT = '/oauth2/default/v1/interact';
const CANCEL = '/idp/idx/cancel';
const IDENTIFY = '/idp/idx/identify';

function persisted(): Promise<OktaVerifySignin> {
  return fixture<OktaVerifySignin>(html`<okta-verify-signin persist issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>`);
}

/** A fresh page with `persist`: mounted, and the password sent. */
async function persistedSignIn(username: string): Promise<OktaVerifySignin> {
  sessionStorage.clear();
  const el = await persisted();
  await waitFor(el, 'identify');
  await signInWithPassword(el, username);
  return el;
}

/** Every place a page can keep something, by name (and value for the web storages). */
async function storageScan(): Promise<{ local: Record<string, string>; session: Record<string, string>; cookies: string; indexedDB: string[] }> {
  const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
  return {
    local: { ...localStorage },
    session: { ...sessionStorage },
    cookies: document.cookie,
    indexedDB: databases.map((d) => d.name ?? ''),
  };
}

/** okta-auth-js caches the org's discovery document and keys (public, not per user); nothing else may stay. */
async function expectNothingStored(what: string): Promise<void> {
  const scan = await storageScan();
  expect(Object.keys(scan.local).filter((k) => k !== 'okta-cache-storage'), `${what}: localStorage`).to.deep.equal([]);
  const cached = Object.keys(JSON.parse(scan.local['okta-cache-storage'] ?? '{}') as object);
  expect(cached.filter((url) => !/\/\.well-known\/openid-configuration$|\/v1\/keys$/.test(url)), `${what}: the cache holds only discovery and keys`).to.deep.equal([]);
  expect(scan.session, `${what}: sessionStorage`).to.deep.equal({});
  expect(scan.cookies, `${what}: cookies`).to.equal('');
  expect(scan.indexedDB, `${what}: IndexedDB`).to.deep.equal([]);
}

/** `busy` as the page sees it (the reflected attribute), with the step shown at each change. */
function watchBusy(el: OktaVerifySignin): { changes: string[]; stop: () => void } {
  const changes: string[] = [];
  const observer = new MutationObserver(() => changes.push(`${el.hasAttribute('busy') ? 'busy' : 'idle'} on ${el.step}`));
  observer.observe(el, { attributes: true, attributeFilter: ['busy'] });
  return { changes, stop: () => observer.disconnect() };
}

describe('<okta-verify-signin> lifecycle against the simulator', () => {
  beforeEach(resetSim);
  failOnUnhandledRejections();

  it('moving the element to another parent keeps the transaction and the step', async () => {
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'choose-authenticator');
    const before = (await requestLog()).length;
    const elsewhere = await fixture<HTMLDivElement>(html`<div></div>`);
    elsewhere.append(el);
    await sleep(300);
    expect(el.step).to.equal('choose-authenticator');
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

  it('restart() while a request runs wins: the running request is cut, its answer never shown, and a new sign-in begins', async () => {
    // The identify is answered (select-authenticator) before the cancel reaches the server: only the client can drop it.
    const slowIdentify = await sim.addFault({ method: 'POST', path: IDENTIFY, delayMs: 500 });
    await sim.addFault({ method: 'POST', path: CANCEL, delayMs: 1000 });
    const el = await mount();
    const steps: string[] = [];
    el.addEventListener('okta-verify-step', (e) => steps.push(e.detail.step));
    const outcomes: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (request: RequestInfo | URL, init?: RequestInit) => {
      const sent = realFetch(request, init);
      if (String(request).endsWith(IDENTIFY)) sent.then(() => outcomes.push('answered'), (e: Error) => outcomes.push(e.name));
      return sent;
    };
    try {
      const since = (await requestLog()).length;
      input(el, 'username').value = VERIFIED;
      input(el, 'password').value = PASSWORD;
      const sent = waitForFaultHit(slowIdentify.id, 0);
      el.querySelector('form')!.requestSubmit();
      await sent;
      void el.restart();
      await waitFor(el, 'identify');
      await waitUntil(() => !el.starting && outcomes.length === 1, `the identify settled (${outcomes})`);
      expect(outcomes, 'the running request was cut').to.deep.equal(['AbortError']);
      const log = (await requestLog()).slice(since);
      const [identify] = requestsTo(log, IDENTIFY);
      expect(identify?.status, 'the server did answer it').to.equal(200);
      const order = log.filter((r) => [IDENTIFY, CANCEL, INTERACT].includes(r.path)).sort((a, b) => a.time - b.time).map((r) => r.path);
      expect(order, 'cancelled on the server, then a new transaction').to.deep.equal([IDENTIFY, CANCEL, INTERACT]);
    } finally {
      window.fetch = realFetch;
    }
    // The new transaction works; the old answer's step never appeared.
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'choose-authenticator');
    expect(steps).to.deep.equal(['choose-authenticator']);
  });

  it('"Back to sign in" while a poll is out: the poll\'s answer is dropped, busy until the identify step, no poll after the cancel, no error', async () => {
    await sim.setSettings({ pollRefreshMs: 150 });
    const el = await mount();
    await signInWithPassword(el, VERIFIED);
    await pickOktaVerifyPush(el);
    await waitForPush(VERIFIED);
    const errors: ErrorDetail[] = [];
    el.addEventListener('okta-verify-error', (e) => errors.push(e.detail));
    const poll = await sim.addFault({ method: 'POST', path: POLL_PATH, times: 0, delayMs: 400 });
    await sim.addFault({ method: 'POST', path: CANCEL, times: 0, delayMs: 700 });
    await waitForFaultHit(poll.id);
    const busy = watchBusy(el);
    stepButton(el, '[part=cancel]').click();
    await waitFor(el, 'identify');
    await waitUntil(() => busy.changes.length >= 2, 'busy reflected');
    busy.stop();
    expect(busy.changes, 'busy from the click to the identify step').to.deep.equal(['busy on approve-push', 'idle on identify']);
    const log = await requestLog();
    const [cancel] = requestsTo(log, CANCEL);
    expect(cancel, 'cancelled on the server').to.exist;
    expect(requestsTo(log, POLL_PATH).filter((r) => r.time >= cancel!.time).map((r) => `${r.time - cancel!.time} ms after`), 'polls after the cancel').to.deep.equal([]);
    expect(requestsTo(log, INTERACT).filter((r) => r.time > cancel!.time), 'a new transaction').to.have.length(1);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part=error]'), 'no banner').to.equal(null);
  });

  it('persist: a reload mid-push resumes the same transaction on the same step, with no second push; success clears storage', async () => {
    await sim.setSettings({ pollRefreshMs: 150 });
    const first = await persistedSignIn(VERIFIED);
    await pickOktaVerifyPush(first);
    const push = await waitForPush(VERIFIED);
    expect(Object.keys(sessionStorage), 'only sessionStorage, while the flow is open').to.include('okta-transaction-storage');
    expect(Object.keys(localStorage).filter((k) => /transaction|token/.test(k))).to.deep.equal([]);
    // A reload: the element goes, a new one comes (the page's sessionStorage stays).
    first.remove();
    const interactsBefore = (await requestLog()).filter((r) => r.path.endsWith('/v1/interact')).length;
    const second = await persisted();
    await waitUntil(() => second.step === 'approve-push' && !second.busy, 'resumed on the push step', { timeout: 8000 });
    expect((await requestLog()).filter((r) => r.path.endsWith('/v1/interact')).length, 'no new transaction').to.equal(interactsBefore);
    expect((await waitForPush(VERIFIED)).id, 'the same push').to.equal(push.id);
    const success = nextEvent<CustomEvent<SuccessDetail>>(second, 'okta-verify-success');
    await approvePush(VERIFIED);
    await success;
    expect(sessionStorage.getItem('okta-transaction-storage'), 'cleared on success').to.equal(null);
    await expectNothingStored('after success');
  });

  it('persist: a reload mid-enrollment shows the same QR link again, with no second credential/enroll; the link still enrolls', async () => {
    await sim.setSettings({ pollRefreshMs: 150 });
    const first = await persistedSignIn(NEW);
    await waitFor(first, 'choose-authenticator');
    stepButton(first, 'button[data-key=okta_verify]').click();
    await waitFor(first, 'scan-qr-code');
    const link = await readQr(stepRoot(first).querySelector<HTMLImageElement>('img[part=qr-code]')!);
    first.remove();
    const since = (await requestLog()).length;
    const second = await persisted();
    await waitFor(second, 'scan-qr-code');
    expect(await readQr(stepRoot(second).querySelector<HTMLImageElement>('img[part=qr-code]')!), 'the same QR link').to.equal(link);
    const after = (await requestLog()).slice(since);
    expect(requestsTo(after, '/idp/idx/credential/enroll'), 'no second enrollment').to.deep.equal([]);
    expect(requestsTo(after, INTERACT), 'no new transaction').to.deep.equal([]);
    const success = nextEvent<CustomEvent<SuccessDetail>>(second, 'okta-verify-success');
    await sim.enroll(NEW, link);
    await success;
    await expectNothingStored('after an enrollment that signed in');
  });

  it('persist: "Back to sign in" clears the stored transaction; the new one is the only one kept', async () => {
    const el = await persistedSignIn(VERIFIED);
    await waitFor(el, 'choose-authenticator');
    const before = sessionStorage.getItem('okta-transaction-storage');
    expect(before, 'kept while the sign-in is open').to.be.a('string');
    await el.restart();
    await waitFor(el, 'identify');
    const after = sessionStorage.getItem('okta-transaction-storage');
    const handle = (text: string | null) => (JSON.parse(text ?? '{}') as { interactionHandle?: string }).interactionHandle;
    expect(handle(after), 'the cancelled transaction is gone').to.not.equal(handle(before));
  });

  it('persist: an expired transaction is cleared from storage when the widget learns of it', async () => {
    await sim.setSettings({ pollRefreshMs: 150 });
    const el = await persistedSignIn(VERIFIED);
    await pickOktaVerifyPush(el);
    await sim.expire(VERIFIED);
    await waitFor(el, 'terminal');
    await expectNothingStored('after the transaction expired');
  });

  it('persist: a saved transaction that has expired says so, and "Start over" begins a new sign-in', async () => {
    const first = await persistedSignIn(VERIFIED);
    await waitFor(first, 'choose-authenticator');
    first.remove();
    await sim.expire(VERIFIED);
    const second = await persisted();
    await waitFor(second, 'terminal');
    stepRoot(second).querySelector<HTMLButtonElement>('[part=restart]')!.click();
    await waitFor(second, 'identify');
    await signInWithPassword(second, VERIFIED);
    await waitFor(second, 'choose-authenticator');
  });

  it('persist: a push approved while the page was away: on its return Okta answers with the interaction code, which is exchanged for tokens', async () => {
    const first = await persistedSignIn(VERIFIED);
    await pickOktaVerifyPush(first);
    await waitForPush(VERIFIED);
    first.remove();
    await approvePush(VERIFIED);
    const second = await persisted();
    const { detail } = await nextEvent<CustomEvent<SuccessDetail>>(second, 'okta-verify-success');
    expect(detail.tokens.idToken, 'the code exchanged for tokens').to.exist;
    expect(detail.claims?.sub).to.equal((await simUser(VERIFIED)).id);
    expect(requestsTo(await requestLog(), '/oauth2/default/v1/token').length, 'one token request').to.equal(1);
  });
});
