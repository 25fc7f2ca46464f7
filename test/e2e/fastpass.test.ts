/**
 * Okta FastPass end to end: the real okta-auth-js against the simulator, whose virtual Okta Verify on this
 * computer listens on real loopback ports. From the first step with nothing typed and from the verify list;
 * Okta Verify not running, busy or failing; a custom URI and an app link opened by the device; going back;
 * and removal. Also same-device enrollment and a custom push app.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { OktaVerifySignin, SuccessDetail } from '../../src/index.js';
import { failOnUnhandledRejections } from '../helpers/rejections.js';
import { approvePush, requestLog, resetSim, setSimSettings, sim } from '../helpers/sim.js';
import { mount, nextEvent, signInWithPassword, sleep, stepButton, stepRoot, waitFor } from '../helpers/widget.js';

const FASTPASS_USER = 'fastpass@example.com';

/** The latest transaction's FastPass challenge, as the simulator tells it. */
async function fastPassOf(): Promise<NonNullable<Awaited<ReturnType<typeof sim.transactions>>[number]['fastPass']>> {
  const transactions = await sim.transactions();
  const latest = transactions.filter((t) => t.fastPass).at(-1);
  if (!latest?.fastPass) throw new Error('no FastPass challenge');
  return latest.fastPass;
}

/** The loopback requests the page made (they carry a port). */
async function loopbackRequests() {
  return (await requestLog()).filter((r) => (r as { port?: number }).port !== undefined);
}

async function pressFastPass(el: OktaVerifySignin): Promise<void> {
  stepButton(el, '[part=fastpass]').click();
  await waitUntil(() => el.busy || el.step !== 'identify', 'FastPass started');
}

