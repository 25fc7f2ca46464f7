/**
 * The moves several states share: where a transaction goes once an authenticator is verified (on with the
 * sign-in, to the new password, or the account unlocked), success, pushes and codes, choosing an
 * authenticator to verify with, and choosing one to enroll.
 */
import { obj, str } from '../../body.js';
import { originOf } from '../../context.js';
import { createPush, withdraw } from '../../device.js';
import { activationLink, newActivation, sendCode } from '../../outbox.js';
import { qrPngDataUrl } from '../../qr-png.js';
import { cancelChallenge, newChallenge } from '../../this-computer.js';
import type { Transaction } from '../../transactions.js';
import { CATALOG, emailOf, ENROLLABLE, pendingEnrollments, RECOVERY, userMethods, type AuthenticatorKey } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { choosable, methodsFor, offersAutoPush } from '../verify-parts.js';
import type { StateRequest } from './kit.js';

/** E.164-ish: a plus and 8–15 digits once spaces, dots, dashes and brackets are dropped. */
export const PHONE = /^\+\d{8,15}$/;

/** A phone number as typed, in the form `PHONE` checks. */
export function compactPhone(raw: string): string {
  return raw.trim().replace(/[\s().-]/g, '');
}

/** Signed in: after the org's "keep me signed in" question, when it asks and identify's box was not ticked. */
export function succeed(req: StateRequest): Response {
  const { tx } = req;
  if (req.sim.settings.keepMeSignedIn && tx.keepMeSignedIn === undefined) {
    tx.state = { name: 'keep-me-signed-in' };
    return req.render();
  }
  tx.state = { name: 'success' };
  req.sim.transactions.issueCode(tx);
  return req.render();
}

/** An authenticator was verified: on with the sign-in, to the new password (recovery), or the account unlocked. */
export function verified(req: StateRequest, key: AuthenticatorKey): Response {
  const { tx } = req;
  tx.verified.add(key);
  tx.sent = undefined;
  if (tx.flow === 'recovery') {
    withdrawPush(tx);
    tx.state = { name: 'reset-password' };
    return req.render();
  }
  if (tx.flow === 'unlock') {
    const user = tx.user!;
    user.locked = false;
    user.failedCodes = 0;
    return req.end(MESSAGES.unlockSucceeded, 200);
  }
  return continueSignIn(req);
}

/** Starts the challenge of one authenticator by one method: a push, or a code sent by email, SMS or voice. */
export function startChallenge(req: StateRequest, key: AuthenticatorKey, method: string): void {
  const { tx } = req;
  // A code or magic link (or FastPass challenge) of an earlier challenge answers nothing once another one starts.
  tx.sent = undefined;
  cancelChallenge(tx);
  if ((key === 'okta_verify' || key === 'custom_app') && method === 'push') return startPush(req, false, key);
  withdrawPush(tx);
  tx.state = { name: 'challenge', key, method };
  const user = tx.user!;
  if (key === 'okta_email') sendCode(req.sim, tx, originOf(req.c), key, method, emailOf(user));
  if (key === 'phone_number' && user.phoneNumber) sendCode(req.sim, tx, originOf(req.c), key, method, user.phoneNumber);
}

/** A push still waiting on the device is withdrawn when the transaction moves on; so is a FastPass challenge. */
export function withdrawPush(tx: Transaction): void {
  withdraw(tx.push);
  cancelChallenge(tx);
}

/** A new FastPass challenge, by the org's method; the transaction waits for Okta Verify at `level`. */
export async function startFastPass(req: StateRequest, level: 'identify' | 'mfa'): Promise<Response> {
  withdrawPush(req.tx);
  req.tx.sent = undefined;
  await newChallenge(req.sim, req.tx, originOf(req.c), req.sim.settings.fastPassMethod);
  req.tx.state = { name: 'fastpass', level };
  return req.render();
}

/** Sends a new push to the user's device; this sign-in's earlier one is withdrawn, other sign-ins' stay. */
export function startPush(req: StateRequest, autoChallenge = false, key: 'okta_verify' | 'custom_app' = 'okta_verify'): void {
  const { tx, sim } = req;
  withdraw(tx.push);
  tx.push = createPush(tx.user!, tx.id, sim.now(), sim.settings.pushTimeoutMs);
  tx.state = { name: 'challenge', key, method: 'push', autoChallenge };
}

/**
 * The sign-in's next step: the password (identifier-first), an expired (or expiring) password, then the
 * authenticators the org asks the user to set up, then a second factor — or success. An enrollment done in
 * this sign-in, or any authenticator verified besides the password, is the second factor.
 */
export function continueSignIn(req: StateRequest): Response {
  const { tx } = req;
  const user = tx.user!;
  if (!tx.verified.has('okta_password')) {
    startChallenge(req, 'okta_password', 'password');
    return req.render();
  }
  if (user.passwordStatus && !tx.passwordDone) {
    tx.state = { name: 'password-change', warning: user.passwordStatus === 'expiring' };
    return req.render();
  }
  const pending = pendingEnrollments(user, !!tx.enrollSkipped);
  if (pending.required.length || pending.optional.length) {
    tx.state = { name: 'select-enroll' };
    return req.render();
  }
  const secondFactor = [...tx.verified].some((k) => k !== 'okta_password');
  if (tx.enrolled || secondFactor || !user.authenticators.some((k) => k !== 'okta_password')) return succeed(req);
  if (user.oktaVerify?.autoChallenge && userMethods(user, 'okta_verify').includes('push')) {
    startPush(req, true);
    return req.render();
  }
  const left = choosable(tx);
  const methods = methodsFor(tx, user, 'okta_verify');
  const askMethod = req.sim.settings.askOktaVerifyMethod && left.length === 1 && left[0] === 'okta_verify' && (methods.length > 1 || offersAutoPush(methods));
  tx.state = askMethod ? { name: 'verification-data' } : { name: 'select-authenticator' };
  return req.render();
}

