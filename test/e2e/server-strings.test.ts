/**
 * Strings the server controls, through the whole stack: the simulator merges them into its real answers (a
 * `json` fault rule), okta-auth-js parses them, the flow reads them and `<okta-verify-signin>` renders them.
 * Markup stays text and runs nothing, a bidi override is isolated, a key that is also a name in the widget's
 * string tables does not pick a string of the widget's, a number challenge that is not a number is refused,
 * and a 3000-character word stays inside the card in both directions.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin, PasswordExpiredDetail } from '../../src/index.js';
import { injectedIn, PAYLOADS } from '../helpers/hostile.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { CLIENT_ID, ISSUER, requestLog, requestsTo, resetSim, setSimSettings, sim } from '../helpers/sim.js';
import { mount, nextEvent, pickOktaVerifyPush, signInWithPassword, stepButton, stepRoot, waitFor } from '../helpers/widget.js';

const VERIFIED = 'verified@example.com';
const NUMBER = 'number@example.com';
const EXPIRED = 'expired@example.com';
const RTL_OVERRIDE = '\u202Eexe.tnemyap\u202C';

function messages(texts: string[], key: (text: string, i: number) => string = (t) => t) {
  return { type: 'array', value: texts.map((message, i) => ({ message, i18n: { key: key(message, i) }, class: 'ERROR' })) };
}

/** The next answer of `path` carries these messages (and whatever else is given) on top of the real one. */
async function serverSays(path: string, json: Record<string, unknown>): Promise<void> {
  await sim.addFault({ method: 'POST', path, json });
}

/**
 * Names for the first options of the verify list (its `authenticator` field is the first). The widget uses
 * its own words for the authenticators it knows, so these get keys of their own, which it does not.
 */
function serverNames(...labels: string[]) {
  return {
    remediation: { value: [{ value: [{ options: labels.map((label) => ({ label })) }] }] },
    authenticatorEnrollments: { value: labels.map((_, i) => ({ key: `org_custom_${i}` })) },
  };
}

