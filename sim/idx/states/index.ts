/**
 * Every transaction state, by name: what it renders and which requests it accepts.
 *
 * Adding a state is its `TxState` variant, one module in this folder (its `render` and `accepts`) and one
 * line here; the table is exhaustive over `TxState['name']`, so a state without a module does not compile.
 */
import type { TxState } from '../../transactions.js';
import type { Json, RenderContext } from '../response-parts.js';
import { challenge } from './challenge.js';
import { enrollAddress } from './enroll-address.js';
import { enrollCode } from './enroll-code.js';
import { enrollPhone } from './enroll-phone.js';
import { enroll } from './enroll.js';
import { fastpass } from './fastpass.js';
import { identifyRecovery } from './identify-recovery.js';
import { identify } from './identify.js';
import { keepMeSignedIn } from './keep-me-signed-in.js';
import type { StateModule, StateTable } from './kit.js';
import { passwordChange } from './password-change.js';
import { pushRejected } from './push-rejected.js';
import { resetPassword } from './reset-password.js';
import { selectAuthenticator } from './select-authenticator.js';
import { selectEnroll } from './select-enroll.js';
import { success } from './success.js';
import { unlockAccount } from './unlock-account.js';
import { verificationData } from './verification-data.js';

export const STATES: StateTable = {
  identify,
  'select-authenticator': selectAuthenticator,
  challenge,
  'push-rejected': pushRejected,
  'password-change': passwordChange,
  'select-enroll': selectEnroll,
  enroll,
  'enroll-address': enrollAddress,
  'identify-recovery': identifyRecovery,
  'unlock-account': unlockAccount,
  'reset-password': resetPassword,
  'enroll-phone': enrollPhone,
  'enroll-code': enrollCode,
  fastpass,
  'verification-data': verificationData,
  'keep-me-signed-in': keepMeSignedIn,
  success,
};

/** The module of the transaction's current state, typed for that state. */
export function moduleOf<S extends TxState>(state: S): StateModule<S> {
  return STATES[state.name] as unknown as StateModule<S>;
}

/** The IDX response for the transaction's current state. */
export function renderState(ctx: RenderContext): Json {
  return moduleOf(ctx.tx.state).render(ctx, ctx.tx.state);
}