/** The authenticator and method a choice names among `keys`, or `undefined` when it names none of them. */
export function chosen(req: StateRequest, keys: AuthenticatorKey[]): { key: AuthenticatorKey; method: string } | undefined {
  const choice = obj(req.body.authenticator);
  const key = keys.find((k) => CATALOG[k].id === choice.id);
  if (!key) return undefined;
  const methods = req.tx.user ? methodsFor(req.tx, req.tx.user, key) : CATALOG[key].methods;
  const method = str(choice.methodType) || (methods.length === 1 ? methods[0]! : '');
  return method && methods.includes(method) ? { key, method } : undefined;
}

/** `select-authenticator-authenticate`: one of the listed authenticators, by one of its methods (FastPass: `signed_nonce`). */
export function verifyWith(req: StateRequest): Response | Promise<Response> {
  const choice = chosen(req, choosable(req.tx));
  if (!choice) return req.reject(MESSAGES.invalidAuthenticator);
  if (choice.key === 'okta_verify' && choice.method === 'signed_nonce') return startFastPass(req, 'mfa');
  startChallenge(req, choice.key, choice.method);
  return req.render();
}

/** "Forgot password?": the username first, unless the transaction knows it already. */
export function recover(req: StateRequest): Response {
  const { tx } = req;
  if (!req.sim.settings.recovery) return req.reject();
  if (tx.user && !tx.user.authenticators.some((k) => RECOVERY.includes(k))) return req.render(403, { top: [MESSAGES.recoveryNotAllowed] });
  withdrawPush(tx);
  tx.sent = undefined;
  tx.flow = 'recovery';
  tx.verified.clear();
  tx.state = tx.user ? { name: 'select-authenticator' } : { name: 'identify-recovery' };
  return req.render();
}

/** The transaction's activation, made on first use so every channel of one enrollment carries the same link. */
export function activationOf(req: StateRequest): string {
  return req.tx.activation ?? (req.tx.activation = newActivation(req.sim, req.tx));
}

/**
 * `select-authenticator-enroll`, `select-enrollment-channel` and `authenticator-enrollment-data`: Okta Verify
 * by QR code or by a link; email (a code to the user's address); phone (the number first, unless it came
 * with the choice).
 */
export async function chooseEnrollment(req: StateRequest): Promise<Response> {
  const { tx } = req;
  const choice = obj(req.body.authenticator);
  const key = ENROLLABLE.find((k) => CATALOG[k].id === choice.id);
  if (!key) return req.reject(MESSAGES.invalidAuthenticator);
  withdrawPush(tx);
  tx.sent = undefined;
  if (key === 'okta_email') {
    tx.state = { name: 'enroll-code', key, method: 'email' };
    sendCode(req.sim, tx, originOf(req.c), key, 'email', emailOf(tx.user!));
    return req.render();
  }
  if (key === 'phone_number') return enrollPhone(req, str(choice.methodType), str(choice.phoneNumber));
  const only = tx.user?.oktaVerifyEnrollment?.channel;
  const channel = str(choice.channel) || only || 'qrcode';
  // Okta offers the org's one way for this user and device, or the usual three.
  if (only && channel !== only) return req.reject(MESSAGES.invalidAuthenticator);
  if (channel === 'samedevice' || channel === 'devicebootstrap') {
    activationOf(req);
    tx.state = { name: 'enroll', channel };
    return req.render();
  }
  if (channel === 'qrcode') {
    tx.state = { name: 'enroll', channel: 'qrcode', qrcode: await qrPngDataUrl(activationLink(originOf(req.c), activationOf(req))) };
    return req.render();
  }
  if (channel !== 'email' && channel !== 'sms') return req.reject(MESSAGES.invalidAuthenticator);
  tx.state = { name: 'enroll-address', channel };
  return req.render();
}

/** Phone enrollment: with a number and SMS or voice, the code goes out; without, the form asks for them. */
function enrollPhone(req: StateRequest, method: string, raw: string): Response {
  const { tx } = req;
  if (!method && !raw.trim()) {
    tx.state = { name: 'enroll-phone' };
    return req.render();
  }
  tx.state = { name: 'enroll-phone' };
  if (!CATALOG.phone_number.methods.includes(method)) return req.fieldError({ 'authenticator.methodType': MESSAGES.fieldBlank });
  const number = compactPhone(raw);
  if (!number) return req.fieldError({ 'authenticator.phoneNumber': MESSAGES.fieldBlank });
  if (!PHONE.test(number)) return req.fieldError({ 'authenticator.phoneNumber': MESSAGES.invalidPhone });
  tx.state = { name: 'enroll-code', key: 'phone_number', method };
  sendCode(req.sim, tx, originOf(req.c), 'phone_number', method, number);
  return req.render();
}
