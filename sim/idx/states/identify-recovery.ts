/** "Forgot password?", step 1 (`identify-recovery`): the username, then the list of what can prove who it is. */
import { str } from '../../body.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import { choosable } from '../verify-parts.js';
import type { StateModule, StateOf } from './kit.js';

export const identifyRecovery: StateModule<StateOf<'identify-recovery'>> = {
  render(ctx) {
    const identify = form(ctx, 'identify-recovery', '/idp/idx/identify', [field(ctx, 'identifier', { name: 'identifier', label: 'Username', required: true })]);
    return { ...base(ctx), remediation: { type: 'array', value: [identify] }, ...tail(ctx) };
  },
  accepts: {
    identify(req) {
      const { tx } = req;
      const identifier = str(req.body.identifier).trim();
      if (!identifier) return req.fieldError({ identifier: MESSAGES.fieldBlank });
      const user = req.sim.users.get(identifier.toLowerCase());
      tx.user = user;
      // An unknown user, or one with nothing to recover with, reads like a failed sign-in: no username is revealed.
      if (!user || !choosable(tx).length) {
        tx.user = undefined;
        return req.render(401, { top: [MESSAGES.authenticationFailed] });
      }
      tx.state = { name: 'select-authenticator' };
      return req.render();
    },
  },
};
