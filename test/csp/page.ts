/**
 * Runs inside a page served with a strict Content-Security-Policy and Trusted Types (see csp.test.ts): first a
 * canary that the policy is really in force (eval and a plain innerHTML are refused), then whole sign-ins with
 * a code, with a push, and an Okta Verify enrollment from the QR code (a data: image), driven through the DOM,
 * reporting every policy violation to the test page.
 */
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';
import { readQr } from '../helpers/qr.js';

const violations: string[] = [];
const rejections: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
window.addEventListener('unhandledrejection', (e) => rejections.push(String(e.reason)));

const until = async (test: () => boolean, what: string, ms = 10000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

/** The policy is in force: eval throws, and so does innerHTML with a plain string. Their reports are expected. */
async function canary(): Promise<void> {
  let evalError: unknown;
  try {
    // eslint-disable-next-line no-eval
    (0, eval)('1');
  } catch (error) {
    evalError = error;
  }
  if (!(evalError instanceof EvalError)) throw new Error(`eval('1') was not refused: ${String(evalError)}`);
  let sinkError: unknown;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch (error) {
    sinkError = error;
  }
  if (!(sinkError instanceof TypeError)) throw new Error(`innerHTML with a string was not refused by Trusted Types: ${String(sinkError)}`);
  await until(() => violations.length >= 2, "the canary's two reports");
  const expected = violations.splice(0, violations.length);
  // Trusted Types refuses a string for eval before script-src does; either report will do.
  if (!expected.some((v) => /^(script-src|require-trusted-types-for) .*eval/.test(v)) || !expected.some((v) => /^require-trusted-types-for .*innerHTML/.test(v))) {
    throw new Error(`unexpected canary reports: ${expected.join(' | ')}`);
  }
}

/** Mounts the widget and submits the username and password; then `step`, `ready` and `button` drive it on. */
async function passwordIn(username: string) {
  const el = document.createElement('okta-verify-signin') as OktaVerifySignin;
  el.setAttribute('issuer', `${location.origin}/oauth2/default`);
  el.setAttribute('client-id', 'okta-verify-signin-demo');
  document.body.append(el);
  const step = () => el.querySelector('[data-ovs-step]') as HTMLElement | null;
  const ready = (name: string) => () => el.step === name && !el.busy && !el.starting;
  const button = async (selector: string) => {
    await until(() => !!step()?.shadowRoot?.querySelector(selector), selector);
    return step()!.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
  };
  await until(ready('identify'), 'identify');
  (el.querySelector('input[name=username]') as HTMLInputElement).value = username;
  (el.querySelector('input[name=password]') as HTMLInputElement).value = 'Okta-Verify-1';
  el.querySelector('form')!.requestSubmit();
  return { el, step, ready, button };
}

/** A new user sets up Okta Verify from the QR code, read from the image's pixels as the phone would. */
async function enrollByQr(): Promise<void> {
  const { el, step, ready, button } = await passwordIn('new@example.com');
  await until(ready('choose-authenticator'), 'the enrollment list');
  (await button('button[data-key=okta_verify]')).click();
  await until(() => ready('scan-qr-code')() && !!step()?.shadowRoot?.querySelector('img[part=qr-code]'), 'the QR code');
  const img = step()!.shadowRoot!.querySelector<HTMLImageElement>('img[part=qr-code]')!;
  if (!img.src.startsWith('data:image/')) throw new Error(`the QR code is not a data: image: ${img.src.slice(0, 40)}`);
  const link = await readQr(img);
  const enrolled = await fetch('/sim/users/new@example.com/enroll', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ link }) });
  if (!enrolled.ok) throw new Error(`enroll: HTTP ${enrolled.status}`);
  await until(() => el.step === 'success', 'success after the enrollment');
  el.remove();
}

async function signIn(method: 'totp' | 'push'): Promise<void> {
  const { el, ready, button } = await passwordIn('verified@example.com');
  await until(ready('choose-authenticator'), 'the list');
  (await button('button[data-key=okta_verify]')).click();
  await until(ready('choose-method'), 'the method');
  (await button(`button[data-method=${method}]`)).click();
  if (method === 'totp') {
    await until(() => ready('enter-code')() && !!el.querySelector('input[name=code]'), 'the code step');
    const { code } = (await (await fetch('/sim/users/verified@example.com/totp')).json()) as { code: string };
    (el.querySelector('input[name=code]') as HTMLInputElement).value = code;
    el.querySelector('form')!.requestSubmit();
  } else {
    await until(() => el.step === 'approve-push', 'the push step');
    for (let i = 0; i < 100 && !(await fetch('/sim/users/verified@example.com/push')).ok; i++) await new Promise((r) => setTimeout(r, 50));
    await fetch('/sim/users/verified@example.com/push/approve', { method: 'POST' });
  }
  await until(() => el.step === 'success', 'success');
  el.remove();
}

canary()
  .then(() => signIn('totp'))
  .then(() => signIn('push'))
  .then(() => enrollByQr())
  .then(
    () => parent.postMessage({ kind: 'csp-result', success: true, violations, rejections }, '*'),
    (error: Error) => parent.postMessage({ kind: 'csp-result', success: false, error: String(error), violations, rejections }, '*'),
  );
