/**
 * Okta Verify activation links and the outbox they are "sent" to. A link carries a one-time token bound to
 * one user's enrollment in one transaction; the virtual device enrolls with it (`activateDevice`), once.
 */
import type { OutboxEntry, SimState } from './context.js';
import { randomBase32, randomId } from './random.js';
import type { Transaction } from './transactions.js';
import { enrollOktaVerify, type SimUser } from './users.js';

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
  enrollOktaVerify(user, randomBase32(32));
  tx.enrolled = true;
  tx.activation = undefined;
  return { ok: true, user };
}
