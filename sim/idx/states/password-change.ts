/**
 * Changing an expired (`reenroll-authenticator`) or expiring (`reenroll-authenticator-warning`, with `skip`)
 * password, with the org's rules in the password authenticator's `settings`, as Okta's captures
 * `authenticator-expired-password.json` and `authenticator-expiry-warning-password.json` have them. A weak or
 * reused password gets Okta's messages on the field.
 */
import { obj, str } from '../../body.js';
import { CATALOG, DAYS_TO_EXPIRY, PASSWORD_POLICY, type SimUser } from '../../users.js';
import { MESSAGES, type IdxMessage } from '../messages.js';
import { base, field, form, tail, type Json } from '../response-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { continueSignIn } from './transitions.js';

/** The rules a candidate breaks, in Okta's wording for its policy message; empty when it is good. */
function unmetRules(user: SimUser, candidate: string): string[] {
  const c = PASSWORD_POLICY.complexity;
  const unmet: string[] = [];
  const count = (re: RegExp) => (candidate.match(re) ?? []).length;
  if (candidate.length < c.minLength) unmet.push(`at least ${c.minLength} characters`);
  if (count(/[a-z]/g) < c.minLowerCase) unmet.push('a lowercase letter');
  if (count(/[A-Z]/g) < c.minUpperCase) unmet.push('an uppercase letter');
  if (count(/\d/g) < c.minNumber) unmet.push('a number');
  if (c.minSymbol && count(/[^A-Za-z0-9]/g) < c.minSymbol) unmet.push('a symbol');
  if (c.excludeUsername) {
    const parts = user.username.toLowerCase().split(/[@.+_-]/).filter((p) => p.length >= 3);
    if (parts.some((p) => candidate.toLowerCase().includes(p))) unmet.push('no parts of your username');
  }
  return unmet;
}

/** The password authenticator with the org's policy in `settings` (and the days left, for an expiring one). */
export function passwordAuthenticator(expiring: boolean): Json {
  const c = CATALOG.okta_password;
  const settings: Json = { ...PASSWORD_POLICY, ...(expiring ? { daysToExpiry: DAYS_TO_EXPIRY } : {}) };
  return { type: 'object', value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'password' }], settings } };
}

/**
 * Takes the new password in `credentials.passcode` when the policy allows it; else the field error, with the
 * policy message `requirements` words (Okta's key differs between a change and a reset).
 */
export function setNewPassword(req: StateRequest, requirements: (unmet: string[]) => IdxMessage): Response | undefined {
  const user = req.tx.user!;
  const candidate = str(obj(req.body.credentials).passcode);
  if (!candidate) return req.fieldError({ 'credentials.passcode': MESSAGES.fieldBlank });
  const unmet = unmetRules(user, candidate);
  if (unmet.length) return req.fieldError({ 'credentials.passcode': requirements(unmet) });
  if (candidate === user.password) return req.fieldError({ 'credentials.passcode': MESSAGES.passwordReused });
  user.password = candidate;
  user.passwordStatus = undefined;
  return undefined;
}

export const passwordChange: StateModule<StateOf<'password-change'>> = {
  render(ctx, { warning }) {
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
    const out: Json = {
      ...base(ctx),
      remediation: { type: 'array', value: remediations },
      currentAuthenticator: passwordAuthenticator(warning),
      ...tail(ctx),
    };
    // The expiry warning says what happens; field errors of a rejected password come on top of it.
    if (warning && !ctx.messages?.top?.length) out.messages = { type: 'array', value: [MESSAGES.passwordExpiring(ctx.tx.user)] };
    return out;
  },
  accepts: {
    answer(req) {
      const refused = setNewPassword(req, MESSAGES.passwordRequirements);
      if (refused) return refused;
      req.tx.passwordDone = true;
      return continueSignIn(req);
    },
    /** Only an expiring password can be changed later. */
    skip(req) {
      if (!req.state.warning) return req.reject();
      req.tx.passwordDone = true;
      return continueSignIn(req);
    },
  },
};
