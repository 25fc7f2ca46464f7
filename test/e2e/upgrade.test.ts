/**
 * An element configured before it is defined: properties set on the plain HTMLElement (a framework, or a page
 * that loads the widget lazily) and the attributes React 19 writes for properties it cannot find yet
 * (`clientId` becomes the attribute `clientid`). Against the simulator, like the other end-to-end tests.
 *
 * This file must not import `src/define.js` statically: the first test defines the elements itself, late.
 * Later tests define subclasses under fresh tags, which is the same as a late definition.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OktaAuth } from '@okta/okta-auth-js';
import { OktaVerifySignin } from '../../src/okta-verify-signin.js';
import { createAuthClient, type IdxClient } from '../../src/flow/auth-client.js';
import { CLIENT_ID, ISSUER, requestLog, resetSim } from '../helpers/sim.js';

// A full OktaAuth from the host's own okta-auth-js fits the structural client type.
const fullClientFits: (client: OktaAuth) => IdxClient = (client) => client;
void fullClientFits;

const REDIRECT_URI = `${location.origin}/signed-in`;
const mounted: HTMLElement[] = [];
let lazyTags = 0;

/** A new tag, defined later by `defineLate`. */
function lazyTag(): string {
  return `okta-verify-signin-late-${++lazyTags}`;
}

function defineLate(tag: string): void {
  customElements.define(tag, class extends OktaVerifySignin {});
}

function create(tag: string): OktaVerifySignin {
  const el = document.createElement(tag) as OktaVerifySignin;
  mounted.push(el);
  return el;
}

/** React 19's rule for a custom element's props: a property when the element has one, else an attribute. */
function setLikeReact19(el: HTMLElement, props: Record<string, string>): void {
  for (const [key, value] of Object.entries(props)) {
    if (key in el) (el as unknown as Record<string, string>)[key] = value;
    else el.setAttribute(key, value);
  }
}

async function started(el: OktaVerifySignin): Promise<void> {
  await waitUntil(() => el.step === 'identify' && !el.starting && !el.busy, `transaction started (now ${el.step})`, { timeout: 8000 });
  await el.updateComplete;
}

async function interactForm(): Promise<Record<string, string>> {
  const interact = (await requestLog()).filter((r) => r.path.endsWith('/v1/interact')).at(-1);
  expect(interact, 'an interact request').to.exist;
  return interact!.body as Record<string, string>;
}

describe('<okta-verify-signin> configured before it is defined', () => {
  beforeEach(resetSim);
  afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

  it('picks up properties set before the package is loaded', async () => {
    expect(customElements.get('okta-verify-signin'), 'not defined yet').to.equal(undefined);
    const el = create('okta-verify-signin');
    Object.assign(el, { issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, scopes: 'openid email', strings: { signIn: 'Log in now' } });
    document.body.append(el);
    await import('../../src/define.js');
    await started(el);
    expect(el.clientId).to.equal(CLIENT_ID);
    expect(el.querySelector('button[type=submit]')?.textContent?.trim()).to.equal('Log in now');
    const form = await interactForm();
    expect(form.client_id).to.equal(CLIENT_ID);
    expect(form.redirect_uri).to.equal(REDIRECT_URI);
    expect(form.scope).to.equal('openid email');
  });

  it('reads the attributes React 19 sets on an element not yet defined (clientid, redirecturi)', async () => {
    const tag = lazyTag();
    const el = create(tag);
    setLikeReact19(el, { issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI });
    expect(el.getAttribute('clientid'), 'HTML lower-cases the name').to.equal(CLIENT_ID);
    document.body.append(el);
    defineLate(tag);
    await started(el);
    expect(el.clientId).to.equal(CLIENT_ID);
    expect(el.redirectUri).to.equal(REDIRECT_URI);
    const form = await interactForm();
    expect(form.client_id).to.equal(CLIENT_ID);
    expect(form.redirect_uri).to.equal(REDIRECT_URI);
  });

  it('keeps clientid and redirecturi in step with the properties after the upgrade', async () => {
    const tag = lazyTag();
    defineLate(tag);
    const el = create(tag);
    el.setAttribute('clientid', 'first');
    expect(el.clientId).to.equal('first');
    el.setAttribute('client-id', 'second');
    expect(el.clientId).to.equal('second');
    el.setAttribute('redirecturi', REDIRECT_URI);
    expect(el.redirectUri).to.equal(REDIRECT_URI);
    el.removeAttribute('clientid');
    expect(el.clientId).to.equal('');
  });

  it('uses an authClient and optimistic=false set before the definition', async () => {
    const client = await createAuthClient({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI });
    let starts = 0;
    const counted: IdxClient = {
      idx: {
        start: (options) => (starts++, client.idx.start(options)),
        proceed: (options) => client.idx.proceed(options),
      },
    };
    const tag = lazyTag();
    const el = create(tag);
    el.authClient = counted;
    el.optimistic = false;
    document.body.append(el);
    defineLate(tag);
    await el.updateComplete;
    expect(el.step, 'no optimistic first step').to.equal('loading');
    await started(el);
    expect(el.authClient).to.equal(counted);
    expect(starts).to.equal(1);
  });

  it('uses properties set right after the element is connected, before it first renders', async () => {
    const el = create('okta-verify-signin');
    document.body.append(el);
    el.issuer = ISSUER;
    el.clientId = CLIENT_ID;
    await started(el);
    expect((await interactForm()).client_id).to.equal(CLIENT_ID);
  });
});
