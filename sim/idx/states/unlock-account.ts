/**
 * "Unlock account?" (`select-authenticator-unlock-account`, as `user-unlock-account.json`): the username and
 * the authenticator that proves it, among the org's unlock authenticators. The challenge follows; once it is
 * answered the account is unlocked (`user-account-unlock-success.json`). A user who cannot be unlocked that
 * way gets Okta's `error-unlock-account.json`.
 */
import { str } from '../../body.js';
import { CATALOG, RECOVERY } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import { authenticatorOptions } from '../verify-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { chosen, startChallenge } from './transitions.js';

export const unlockAccount: StateModule<StateOf<'unlock-account'>> = {
  render(ctx) {
    const keys = [...RECOVERY];
    const unlock = form(ctx, 'select-authenticator-unlock-account', '/idp/idx/challenge', [
      field(ctx, 'identifier', { name: 'identifier', label: 'Username', required: true }),
      { name: 'authenticator', type: 'object', options: authenticatorOptions(undefined, keys, 'authenticatorEnrollments') },
    ]);
    const org = keys.map((key) => {
      const c = CATALOG[key];
      return { type: c.type, key, id: c.id, displayName: c.displayName, methods: c.methods.map((type) => ({ type })) };
    });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [unlock] },
      authenticators: { type: 'array', value: org },
      authenticatorEnrollments: { type: 'array', value: org.map(({ type, key, methods }) => ({ type, key, methods })) },
      ...tail(ctx),
    };
  },
  accepts: {
    challenge(req) {
      const { tx } = req;
      const identifier = str(req.body.identifier).trim();
      if (!identifier) return req.fieldError({ identifier: MESSAGES.fieldBlank });
      const choice = chosen(req, [...RECOVERY]);
      if (!choice) return req.reject(MESSAGES.invalidAuthenticator);
      const user = req.sim.users.get(identifier.toLowerCase());
      if (!user || !user.authenticators.includes(choice.key) || (choice.key === 'okta_verify' && !user.oktaVerify?.methods.includes(choice.method))) {
        return req.end(MESSAGES.unlockFailed, 403);
      }
      tx.user = user;
      startChallenge(req, choice.key, choice.method);
      return req.render();
    },
  },
};
