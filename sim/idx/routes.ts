/**
 * Okta's IDX endpoints (`/idp/idx/*`). Each remediation posts `{ stateHandle, ... }`; the route finds the
 * transaction, moves its state, and answers with the IDX JSON of the new state — or, for bad input, with the
 * same state plus Okta's messages and a 4xx, which okta-auth-js turns into a transaction with messages.
 */
import type { Context, Hono } from 'hono';
import { MALFORMED, obj, readJson, str, type JsonObject } from '../body.js';
import { originOf, type SimState } from '../context.js';
import { createPush, verifyCode, withdraw } from '../device.js';
import type { Transaction } from '../transactions.js';
import { CATALOG, pendingEnrollments, userMethods } from '../users.js';
import { enrollmentHandlers, registerEnrollRoutes } from './enroll-routes.js';
import { passwordHandlers } from './password-routes.js';
import type { RouteKit, Status } from './route-kit.js';
import { MESSAGES, type IdxMessage } from './messages.js';
import type { RenderMessages } from './response-parts.js';
import { renderState, renderTerminal } from './responses.js';

export function registerIdxRoutes(app: Hono, state: SimState): void {
  const render = (c: Context, tx: Transaction, status: Status = 200, messages?: RenderMessages) =>
    c.json(renderState({ origin: originOf(c), tx, pollRefreshMs: state.settings.pollRefreshMs, messages }), status);

  const terminal = (c: Context, message: IdxMessage, status: Status, expiresAt?: number) => c.json(renderTerminal(message, expiresAt), status);

  /** The same state again with a top-level error: the request does not fit where the transaction stands. */
  const reject = (c: Context, tx: Transaction, message: IdxMessage = MESSAGES.unexpectedStep) => render(c, tx, 400, { top: [message] });

  /** A field left blank, or a wrong value, tied to the field so clients can show it there. */
  const fieldError = (c: Context, tx: Transaction, status: Status, fields: Record<string, IdxMessage>) => render(c, tx, status, { fields });

  /** Runs a remediation on the transaction named by the body's `stateHandle`. */
  const remediation = (handler: (c: Context, tx: Transaction, body: JsonObject) => Response | Promise<Response>) => async (c: Context) => {
    const body = await readJson(c);
    if (body === MALFORMED) return terminal(c, MESSAGES.malformedRequest, 400);
    const tx = state.transactions.byStateHandle(body.stateHandle);
    if (!tx) return terminal(c, MESSAGES.sessionExpired, 401);
    if (tx.expiresAt <= state.now()) {
      state.transactions.remove(tx);
      return terminal(c, MESSAGES.sessionExpired, 401, tx.expiresAt);
    }
    return handler(c, tx, body);
  };

  const succeed = (c: Context, tx: Transaction) => {
    tx.state = { name: 'success' };
    state.transactions.issueCode(tx);
    return render(c, tx);
  };

  /** A push still waiting on the device is withdrawn when the transaction moves on. */
  const withdrawPush = (tx: Transaction) => withdraw(tx.push);

  /** Sends a new push to the user's device; this sign-in's earlier one is withdrawn, other sign-ins' stay. */
  const startPush = (tx: Transaction, autoChallenge = false) => {
    withdraw(tx.push);
    tx.push = createPush(tx.user!, tx.id, state.now(), state.settings.pushTimeoutMs);
    tx.state = { name: 'challenge', key: 'okta_verify', method: 'push', autoChallenge };
  };

  /**
   * After the password: an expired (or expiring) password first, then the authenticators the org asks the user
   * to set up, then the second factor — or success. An enrollment done in this sign-in is its second factor.
   */
  const continueSignIn = (c: Context, tx: Transaction) => {
    const user = tx.user!;
    if (user.passwordStatus && !tx.passwordDone) {
      tx.state = { name: 'password-change', warning: user.passwordStatus === 'expiring' };
      return render(c, tx);
    }
    const pending = pendingEnrollments(user, !!tx.enrollSkipped);
    if (pending.required.length || pending.optional.length) {
      tx.state = { name: 'select-enroll' };
      return render(c, tx);
    }
    if (tx.enrolled || !user.authenticators.some((k) => k !== 'okta_password')) return succeed(c, tx);
    if (user.oktaVerify?.autoChallenge && userMethods(user, 'okta_verify').includes('push')) {
      startPush(tx, true);
      return render(c, tx);
    }
    tx.state = { name: 'select-authenticator' };
    return render(c, tx);
  };

  app.post('/idp/idx/introspect', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return terminal(c, MESSAGES.malformedRequest, 400);
    const tx = state.transactions.byInteractionHandle(body.interactionHandle) ?? state.transactions.byStateHandle(body.stateToken);
    if (!tx || tx.expiresAt <= state.now()) return terminal(c, MESSAGES.sessionExpired, 401, tx?.expiresAt);
    return render(c, tx);
  });

  app.post('/idp/idx/identify', remediation((c, tx, body) => {
    if (tx.state.name !== 'identify') return reject(c, tx);
    const identifier = str(body.identifier).trim();
    const passcode = str(obj(body.credentials).passcode);
    const blank: Record<string, IdxMessage> = {};
    if (!identifier) blank.identifier = MESSAGES.fieldBlank;
    if (!passcode) blank['credentials.passcode'] = MESSAGES.fieldBlank;
    if (Object.keys(blank).length) return fieldError(c, tx, 400, blank);

    const user = state.users.get(identifier.toLowerCase());
    // Unknown user and wrong password read the same, as on Okta, so usernames cannot be probed.
    if (!user || user.password !== passcode) return render(c, tx, 401, { top: [MESSAGES.authenticationFailed] });
    if (user.locked) return render(c, tx, 403, { top: [MESSAGES.accountLocked] });
    tx.user = user;
    tx.amr.add('pwd');
    return continueSignIn(c, tx);
  }));

  app.post('/idp/idx/challenge', remediation((c, tx, body) => {
    const user = tx.user;
    if (!user || !['select-authenticator', 'challenge', 'push-rejected'].includes(tx.state.name)) return reject(c, tx);
    const choice = obj(body.authenticator);
    // The `resend` remediation after a rejected push posts here; its authenticator fields are fixed.
    if (tx.state.name === 'push-rejected' && !choice.id) {
      startPush(tx);
      return render(c, tx);
    }
    const key = user.authenticators.find((k) => CATALOG[k].id === choice.id);
    if (!key) return reject(c, tx, MESSAGES.invalidAuthenticator);
    const methods = userMethods(user, key);
    const method = str(choice.methodType) || (methods.length === 1 ? methods[0] : '');
    if (!method || !methods.includes(method)) return reject(c, tx, MESSAGES.invalidAuthenticator);
    if (key === 'okta_verify' && method === 'push') {
      startPush(tx);
    } else {
      withdrawPush(tx);
      tx.state = { name: 'challenge', key, method };
    }
    return render(c, tx);
  }));

  const kit: RouteKit = { render, reject, fieldError, remediation, succeed, continueSignIn };
  const enrollment = enrollmentHandlers(state, kit);
  const password = passwordHandlers(state, kit);
  registerEnrollRoutes(app, kit, enrollment);

  app.post('/idp/idx/challenge/answer', remediation((c, tx, body) => {
    const s = tx.state;
    const user = tx.user!;
    if (s.name === 'password-change') return password.change(c, tx, body);
    if (s.name !== 'challenge' || s.method === 'push') return reject(c, tx);
    const credentials = obj(body.credentials);
    if (s.key === 'okta_verify') {
      const code = str(credentials.totp).trim();
      if (!code) return fieldError(c, tx, 400, { 'credentials.totp': MESSAGES.fieldBlank });
      const result = verifyCode(user, code, state.now(), state.totpSteps.get(user.username.toLowerCase()));
      if (!result.ok) {
        // Too many wrong codes lock the account, as an org's lockout policy does; the sign-in ends.
        user.failedCodes = (user.failedCodes ?? 0) + 1;
        if (user.failedCodes >= state.settings.maxCodeAttempts) {
          user.locked = true;
          withdrawPush(tx);
          state.transactions.remove(tx);
          return terminal(c, MESSAGES.accountLocked, 403, tx.expiresAt);
        }
        return fieldError(c, tx, 400, { 'credentials.totp': MESSAGES.passcodeInvalid });
      }
      user.failedCodes = 0;
      state.totpSteps.set(user.username.toLowerCase(), result.step);
      tx.amr.add('mfa').add('otp');
      return succeed(c, tx);
    }
    const passcode = str(credentials.passcode);
    if (!passcode) return fieldError(c, tx, 400, { 'credentials.passcode': MESSAGES.fieldBlank });
    if (s.key === 'okta_password' && passcode === user.password) {
      tx.amr.add('pwd');
      return succeed(c, tx);
    }
    // Phone, Google Authenticator and security keys are listed but not simulated: no code is ever right.
    return fieldError(c, tx, 400, { 'credentials.passcode': s.key === 'okta_password' ? MESSAGES.passwordIncorrect : MESSAGES.passcodeInvalid });
  }));

  const poll = remediation((c, tx) => {
    if (tx.state.name === 'success') return render(c, tx);
    if (tx.state.name === 'enroll') return enrollment.poll(c, tx);
    if (tx.state.name === 'push-rejected') return render(c, tx, 200, { top: [MESSAGES.pushRejected] });
    const push = tx.push;
    if (tx.state.name !== 'challenge' || tx.state.method !== 'push' || !push) return reject(c, tx);
    if (push.status === 'pending' && push.expiresAt <= state.now()) push.status = 'timed-out';
    switch (push.status) {
      case 'pending':
        return render(c, tx);
      case 'approved':
        tx.amr.add('mfa').add('swk');
        return succeed(c, tx);
      case 'rejected':
        tx.state = { name: 'push-rejected' };
        return render(c, tx, 200, { top: [MESSAGES.pushRejected] });
      default:
        // Unanswered for too long: Okta ends the transaction ("Verification timed out").
        state.transactions.remove(tx);
        return terminal(c, MESSAGES.verificationTimedOut, 404, tx.expiresAt);
    }
  });
  // Okta's captures use both paths for the same poll.
  app.post('/idp/idx/challenge/poll', poll);
  app.post('/idp/idx/authenticators/poll', poll);

  app.post('/idp/idx/challenge/resend', remediation((c, tx) => {
    const s = tx.state;
    if (s.name === 'enroll') return enrollment.resend(c, tx);
    if (!(s.name === 'push-rejected' || (s.name === 'challenge' && s.method === 'push'))) return reject(c, tx);
    startPush(tx);
    return render(c, tx);
  }));

  app.post('/idp/idx/skip', remediation((c, tx) => {
    if (tx.state.name === 'password-change' && tx.state.warning) return password.skip(c, tx);
    if (tx.state.name === 'select-enroll') return enrollment.skip(c, tx);
    return reject(c, tx);
  }));

  // The sign-in ends here: its pending push is withdrawn, and its unused activation link answers 410 (ended).
  app.post('/idp/idx/cancel', remediation((c, tx) => {
    withdrawPush(tx);
    state.transactions.remove(tx);
    return c.json({ version: '1.0.0', intent: 'LOGIN' });
  }));
}
