/**
 * What the page keeps in sessionStorage across loads: a saved transaction (`persist`), and what a return to
 * the redirect URI needs while the browser is away. The widget's first render looks at both (to show the first
 * step, or not); the flow's chunk (`signin-kit.ts`) writes and takes them.
 */

/**
 * okta-auth-js's own name for the saved transaction (`TRANSACTION_STORAGE_KEY` of flow/auth-client.ts, which
 * a test compares), written here so that the first render does not carry the client's module.
 */
export const SAVED_TRANSACTION_KEY = 'okta-transaction-storage';

export const REDIRECT_STORAGE_KEY = 'okta-verify-signin-redirect';

export function hasSavedTransaction(): boolean {
  try {
    return !!sessionStorage.getItem(SAVED_TRANSACTION_KEY);
  } catch {
    return false; // storage blocked: nothing to resume
  }
}

export function hasSavedRedirect(): boolean {
  try {
    return !!sessionStorage.getItem(REDIRECT_STORAGE_KEY);
  } catch {
    return false;
  }
}

export function forgetRedirect(): void {
  try {
    sessionStorage.removeItem(REDIRECT_STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was kept.
  }
}
