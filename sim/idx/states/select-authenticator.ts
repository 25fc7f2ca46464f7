/** The second factor: the "verify with" list of the user's authenticators (`select-authenticator-authenticate`). */
import { base, tail } from '../response-parts.js';
import { directory, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { verifyWith } from './transitions.js';

export const selectAuthenticator: StateModule<StateOf<'select-authenticator'>> = {
  render(ctx) {
    const user = ctx.tx.user!;
    return { ...base(ctx), remediation: { type: 'array', value: [verifyList(ctx, user)] }, ...directory(user), ...tail(ctx) };
  },
  accepts: { challenge: verifyWith },
};
