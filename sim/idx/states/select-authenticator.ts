/**
 * The "verify with" list (`select-authenticator-authenticate`): a second factor when signing in, or, for a
 * forgotten password, what proves who the user is, with the password being recovered as
 * `recoveryAuthenticator` (`authenticator-verification-select-authenticator-for-recovery.json`).
 */
import { base, tail } from '../response-parts.js';
import { directory, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { passwordAuthenticator } from './password-change.js';
import { verifyWith } from './transitions.js';

export const selectAuthenticator: StateModule<StateOf<'select-authenticator'>> = {
  render(ctx) {
    const recovering = ctx.tx.flow === 'recovery' ? { recoveryAuthenticator: passwordAuthenticator(false) } : {};
    return { ...base(ctx), remediation: { type: 'array', value: [verifyList(ctx)] }, ...directory(ctx), ...recovering, ...tail(ctx) };
  },
  accepts: { challenge: verifyWith },
};
