/**
 * Changing an expired (or expiring) password: `/idp/idx/challenge/answer` on `reenroll-authenticator(-warning)`
 * checks the org's policy and answers a weak or reused password with Okta's messages on the field; `skip` puts
 * off an expiring one.
 */
import type { Context } from 'hono';
import { obj, str, type JsonObject } from '../body.js';
import type { SimState } from '../context.js';
import type { Transaction } from '../transactions.js';
import { PASSWORD_POLICY, type SimUser } from '../users.js';
import { MESSAGES } from './messages.js';
import type { RouteKit } from './route-kit.js';

/** The rules a candidate breaks, in Okta's wording for its policy message; empty when it is good. */
export function unmetRules(user: SimUser, candidate: string): string[] {
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

export function passwordHandlers(_state: SimState, kit: RouteKit) {
  return {
    change(c: Context, tx: Transaction, body: JsonObject) {
      const user = tx.user!;
      const candidate = str(obj(body.credentials).passcode);
      if (!candidate) return kit.fieldError(c, tx, 400, { 'credentials.passcode': MESSAGES.fieldBlank });
      const unmet = unmetRules(user, candidate);
      if (unmet.length) return kit.fieldError(c, tx, 400, { 'credentials.passcode': MESSAGES.passwordRequirements(unmet) });
      if (candidate === user.password) return kit.fieldError(c, tx, 400, { 'credentials.passcode': MESSAGES.passwordReused });
      user.password = candidate;
      user.passwordStatus = undefined;
      tx.passwordDone = true;
      return kit.continueSignIn(c, tx);
    },
    skip(c: Context, tx: Transaction) {
      tx.passwordDone = true;
      return kit.continueSignIn(c, tx);
    },
  };
}
