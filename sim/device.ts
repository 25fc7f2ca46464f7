/**
 * The virtual Okta Verify app on each demo user's phone: real TOTP codes (RFC 6238, as Okta Verify makes
 * them) and a push inbox that a test or a person answers through the control API. Each sign-in has its own
 * push, so concurrent sign-ins of one user never disturb each other.
 */
import { Secret, TOTP } from 'otpauth';
import type { SimState } from './context.js';
import type { Push, PushStatus } from './push.js';
import type { Transaction } from './transactions.js';
import type { SimUser } from './users.js';
import { randomInt, randomId } from './random.js';

const PERIOD_S = 30;

function totpOf(user: SimUser): TOTP | undefined {
  const secret = user.oktaVerify?.totpSecret;
  if (!secret || !user.oktaVerify?.methods.includes('totp')) return undefined;
  return new TOTP({ issuer: 'okta-verify-sim', label: user.username, algorithm: 'SHA1', digits: 6, period: PERIOD_S, secret: Secret.fromBase32(secret) });
}

/** The code the device shows now, and how long it stays. `undefined` when the user has no Okta Verify codes. */
export function currentCode(user: SimUser, now: number): { code: string; expiresInSeconds: number } | undefined {
  const totp = totpOf(user);
  if (!totp) return undefined;
  const elapsed = Math.floor(now / 1000) % PERIOD_S;
  return { code: totp.generate({ timestamp: now }), expiresInSeconds: PERIOD_S - elapsed };
}

/**
 * Checks a code with one step of clock drift either way. Like Okta, a code is accepted once: `lastStep` is the
 * time step of the last accepted code, and that step or any earlier one is refused.
 */
export function verifyCode(user: SimUser, code: string, now: number, lastStep: number | undefined): { ok: true; step: number } | { ok: false } {
  const totp = totpOf(user);
  if (!totp || !/^\d{6}$/.test(code)) return { ok: false };
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return { ok: false };
  const step = Math.floor(now / 1000 / PERIOD_S) + delta;
  if (lastStep !== undefined && step <= lastStep) return { ok: false };
  return { ok: true, step };
}

let pushCount = 0;

export function createPush(user: SimUser, transactionId: string, now: number, timeoutMs: number): Push {
  const push: Push = { id: `push-${randomId(12)}`, username: user.username, transactionId, seq: ++pushCount, createdAt: now, expiresAt: now + timeoutMs, status: 'pending' };
  if (user.oktaVerify?.numberChallenge) {
    const numbers = new Set<number>();
    while (numbers.size < 3) numbers.add(randomInt(10, 99));
    const choices = [...numbers].map(String);
    push.correctAnswer = choices[randomInt(0, 2)];
    push.choices = choices;
  }
  return push;
}

/** What the device (and `GET /sim/users/{username}/push`) shows of a pending push. */
export function describePush(push: Push) {
  return {
    id: push.id,
    transactionId: push.transactionId,
    createdAt: new Date(push.createdAt).toISOString(),
    expiresAt: new Date(push.expiresAt).toISOString(),
    ...(push.correctAnswer ? { correctAnswer: push.correctAnswer, choices: push.choices } : {}),
  };
}

/** The device's answer. With a number challenge, a missing or wrong number rejects the push. */
export function answerPush(push: Push, approve: boolean, answer: unknown): PushStatus {
  if (!approve) return (push.status = 'rejected');
  if (push.correctAnswer !== undefined && String(answer ?? '') !== push.correctAnswer) return (push.status = 'rejected');
  return (push.status = 'approved');
}

/** Takes back a push that is still waiting, because its sign-in moved on or a newer push replaced it. */
export function withdraw(push: Push | undefined): void {
  if (push?.status === 'pending') push.status = 'replaced';
}

/** The transaction's push if it is still waiting; one past its time is marked timed out instead. */
export function transactionPush(tx: Transaction, now: number): Push | undefined {
  const push = tx.push;
  if (!push || push.status !== 'pending') return undefined;
  if (push.expiresAt <= now) {
    push.status = 'timed-out';
    return undefined;
  }
  return push;
}

/** The latest push waiting on a user's device, among all of the user's live sign-ins. */
export function pendingPush(state: SimState, username: string): Push | undefined {
  let latest: Push | undefined;
  for (const tx of state.transactions.live(state.now(), username)) {
    const push = transactionPush(tx, state.now());
    if (push && (!latest || push.seq > latest.seq)) latest = push;
  }
  return latest;
}
