/**
 * IDX responses for password expiry: `reenroll-authenticator` (expired: change it now) and
 * `reenroll-authenticator-warning` (about to expire: change it, or `skip`), with the org's rules in the
 * password authenticator's `settings`, as Okta's captures `authenticator-expired-password.json` and
 * `authenticator-expiry-warning-password.json` have them.
 */
import { CATALOG, DAYS_TO_EXPIRY, PASSWORD_POLICY, type SimUser } from '../users.js';
import { MESSAGES } from './messages.js';
import { base, field, form, tail, type Json, type RenderContext } from './response-parts.js';

export function renderPasswordChange(ctx: RenderContext, user: SimUser, warning: boolean): Json {
  const name = warning ? 'reenroll-authenticator-warning' : 'reenroll-authenticator';
  const change = form(
    ctx,
    name,
    '/idp/idx/challenge/answer',
    [{ name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label: 'New password', secret: true })] }, required: true }],
    { relatesTo: ['$.currentAuthenticator'] },
  );
  const remediations = [change];
  if (warning) remediations.push(form(ctx, 'skip', '/idp/idx/skip', []));
  const c = CATALOG.okta_password;
  const settings: Json = { ...PASSWORD_POLICY, ...(warning ? { daysToExpiry: DAYS_TO_EXPIRY } : {}) };
  const out: Json = {
    ...base(ctx),
    remediation: { type: 'array', value: remediations },
    currentAuthenticator: { type: 'object', value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'password' }], settings } },
    ...tail(ctx),
  };
  // The expiry warning says what happens; field errors of a rejected password come on top of it.
  if (warning && !ctx.messages?.top?.length) out.messages = { type: 'array', value: [MESSAGES.passwordExpiring(user)] };
  return out;
}
