/**
 * What the org "sends": Okta Verify activation links (the outbox), and the one-time codes and magic links of
 * email and phone (the messages). A link carries a one-time token bound to
 * one user's enrollment in one transaction; the virtual device enrolls with it (`activateDevice`), once.
 */
import type { CodeMessage, OutboxEntry, SimState } from './context.js';
import { randomBase32, randomId, randomInt } from './random.js';
import type { Transaction } from './transactions.js';
import { enrollOktaVerify, type AuthenticatorKey, type SimUser } from './users.js';

/** The link a QR code or a message carries: Okta Verify's app scheme, the token and the org. */
export function activationLink(origin: string, token: string): string {
  return `oktaverify://enroll?t=${token}&org=${encodeURIComponent(origin)}`;
}

export function newActivation(state: SimState, tx: Transaction): string {
  const token = randomId(32);
  state.activations.set(token, { token, username: tx.user!.username.toLowerCase(), stateHandle: tx.stateHandle, used: false });
  return token;
}

export function sendLink(state: SimState, tx: Transaction, channel: 'email' | 'sms', to: string, link: string): OutboxEntry {
  const entry: OutboxEntry = { id: `msg-${randomId(10)}`, channel, to, link, sentAt: new Date(state.now()).toISOString(), username: tx.user!.username };
  state.outbox.push(entry);
  return entry;
}

export type ActivationResult = { ok: true; user: SimUser } | { ok: false; status: 400 | 404 | 409 | 410; error: string };

/**
 * The activation link of the user's enrollment under way (newest first), for a device that enrolls without
 * one to read: set up on this device, or added from Okta Verify on another device.
 */
export function pendingActivationLink(state: SimState, user: SimUser, origin: string): string | undefined {
  const txs = state.transactions.live(state.now(), user.username).filter((tx) => tx.state.name === 'enroll' && tx.activation);
  const tx = txs.at(-1);
  return tx ? activationLink(origin, tx.activation!) : undefined;
}

/** The virtual device opens a link: a valid, unused token for this user enrolls Okta Verify and completes that enrollment. */
export function activateDevice(state: SimState, user: SimUser, link: unknown): ActivationResult {
  let token: string | null = null;
  try {
    const url = new URL(String(link));
    if (url.protocol === 'oktaverify:') token = url.searchParams.get('t');
  } catch {
    // not a URL at all
  }
  if (!token) return { ok: false, status: 400, error: 'not an Okta Verify activation link' };
  const activation = state.activations.get(token);
  if (!activation || activation.username !== user.username.toLowerCase()) return { ok: false, status: 404, error: 'no such activation for this user' };
  if (activation.used) return { ok: false, status: 409, error: 'this activation link was already used' };
  const tx = state.transactions.byStateHandle(activation.stateHandle);
  if (!tx || tx.expiresAt <= state.now()) return { ok: false, status: 410, error: 'the sign-in that made this link has ended' };
  activation.used = true;
  const here = tx.state.name === 'enroll' && (tx.state.channel === 'samedevice' || tx.state.channel === 'devicebootstrap');
  enrollOktaVerify(user, randomBase32(32), here);
  const accounts = state.thisComputer.settings.accounts;
  if (here && !accounts.some((a) => a.toLowerCase() === user.username.toLowerCase())) accounts.push(user.username);
  tx.enrolled = true;
  tx.activation = undefined;
  return { ok: true, user };
}

/** A six-digit one-time code. */
function sixDigits(): string {
  return String(randomInt(0, 999_999)).padStart(6, '0');
}

/**
 * Sends a one-time code for the transaction's email or phone challenge (or enrollment) to `to`: by email with
 * a magic link on the org's origin as well. A new code replaces the transaction's earlier one (resend).
 */
export function sendCode(state: SimState, tx: Transaction, origin: string, key: AuthenticatorKey, method: string, to: string): CodeMessage {
  const code = sixDigits();
  const token = key === 'okta_email' ? randomId(32) : undefined;
  tx.sent = { key, method, to, code, token };
  const message: CodeMessage = {
    id: `msg-${randomId(10)}`,
    channel: key === 'okta_email' ? 'email' : method === 'voice' ? 'voice' : 'sms',
    to,
    code,
    ...(token ? { link: `${origin}/email/verify/${token}` } : {}),
    sentAt: new Date(state.now()).toISOString(),
    username: tx.user!.username,
    transactionId: tx.id,
  };
  state.messages.push(message);
  return message;
}
