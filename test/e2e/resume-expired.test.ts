/**
 * End to end, resuming a saved sign-in (`persist`) after the transaction expired on the server: the widget says
 * it expired, with Okta's `idx.session.expired` message and "Start over", instead of a banner or a silent new
 * sign-in. Okta (and the simulator) answer introspect with a 401 typed `application/ion+json`, which
 * okta-auth-js's own HTTP client reads only as text: both the widget's client and the SDK's are covered. The
 * real okta-auth-js against the simulator.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { createAuthClient, SigninFlow } from '../../src/flow/index.js';
import type { ErrorDetail, OktaVerifySignin } from '../../src/index.js';
import { en } from '../../src/i18n/en.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { CLIENT_ID, ISSUER, requestLog, requestsTo, resetSim, sim } from '../helpers/sim.js';
import { signInWithPassword, stepButton, stepRoot, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
const STORAGE_KEY = 'okta-transaction-storage';
const INTROSPECT = '/idp/idx/introspect';
const INTERACT = '/oauth2/default/v1/interact';
const EXPIRED_KEY = 'idx.session.expired';

/** A page load with `persist`: the element, with its errors recorded from the start. */
async function load(): Promise<{ el: OktaVerifySignin; errors: ErrorDetail[] }> {
  const el = document.createElement('okta-verify-signin');
  const errors: ErrorDetail[] = [];
  el.addEventListener('okta-verify-error', (e) => errors.push(e.detail));
  Object.assign(el, { persist: true, issuer: ISSUER, clientId: CLIENT_ID });
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  return { el, errors };
}

/** The user's sign-in on the simulator (the stored one: the page had no other). */
async function storedTransactionId(): Promise<string> {
  const [tx] = await sim.transactions({ username: VERIFIED });
  if (!tx) throw new Error('no live transaction');
  return tx.id;
}

describe('<okta-verify-signin> resuming an expired transaction', () => {
  beforeEach(async () => {
    await resetSim();
    sessionStorage.clear();
  });
  failOnUnhandledRejections();

  it('a reload after the transaction expired: the terminal step with Okta\'s message, a session-expired error, storage cleared; "Start over" signs in anew', async () => {
    const { el: first } = await load();
    await waitFor(first, 'identify');
    await signInWithPassword(first, VERIFIED);
    expect(first.step).to.not.equal('identify');
    expect(sessionStorage.getItem(STORAGE_KEY), 'kept for the reload').to.be.a('string');
    first.remove();
    await sim.expire({ transactionId: await storedTransactionId() });

    const since = (await requestLog()).length;
    const { el: second, errors } = await load();
    await waitFor(second, 'terminal');

    const log = (await requestLog()).slice(since);
    expect(requestsTo(log, INTROSPECT).map((r) => r.status), 'the saved transaction was asked for').to.deep.equal([401]);
    expect(requestsTo(log, INTERACT), 'no new sign-in behind the user\'s back').to.deep.equal([]);
    // Okta's message, in the widget's words for its i18n key.
    expect(stepRoot(second).textContent, 'the expired message').to.contain(en.$messages[EXPIRED_KEY]);
    expect(errors.map((e) => [e.kind, e.status])).to.deep.equal([['session-expired', 401]]);
    expect(second.shadowRoot!.querySelector('[part=error]'), 'the step says it; no banner besides').to.equal(null);
    expect(sessionStorage.getItem(STORAGE_KEY), 'the ended transaction is not kept').to.equal(null);

    stepButton(second, '[part=restart]').click();
    await waitFor(second, 'identify');
    await waitUntil(() => !second.starting, 'a new transaction started', { timeout: 8000 });
    expect(requestsTo((await requestLog()).slice(since), INTERACT), 'one new sign-in, on "Start over"').to.have.length(1);
    await signInWithPassword(second, VERIFIED);
    expect(second.step).to.not.equal('identify');
    expect(second.step).to.not.equal('terminal');
  });

  it('with okta-auth-js\'s own HTTP client (it reads the ion+json 401 as text): the same terminal step and session-expired error', async () => {
    const config = { issuer: ISSUER, clientId: CLIENT_ID, redirectUri: `${location.origin}/`, persist: true };
    const before = await createAuthClient(config);
    const started = await before.idx.start();
    const stateHandle = (started.rawIdxState as { stateHandle: string }).stateHandle;
    const [tx] = await sim.transactions({ stateHandle });
    await sim.expire({ transactionId: tx!.id });

    // A new page: a new client, the same sessionStorage, and no HTTP client of the widget's.
    const after = await createAuthClient(config);
    const flow = new SigninFlow({ getClient: async () => after });
    try {
      await flow.start({ resume: true });
      const state = flow.current;
      expect(state.step.name).to.equal('terminal');
      expect(state.step.messages.map((m) => m.key)).to.deep.equal([EXPIRED_KEY]);
      expect(state.step.actions).to.deep.equal(['restart']);
      expect(state.error).to.include({ kind: 'session-expired', recovery: 'restart' });
      expect(sessionStorage.getItem(STORAGE_KEY), 'the ended transaction is not kept').to.equal(null);
    } finally {
      flow.dispose();
    }
  });
});
