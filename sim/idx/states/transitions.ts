/**
 * The moves several states share: where a sign-in goes after the password (or a step that came with it),
 * success, pushes, choosing an authenticator to verify with, and choosing how to enroll Okta Verify.
 */
import { obj, str } from '../../body.js';
import { originOf } from '../../context.js';
import { createPush, withdraw } from '../../device.js';
import { activationLink, newActivation } from '../../outbox.js';
import { qrPngDataUrl } from '../../qr-png.js';
import type { Transaction } from '../../transactions.js';
import { CATALOG, ENROLLABLE, pendingEnrollments, userMethods } from '../../users.js';
import { MESSAGES } from '../messages.js';
import type { StateRequest } from './kit.js';

export function succeed(req: StateRequest): Response {
  req.tx.state = { name: 'success' };
  req.sim.transactions.issueCode(req.tx);
  return req.render();
}

/** A push still waiting on the device is withdrawn when the transaction moves on. */
export function withdrawPush(tx: Transaction): void {
  withdraw(tx.push);
}

/** Sends a new push to the user's device; this sign-in's earlier one is withdrawn, other sign-ins' stay. */
export function startPush(req: StateRequest, autoChallenge = false): void {
  const { tx, sim } = req;
  withdraw(tx.push);
  tx.push = createPush(tx.user!, tx.id, sim.now(), sim.settings.pushTimeoutMs);
  tx.state = { name: 'challenge', key: 'okta_verify', method: 'push', autoChallenge };
}

/**
 * After the password: an expired (or expiring) password first, then the authenticators the org asks the user
 * to set up, then the second factor — or success. An enrollment done in this sign-in is its second factor.
 */
export function continueSignIn(req: StateRequest): Response {
  const { tx } = req;
  const user = tx.user!;
  if (user.passwordStatus && !tx.passwordDone) {
    tx.state = { name: 'password-change', warning: user.passwordStatus === 'expiring' };
    return req.render();
  }
  const pending = pendingEnrollments(user, !!tx.enrollSkipped);
  if (pending.required.length || pending.optional.length) {
    tx.state = { name: 'select-enroll' };
    return req.render();
  }
  if (tx.enrolled || !user.authenticators.some((k) => k !== 'okta_password')) return succeed(req);
  if (user.oktaVerify?.autoChallenge && userMethods(user, 'okta_verify').includes('push')) {
    startPush(req, true);
    return req.render();
  }
  tx.state = { name: 'select-authenticator' };
  return req.render();
}

/** `select-authenticator-authenticate`: one of the user's authenticators, by one of its methods. */
export function verifyWith(req: StateRequest): Response {
  const { tx } = req;
  const user = tx.user!;
  const choice = obj(req.body.authenticator);
  const key = user.authenticators.find((k) => CATALOG[k].id === choice.id);
  if (!key) return req.reject(MESSAGES.invalidAuthenticator);
  const methods = userMethods(user, key);
  const method = str(choice.methodType) || (methods.length === 1 ? methods[0] : '');
  if (!method || !methods.includes(method)) return req.reject(MESSAGES.invalidAuthenticator);
  if (key === 'okta_verify' && method === 'push') {
    startPush(req);
  } else {
    withdrawPush(tx);
    tx.state = { name: 'challenge', key, method };
  }
  return req.render();
}

/** The transaction's activation, made on first use so every channel of one enrollment carries the same link. */
export function activationOf(req: StateRequest): string {
  return req.tx.activation ?? (req.tx.activation = newActivation(req.sim, req.tx));
}

/** `select-authenticator-enroll` and `select-enrollment-channel`: Okta Verify, by QR code or by a link. */
export async function chooseEnrollment(req: StateRequest): Promise<Response> {
  const { tx } = req;
  const choice = obj(req.body.authenticator);
  const key = ENROLLABLE.find((k) => CATALOG[k].id === choice.id);
  if (!key) return req.reject(MESSAGES.invalidAuthenticator);
  const channel = str(choice.channel) || 'qrcode';
  if (channel === 'qrcode') {
    tx.state = { name: 'enroll', channel: 'qrcode', qrcode: await qrPngDataUrl(activationLink(originOf(req.c), activationOf(req))) };
    return req.render();
  }
  if (channel !== 'email' && channel !== 'sms') return req.reject(MESSAGES.invalidAuthenticator);
  tx.state = { name: 'enroll-address', channel };
  return req.render();
}