describe('<okta-verify-signin> with Okta FastPass, against the simulator', () => {
  beforeEach(async () => {
    await resetSim();
    // A machine under load may take longer than Okta's 100 ms to answer a probe; a refused port still fails at once.
    await setSimSettings({ pollRefreshMs: 150, fastPass: true, fastPassProbeTimeoutMs: 3000 });
  });
  failOnUnhandledRejections();

  it('signs in from the first step with nothing typed: one press, Okta Verify on this computer answers over loopback', async () => {
    const el = await mount();
    expect(stepRoot(el).querySelector('[part=fastpass]')?.textContent?.trim()).to.equal('Sign in with Okta FastPass');
    const success = nextEvent<CustomEvent<SuccessDetail>>(el, 'okta-verify-success');
    await pressFastPass(el);
    const detail = (await success).detail;
    expect(detail.claims?.preferred_username ?? detail.claims?.email).to.equal(FASTPASS_USER);
    const loopback = await loopbackRequests();
    expect(loopback.filter((r) => r.method === 'POST' && r.path === '/challenge' && r.status === 200)).to.have.length(1);
  });

  it('signs in with FastPass chosen on the verify list, after the password', async () => {
    const el = await mount();
    await signInWithPassword(el, FASTPASS_USER);
    await waitFor(el, 'choose-authenticator');
    stepButton(el, 'button[data-key=okta_verify]').click();
    await waitFor(el, 'choose-method');
    expect(stepButton(el, 'button[data-method=signed_nonce]').textContent).to.contain('Use Okta FastPass');
    const success = nextEvent(el, 'okta-verify-success');
    stepButton(el, 'button[data-method=signed_nonce]').click();
    await success;
    const steps = (await requestLog()).filter((r) => r.path.startsWith('/idp/idx/')).map((r) => r.body as { authenticator?: { methodType?: string } } | undefined);
    expect(steps.some((b) => b?.authenticator?.methodType === 'signed_nonce')).to.equal(true);
  });

  it('Okta asks how to use Okta Verify, its only second factor left: FastPass is among its methods', async () => {
    await setSimSettings({ askOktaVerifyMethod: true });
    const el = await mount();
    await signInWithPassword(el, FASTPASS_USER);
    await waitFor(el, 'choose-method');
    const methods = [...stepRoot(el).querySelectorAll<HTMLButtonElement>('button[data-method]')].map((b) => b.dataset.method);
    expect(methods).to.deep.equal(['push', 'totp', 'signed_nonce']);
    expect(el.querySelector('input[name=autoChallenge]'), 'not offered beside other methods').to.equal(null);
    const success = nextEvent(el, 'okta-verify-success');
    stepButton(el, 'button[data-method=signed_nonce]').click();
    await success;
    const answers = (await requestLog()).filter((r) => r.path === '/idp/idx/challenge').map((r) => (r.body as { authenticator?: unknown }).authenticator);
    expect(answers).to.deep.include({ id: (answers[0] as { id: string }).id, methodType: 'signed_nonce' });
  });

  it('push alone: "Send push automatically" ticked is kept, and the next sign-in sends the push without asking', async () => {
    await setSimSettings({ askOktaVerifyMethod: true });
    const user = await sim.createUser({ oktaVerify: { totp: false } });
    for (const round of ['asked', 'automatic']) {
      const el = await mount();
      await signInWithPassword(el, user.username);
      if (round === 'asked') {
        await waitFor(el, 'choose-method');
        const box = el.querySelector<HTMLInputElement>('input[name=autoChallenge]')!;
        expect(box.checked).to.equal(false);
        box.click();
        stepButton(el, 'button[data-method=push]').click();
      }
      await waitFor(el, 'approve-push');
      const success = nextEvent(el, 'okta-verify-success');
      await approvePush(user.username);
      await success;
      el.remove();
    }
  });

  it('Okta Verify not running: Okta is told why, and the first step comes back with FastPass and the reason', async () => {
    await sim.setThisComputer({ running: false });
    const el = await mount();
    await pressFastPass(el);
    await waitUntil(() => el.step === 'identify' && !el.busy && !!stepRoot(el).querySelector('[part=messages] .error'), 'back on the first step, with the reason', { timeout: 8000 });
    const fastPass = await fastPassOf();
    expect(fastPass.status).to.equal('canceled');
    expect(fastPass.cancel).to.deep.equal({ reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null });
    expect(stepRoot(el).querySelector('[part=messages]')!.textContent).to.contain('Okta Verify didn’t respond on this device');
    expect(stepRoot(el).querySelector('[part=fastpass]'), 'FastPass can be tried again').to.not.equal(null);
    expect((await loopbackRequests()).filter((r) => r.path === '/challenge')).to.deep.equal([]);
  });

  it('a loopback challenge without ports reaches no app: Okta is told so at once, and the reason is shown', async () => {
    await sim.addFault({ path: '/idp/idx/authenticators/okta-verify/launch', json: { authenticatorChallenge: { value: { ports: null } } } });
    const el = await mount();
    await pressFastPass(el);
    await waitUntil(() => el.step === 'identify' && !el.busy && !!stepRoot(el).querySelector('[part=messages] .error'), 'back on the first step, with the reason', { timeout: 8000 });
    const cancels = (await requestLog()).filter((r) => r.path === '/idp/idx/authenticators/poll/cancel');
    expect(cancels.map((r) => (r.body as { reason?: string }).reason)).to.deep.equal(['OV_UNREACHABLE_BY_LOOPBACK']);
    expect(await loopbackRequests()).to.deep.equal([]);
  });

  it('the first ports are busy (503) or silent: the one that answers gets the challenge', async () => {
    const { ports } = await sim.thisComputer();
    await sim.setThisComputer({ busyPorts: [ports[0]!], answeringPorts: [ports[0]!, ports.at(-1)!] });
    const el = await mount();
    const success = nextEvent(el, 'okta-verify-success');
    await pressFastPass(el);
    await success;
    const challenges = (await loopbackRequests()).filter((r) => r.method === 'POST' && r.path === '/challenge');
    expect(challenges.map((r) => [(r as { port?: number }).port, r.status])).to.deep.equal([[ports.at(-1), 200]]);
  });

  it('Okta Verify fails the challenge: OV_RETURNED_ERROR with its status, and a way on', async () => {
    await sim.setThisComputer({ challengeError: 500 });
    const el = await mount();
    await pressFastPass(el);
    await waitUntil(() => el.step === 'identify' && !el.busy && !!stepRoot(el).querySelector('[part=messages] .error'), 'back on the first step, with the reason', { timeout: 8000 });
    expect((await fastPassOf()).cancel).to.deep.equal({ reason: 'OV_RETURNED_ERROR', statusCode: 500 });
    expect(stepRoot(el).querySelector('[part=messages]')!.textContent).to.contain('couldn’t verify you');
  });

  it('biometrics required but not used: Okta\'s message, and "Start over" leads back to sign in', async () => {
    await sim.setThisComputer({ userVerification: 'fail' });
    const el = await mount();
    await pressFastPass(el);
    await waitFor(el, 'terminal');
    expect(stepRoot(el).querySelector('[part=messages]')!.textContent).to.contain('biometrics');
    stepButton(el, '[part=restart]').click();
    await waitFor(el, 'identify');
  });

  it('custom URI: the browser is asked to open Okta Verify without leaving the page; the device opens it and the sign-in completes', async () => {
    await setSimSettings({ fastPassMethod: 'CUSTOM_URI' });
    const el = await mount();
    await pressFastPass(el);
    await waitFor(el, 'use-fastpass');
    const frame = stepRoot(el).querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.match(/^com-okta-authenticator:/);
    stepButton(el, '[part=retry]').click();
    await el.updateComplete;
    expect(stepRoot(el).querySelector('iframe'), 'a new frame asks again').to.not.equal(frame);
    const success = nextEvent(el, 'okta-verify-success');
    await sim.openOktaVerify();
    await success;
  });

  it('app link: an "Open Okta Verify" link the user follows; the device answers and the page polls to the end', async () => {
    await setSimSettings({ fastPassMethod: 'APP_LINK' });
    const el = await mount();
    await pressFastPass(el);
    await waitFor(el, 'use-fastpass');
    const link = stepRoot(el).querySelector<HTMLAnchorElement>('a[part=open]')!;
    expect(link.href).to.contain('/sim/okta-verify/launch?challengeRequest=');
    const success = nextEvent(el, 'okta-verify-success');
    await sim.openOktaVerify();
    await success;
  });

  it('"Back to sign in" while Okta Verify is asked: the challenge is withdrawn first, and nothing polls after', async () => {
    await setSimSettings({ fastPassMethod: 'CUSTOM_URI' });
    const el = await mount();
    await pressFastPass(el);
    await waitFor(el, 'use-fastpass');
    stepButton(el, '[part=cancel]').click();
    await waitFor(el, 'identify');
    const log = await requestLog();
    const cancels = log.filter((r) => r.path === '/idp/idx/authenticators/poll/cancel');
    expect(cancels.map((r) => (r.body as { reason?: string }).reason)).to.deep.equal(['USER_CANCELED']);
    expect(log.indexOf(cancels[0]!), 'withdrawn before the transaction is').to.be.below(log.findIndex((r) => r.path === '/idp/idx/cancel'));
    const after = (await requestLog()).length;
    await sleep(600);
    const polls = (await requestLog()).slice(after).filter((r) => r.path === '/idp/idx/authenticators/poll');
    expect(polls).to.deep.equal([]);
    // The app opened later finds nothing to answer.
    expect(await sim.openOktaVerify().then(() => 'answered', () => 'refused')).to.equal('refused');
  });

  it('removed while FastPass starts: no probe, challenge or poll leaves the page', async () => {
    await sim.addFault({ path: '/idp/idx/authenticators/okta-verify/launch', delayMs: 300 });
    const el = await mount();
    await pressFastPass(el);
    el.remove();
    await sleep(1000);
    expect(await loopbackRequests()).to.deep.equal([]);
    expect((await requestLog()).filter((r) => r.path === '/idp/idx/authenticators/poll')).to.deep.equal([]);
  });

  it('same-device enrollment: install Okta Verify here, with the org address; the device enrolls and the sign-in goes on', async () => {
    const el = await mount();
    await signInWithPassword(el, 'samedevice@example.com');
    await waitFor(el, 'choose-authenticator');
    stepButton(el, 'button[data-key=okta_verify]').click();
    await waitFor(el, 'set-up-on-this-device');
    expect(stepRoot(el).querySelector('[part=org-url]')?.textContent).to.contain(location.host);
    const enrolled = nextEvent(el, 'okta-verify-step');
    await sim.enroll('samedevice@example.com');
    await enrolled;
  });

  it('a custom push app: the push step under its own name and logo, approved on the device', async () => {
    const el = await mount();
    await signInWithPassword(el, 'custompush@example.com');
    await waitUntil(() => !el.busy && (el.step === 'approve-push' || el.step === 'choose-authenticator'), 'push or list', { timeout: 8000 });
    if (el.step === 'choose-authenticator') {
      stepButton(el, 'button[data-key=custom_app]').click();
      await waitFor(el, 'approve-push');
    }
    expect(stepRoot(el).querySelector('[part=app]')?.textContent).to.contain('Acme Push');
    expect(stepRoot(el).querySelector('img[part=logo]')).to.not.equal(null);
    const success = nextEvent(el, 'okta-verify-success');
    await approvePush('custompush@example.com');
    await success;
  });
});