/** Lets event handlers a payload might have planted (an image's onerror, an autofocus) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 50));
}

function messageTexts(el: OktaVerifySignin): string[] {
  return [...stepRoot(el).querySelectorAll<HTMLElement>('[part=messages] p')].map((p) => p.textContent!);
}

/** The nearest element around the text node that holds `text`, in the step's shadow root. */
function holderOf(el: OktaVerifySignin, text: string): HTMLElement {
  const walker = document.createTreeWalker(stepRoot(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) return node.parentElement!;
  throw new Error(`no text ${JSON.stringify(text)} in step ${el.step}`);
}

describe('<okta-verify-signin> renders server strings that came through okta-auth-js', () => {
  beforeEach(async () => {
    await resetSim();
    await setSimSettings({ pollRefreshMs: 150 });
    delete window.__xss;
  });
  afterEach(() => delete window.__xss);
  failOnUnhandledRejections();

  it(`${PAYLOADS.length} XSS payloads in the messages, the authenticators' names and the identifier: shown as text, nothing runs, nothing is injected`, async () => {
    const el = await mount();
    await serverSays('/idp/idx/identify', {
      messages: messages(PAYLOADS),
      user: { value: { identifier: PAYLOADS.join(' ') } },
      ...serverNames(PAYLOADS[0]!, PAYLOADS[1]!),
    });
    // A user with at least two authenticators left to choose once the password is verified.
    await signInWithPassword(el, 'multi@example.com');
    await waitFor(el, 'choose-authenticator');
    await settle();
    expect(injectedIn(el), 'elements made from server strings').to.deep.equal([]);
    expect(window.__xss, 'a payload ran').to.equal(undefined);
    expect(messageTexts(el), 'every payload shown as the text it is').to.deep.equal(PAYLOADS);
    const names = [...stepRoot(el).querySelectorAll('[part=choice] .name')].map((n) => n.textContent);
    expect(names).to.include.members([PAYLOADS[0], PAYLOADS[1]]);
  });

  it('the identifier, hostile, reaches okta-verify-password-expired as the exact string, and the change-password step runs none of it', async () => {
    const identifier = PAYLOADS.join('');
    const el = await mount();
    await serverSays('/idp/idx/identify', { user: { value: { identifier } }, messages: messages(PAYLOADS.slice(0, 5)) });
    const fired = nextEvent<CustomEvent<PasswordExpiredDetail>>(el, 'okta-verify-password-expired');
    await signInWithPassword(el, EXPIRED);
    expect((await fired).detail.username).to.equal(identifier);
    await waitFor(el, 'set-password');
    await settle();
    expect(injectedIn(el)).to.deep.equal([]);
    expect(window.__xss).to.equal(undefined);
    expect(messageTexts(el)).to.deep.equal(PAYLOADS.slice(0, 5));
  });

  it('a right-to-left override in a message and in a name is isolated (dir=auto, <bdi>), so it cannot reorder the text around it', async () => {
    const el = await mount();
    await serverSays('/idp/idx/identify', {
      messages: messages([`Open ${RTL_OVERRIDE} now`]),
      ...serverNames(RTL_OVERRIDE),
    });
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'choose-authenticator');
    const message = holderOf(el, `Open ${RTL_OVERRIDE} now`);
    expect(message.closest('[dir=auto], bdi'), `around the message: ${message.outerHTML}`).to.equal(message);
    const name = [...stepRoot(el).querySelectorAll<HTMLElement>('[part=choice] .name')].find((n) => n.textContent === RTL_OVERRIDE);
    expect(name?.localName, 'the name is a <bdi>').to.equal('bdi');
  });

  it('an i18n key that is also a name in the widget\'s string tables ($code, $name, $dir, __proto__, constructor) shows the server\'s words', async () => {
    const keys = ['$code', '$name', '$dir', '$messages', '__proto__', 'constructor', 'toString'];
    const texts = keys.map((k) => `Server words for ${k}`);
    const el = await mount();
    await serverSays('/idp/idx/identify', { messages: messages(texts, (_, i) => keys[i]!) });
    await signInWithPassword(el, VERIFIED);
    await waitFor(el, 'choose-authenticator');
    expect(messageTexts(el)).to.deep.equal(texts);
  });

  it('a number challenge that is not a number: a clear error, no number shown, and "Resend push notification" at once', async () => {
    const el = await mount();
    // Every answer of the push (the challenge, each poll, a resend) carries a correctAnswer that is not a number.
    await sim.addFault({ method: 'POST', path: '/idp/idx/challenge*', times: 0, json: { currentAuthenticator: { value: { contextualData: { correctAnswer: 'four' } } } } });
    await signInWithPassword(el, NUMBER);
    await pickOktaVerifyPush(el);
    expect(messageTexts(el).join(' ')).to.contain('The number to tap could not be shown');
    expect(stepRoot(el).querySelector('[part=number]'), 'no number shown').to.equal(null);
    expect(stepRoot(el).textContent).to.not.contain('four');
    const since = (await requestLog()).length;
    stepButton(el, '[part=resend]').click();
    await waitUntil(async () => requestsTo((await requestLog()).slice(since), '/idp/idx/challenge/resend').length === 1, 'the push sent again');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`a 3000-character word in a message stays inside the real card (${dir}): no overflow, the submit button inside it`, async () => {
      const word = 'W'.repeat(3000);
      await serverSays('/idp/idx/introspect', { messages: messages([word]) });
      const host = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'} style="inline-size: 360px">
        <okta-verify-signin optimistic="false" issuer=${ISSUER} client-id=${CLIENT_ID}></okta-verify-signin>
      </div>`);
      const el = host.querySelector('okta-verify-signin')!;
      await waitFor(el, 'identify');
      await waitUntil(() => messageTexts(el).includes(word), 'the word shown');
      await waitUntil(() => stepRoot(el).host.getAttribute('dir') === dir, `the step is ${dir}`);
      await settle();
      const card = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      expect(card.scrollWidth, `card scrollWidth ${card.scrollWidth} > clientWidth ${card.clientWidth}`).to.be.at.most(card.clientWidth);
      const box = card.getBoundingClientRect();
      const submit = el.querySelector<HTMLButtonElement>('button[type=submit]')!.getBoundingClientRect();
      const inside = submit.left >= box.left - 0.5 && submit.right <= box.right + 0.5 && submit.top >= box.top - 0.5 && submit.bottom <= box.bottom + 0.5;
      expect(inside, `submit ${JSON.stringify(submit)} inside card ${JSON.stringify(box)}`).to.equal(true);
      expect(document.documentElement.scrollWidth, 'the page does not grow wide').to.be.at.most(window.innerWidth);
    });
  }
});
