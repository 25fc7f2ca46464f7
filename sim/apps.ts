/**
 * The org's OIDC apps and what each one's sign-in policy asks. The demo app signs in with username and
 * password on one page; the identifier-first app asks for the username alone, then the password as a step
 * of its own, and ends a password reset on Okta's "sign in again" message instead of signing the user in.
 * Both route to the org's identity provider while the org setting `idp` is on.
 */
export const DEFAULT_CLIENT_ID = 'okta-verify-signin-demo';
export const IDENTIFIER_FIRST_CLIENT_ID = 'okta-verify-signin-identifier-first';

export interface AppPolicy {
  label: string;
  /** Identify asks for the username only; the password is a challenge of its own. */
  identifierFirst: boolean;
  /** After a password reset: sign the user in, or end with `idx.recovery.completed`. */
  afterRecovery: 'sign-in' | 'terminal';
  /** Identify offers the org's identity provider (when the org setting `idp` is on). */
  idp: boolean;
}

const APPS: Record<string, AppPolicy> = {
  [DEFAULT_CLIENT_ID]: { label: 'okta-verify-signin demo', identifierFirst: false, afterRecovery: 'sign-in', idp: true },
  [IDENTIFIER_FIRST_CLIENT_ID]: { label: 'okta-verify-signin identifier-first demo', identifierFirst: true, afterRecovery: 'terminal', idp: true },
};

export const APP_CLIENT_IDS = Object.keys(APPS);

/** An app's policy; a client id the org accepts without an app of its own (`--any-client`) gets the demo app's. */
export function appPolicy(clientId: string): AppPolicy {
  return APPS[clientId] ?? APPS[DEFAULT_CLIENT_ID]!;
}

/** The org's identity provider, as `redirect-idp` names it. */
export const IDP = { id: '0oasimidp0000000001', type: 'OIDC', name: 'Example IdP' } as const;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The redirect URIs every app has registered: any on the org's own origin (the demo, the tests and Storybook
 * serve the simulator on the page's origin) or on a loopback host (an app beside `okta-verify-sim`).
 * Nothing else is ever redirected to.
 */
export function isRegisteredRedirect(orgOrigin: string, uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.origin === orgOrigin || LOOPBACK.has(url.hostname);
}
