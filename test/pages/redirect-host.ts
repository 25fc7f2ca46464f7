/**
 * A page that is its own redirect URI, for the round trips through an identity provider or the org's sign-in
 * page: the tests load it in an iframe, which may leave and come back. What the widget tells the page is kept
 * on `window.signin` for the test to read.
 */
import '../../src/define.js';
import type { ErrorDetail, SuccessDetail } from '../../src/index.js';

declare global {
  interface Window {
    signin: { success?: SuccessDetail; errors: ErrorDetail[]; steps: string[] };
  }
}

window.signin = { errors: [], steps: [] };
const el = document.createElement('okta-verify-signin');
el.issuer = `${location.origin}/oauth2/default`;
el.clientId = 'okta-verify-signin-demo';
el.redirectUri = `${location.origin}${location.pathname}`;
el.addEventListener('okta-verify-success', (e) => (window.signin.success = e.detail));
el.addEventListener('okta-verify-error', (e) => window.signin.errors.push(e.detail));
el.addEventListener('okta-verify-step', (e) => window.signin.steps.push(e.detail.step));
document.body.append(el);
