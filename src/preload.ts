/**
 * `import 'okta-verify-signin/preload'` first in an app's entry: the SDK chunk starts loading as the entry runs,
 * before the app renders the widget, instead of when the widget first renders. The widget then imports the
 * same chunk, already on its way or there. A failed load is left to the widget, which tries again on first use.
 */
import('./flow/minimal-client.js').catch(() => {});

export {};
