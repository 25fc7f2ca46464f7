/**
 * Runs inside a page served with a strict Content-Security-Policy and Trusted Types (see csp.test.ts): a whole
 * sign-in with a code, driven through the DOM, reporting every policy violation to the test page.
 */
import '../../src/define.js';
import type { OktaVerifySignin } from '../../src/index.js';

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

async function signIn(method: 'totp' | 'push'): Promise<void> {
  const el = document.createElement('okta-verify-signin') as OktaVerifySignin;
  el.setAttribute('issuer', `${location.origin}/oauth2/default`);
  el.setAttribute('client-id', 'okta-verify-signin-demo');
  document.body.append(el);
  const step = () => el.querySelector('[data-ovs-step]') as HTMLElement | null;
  const ready = (name: string) => () => el.step === name && !el.busy && !el.starting;
  await until(ready('identify'), 'identify');
  (el.querySelector('input[name=username]') as HTMLInputElement).value = 'verified@example.com';
  (el.querySelector('input[name=password]') as HTMLInputElement).value = 'Okta-Verify-1';
  el.querySelector('form')!.requestSubmit();
  const button = async (selector: string) => {
    await until(() => !!step()?.shadowRoot?.querySelector(selector), selector);
    return step()!.shadowRoot!.querySelector<HTMLButtonElement>(selector)!;
  };
  await until(ready('select-authenticator'), 'the list');
  (await button('button[data-key=okta_verify]')).click();
  await until(ready('okta-verify-method'), 'the method');
  (await button(`button[data-method=${method}]`)).click();
  if (method === 'totp') {
    await until(() => ready('okta-verify-code')() && !!el.querySelector('input[name=code]'), 'the code step');
    const { code } = (await (await fetch('/sim/users/verified@example.com/totp')).json()) as { code: string };
    (el.querySelector('input[name=code]') as HTMLInputElement).value = code;
    el.querySelector('form')!.requestSubmit();
  } else {
    await until(() => el.step === 'okta-verify-push', 'the push step');
    for (let i = 0; i < 100 && !(await fetch('/sim/users/verified@example.com/push')).ok; i++) await new Promise((r) => setTimeout(r, 50));
    await fetch('/sim/users/verified@example.com/push/approve', { method: 'POST' });
  }
  await until(() => el.step === 'success', 'success');
  el.remove();
}

signIn('totp')
  .then(() => signIn('push'))
  .then(
    () => parent.postMessage({ kind: 'csp-result', success: true, violations, rejections }, '*'),
    (error: Error) => parent.postMessage({ kind: 'csp-result', success: false, error: String(error), violations, rejections }, '*'),
  );
