/**
 * "Forgot password?", last step (`reset-authenticator`, as `authenticator-reset-password.json`): the new
 * password under the org's policy, and "Sign me out of all other devices". Then, as the app's policy says,
 * the user is signed in, or the transaction ends with `idx.recovery.completed`. A locked account is unlocked.
 */
import { obj } from '../../body.js';
import { appPolicy } from '../../apps.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { passwordAuthenticator, setNewPassword } from './password-change.js';
import { continueSignIn } from './transitions.js';

export const resetPassword: StateModule<StateOf<'reset-password'>> = {
  render(ctx) {
    const reset = form(ctx, 'reset-authenticator', '/idp/idx/challenge/answer', [
      {
        name: 'credentials',
        type: 'object',
        form: { value: [
          field(ctx, 'credentials.passcode', { name: 'passcode', label: 'New password', secret: true }),
          { name: 'revokeSessions', type: 'boolean', label: 'Sign me out of all other devices' },
        ] },
        required: true,
      },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return { ...base(ctx), remediation: { type: 'array', value: [reset] }, currentAuthenticator: passwordAuthenticator(false), ...tail(ctx) };
  },
  accepts: {
    answer(req) {
      const { tx, sim } = req;
      const refused = setNewPassword(req, MESSAGES.passwordRequirementsNotMet);
      if (refused) return refused;
      const user = tx.user!;
      user.locked = false;
      user.failedCodes = 0;
      if (obj(req.body.credentials).revokeSessions === true) {
        for (const other of sim.transactions.live(sim.now(), user.username)) if (other !== tx) other.expiresAt = sim.now();
      }
      if (appPolicy(tx.client.clientId).afterRecovery === 'terminal') return req.end(MESSAGES.recoveryCompleted, 200);
      tx.flow = 'sign-in';
      tx.passwordDone = true;
      tx.verified.add('okta_password');
      tx.amr.add('pwd');
      return continueSignIn(req);
    },
  },
};
