/**
 * Leaving the page and coming back, in an iframe that is its own redirect URI: "Sign in with …" through the
 * simulator's identity provider (Okta returns `interaction_code`), and "Continue on your organization's
 * sign-in page" from a step the widget cannot render (the org returns `code`). The widget on the redirect URI
 * exchanges what came back for tokens, and takes the parameters out of the address bar.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OktaVerifySignin } from '../../src/index.js';
import { PASSWORD, resetSim, sim, totpCode } from '../helpers/sim.js';

const HOST = '/test/pages/redirect-host.html';

type HostWindow = Window & typeof globalThis & { signin: { success?: { claims?: { email?: string; sub?: string } }; errors: unknown[]; steps: string[] } };

async function host(): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${HOST} style="inline-size: 480px; block-size: 720px"></iframe>`);
  await waitUntil(() => widget(frame)?.step === 'identify' && !widget(frame)!.busy && !widget(frame)!.starting, 'the widget in the frame is ready', { timeout: 10000 });
  return frame;
}

const win = (frame: HTMLIFrameElement) => frame.contentWindow as HostWindow;
const doc = (frame: HTMLIFrameElement) => frame.contentDocument!;
const widget = (frame: HTMLIFrameElement) => doc(frame)?.querySelector<OktaVerifySignin>('okta-verify-signin') ?? undefined;
const stepRoot = (frame: HTMLIFrameElement) => widget(frame)!.querySelector('[data-ovs-step]')!.shadowRoot!;

/** Resolves once the frame has loaded a page at a path that matches. */
function loaded(frame: HTMLIFrameElement, path: RegExp): Promise<void> {
  return waitUntil(() => doc(frame)?.readyState === 'complete' && path.test(win(frame).location.pathname), `page ${path}`, { timeout: 10000 });
}

describe('<okta-verify-signin> leaves for another page and completes on the way back', () => {
  beforeEach(resetSim);

  it('an identity provider: the button, its page, and back with interaction_code: signed in, the URL clean', async () => {
    const frame = await host();
    const button = await waitUntil(() => stepRoot(frame).querySelector<HTMLButtonElement>('[part=identity-provider]'), 'a "Sign in with" button').then(() => stepRoot(frame).querySelector<HTMLButtonElement>('[part=identity-provider]')!);
    expect(button.textContent).to.match(/Sign in with /);
    button.click();
    await loaded(frame, /^\/sso\/idps\//);
    doc(frame).querySelector<HTMLButtonElement>('button[name=username][value="verified@example.com"]')!.click();
    await loaded(frame, /redirect-host\.html$/);
    await waitUntil(() => win(frame).signin?.success, 'signed in on the redirect URI', { timeout: 10000 });
    expect(win(frame).signin.success!.claims?.sub).to.equal((await sim.users()).find((u) => u.username === 'verified@example.com')!.id);
    expect(win(frame).location.search, 'interaction_code and state are taken out of the address bar').to.equal('');
    expect(win(frame).sessionStorage.getItem('okta-verify-signin-redirect'), 'nothing kept once used').to.equal(null);
  });

  it('a step the widget cannot render: "Continue on your organization\'s sign-in page", the username as login_hint, and back with code', async () => {
    const frame = await host();
    const el = widget(frame)!;
    (el.querySelector('input[name=username]') as HTMLInputElement).value = 'multi@example.com';
    (el.querySelector('input[name=password]') as HTMLInputElement).value = PASSWORD;
    el.querySelector('form')!.requestSubmit();
    await waitUntil(() => el.step === 'choose-authenticator' && !el.busy, 'the list', { timeout: 10000 });
    await el.updateComplete;
    stepRoot(frame).querySelector<HTMLButtonElement>('button[data-key=webauthn]')!.click();
    await waitUntil(() => el.step === 'unsupported' && !el.busy, 'a step it cannot render', { timeout: 10000 });
    await waitUntil(() => stepRoot(frame).querySelector('[part=continue-hosted]'), 'the way on');
    stepRoot(frame).querySelector<HTMLButtonElement>('[part=continue-hosted]')!.click();
    await loaded(frame, /\/v1\/authorize$/);
    expect(new URL(win(frame).location.href).searchParams.get('login_hint')).to.equal('multi@example.com');
    expect((doc(frame).querySelector('input[name=username]') as HTMLInputElement).value).to.equal('multi@example.com');
    (doc(frame).querySelector('input[name=password]') as HTMLInputElement).value = PASSWORD;
    const code = doc(frame).querySelector<HTMLInputElement>('input[name=code]');
    if (code) code.value = await totpCode('multi@example.com');
    doc(frame).querySelector('form')!.requestSubmit();
    await loaded(frame, /redirect-host\.html$/);
    await waitUntil(() => win(frame).signin?.success, 'signed in on the redirect URI', { timeout: 10000 });
    expect(win(frame).location.search).to.equal('');
  });

  it('a return whose state does not match is refused, with a way back to sign in', async () => {
    const frame = await host();
    win(frame).sessionStorage.setItem('okta-verify-signin-redirect', JSON.stringify({ state: 'mine', codeVerifier: 'v'.repeat(43) }));
    win(frame).location.href = `${HOST}?interaction_code=forged&state=theirs`;
    await waitUntil(() => widget(frame)?.step === 'terminal' && !widget(frame)!.busy, 'the forged return refused', { timeout: 10000 });
    expect(win(frame).signin.success).to.equal(undefined);
    expect(win(frame).location.search).to.equal('');
    await waitUntil(() => stepRoot(frame).querySelector('[part=restart]'), 'a way back');
  });
});
