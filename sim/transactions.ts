/**
 * In-memory IDX transactions. One starts at `/v1/interact` and is found again by its interaction handle
 * (introspect), by its state handle (every remediation) or by its interaction code (`/v1/token`). Each has a
 * lifetime; an expired one answers like Okta's "logged out due to inactivity".
 */
import type { ChallengeMethod } from './context.js';
import type { Push } from './push.js';
import { randomId } from './random.js';
import type { AuthenticatorKey, SimUser } from './users.js';

/** Where the transaction stands: each state renders as one IDX response. */
export type TxState =
  | { name: 'identify' }
  | { name: 'select-authenticator' }
  /** Waiting for the answer to a challenge: an Okta Verify code, a push, or a passcode of another authenticator. */
  | { name: 'challenge'; key: AuthenticatorKey; method: string; autoChallenge?: boolean }
  /** The push was rejected on the device (or its number was wrong): resend or choose another method. */
  | { name: 'push-rejected'; key?: 'okta_verify' | 'custom_app' }
  /** The password has expired (`reenroll-authenticator`) or is about to (`-warning`, with skip). */
  | { name: 'password-change'; warning: boolean }
  /** Authenticators to set up (`select-authenticator-enroll`), with skip when none is required. */
  | { name: 'select-enroll' }
  /** Okta Verify enrollment waiting for the device (`enroll-poll`): by QR code, or by a link sent to `to`. */
  | { name: 'enroll'; channel: EnrollChannel; qrcode?: string; to?: string }
  /** The address for the setup link (`enrollment-channel-data`). */
  | { name: 'enroll-address'; channel: 'email' | 'sms' }
  /** Forgot password: the username (`identify-recovery`). */
  | { name: 'identify-recovery' }
  /** Unlock account: the username and the authenticator to prove it with (`select-authenticator-unlock-account`). */
  | { name: 'unlock-account' }
  /** Recovery proven: the new password (`reset-authenticator`). */
  | { name: 'reset-password' }
  /** Phone enrollment: the number and SMS or voice (`authenticator-enrollment-data`). */
  | { name: 'enroll-phone' }
  /** Email or phone enrollment: the code sent (`enroll-authenticator`). */
  | { name: 'enroll-code'; key: 'okta_email' | 'phone_number'; method: string }
  /**
   * Okta FastPass waiting for Okta Verify on this computer: from identify (`device-challenge-poll`, no user yet)
   * or chosen as Okta Verify's `signed_nonce` method (`challenge-poll`).
   */
  | { name: 'fastpass'; level: 'identify' | 'mfa' }
  /** Okta asks how to use Okta Verify, its only second factor left (`authenticator-verification-data`). */
  | { name: 'verification-data' }
  /** After authentication: stay signed in or not (`keep-me-signed-in`). */
  | { name: 'keep-me-signed-in' }
  | { name: 'success' };

/** What the transaction is for: signing in, a forgotten password, or a locked account. */
export type Flow = 'sign-in' | 'recovery' | 'unlock';

/** A one-time code sent by email, SMS or voice; by email also a magic link (`token`) that answers the challenge. */
export interface SentCode {
  key: AuthenticatorKey;
  method: string;
  to: string;
  code: string;
  token?: string;
  /** The magic link was opened on the device that started the sign-in: the next poll goes on. */
  linkOpened?: boolean;
}

export type EnrollChannel = 'qrcode' | 'email' | 'sms' | 'samedevice' | 'devicebootstrap';

/**
 * A FastPass challenge: the signed request the sign-in page hands Okta Verify, and what became of it.
 * `answered`: the device proved the account (`username`); `uv-failed`: it answered without the biometrics the
 * org requires; `refused`: it holds no account that fits; `canceled`: the page gave up (or the sign-in moved on).
 */
export interface FastPassChallenge {
  nonce: string;
  method: ChallengeMethod;
  /** The `challengeRequest` JWT. */
  request: string;
  /** The loopback ports the challenge lists (those of the device when it was made). */
  ports: number[];
  status: 'waiting' | 'answered' | 'uv-failed' | 'refused' | 'canceled';
  username?: string;
  /** Order of creation, so "the newest waiting challenge" is well defined. */
  seq: number;
  createdAt: number;
  expiresAt: number;
  /** What the page said when it canceled (`cancel-polling`): Okta's reason and the HTTP status it saw. */
  cancel?: { reason: string | null; statusCode: number | null };
}

export interface ClientRequest {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string;
  nonce?: string;
  /** The OAuth `state` the client sent to `/v1/interact`, given back on a redirect (identity provider). */
  state?: string;
}

export interface Transaction {
  /** The control API's name for it: opaque, and unlike the handles it lets no one drive the sign-in. */
  id: string;
  interactionHandle: string;
  stateHandle: string;
  /** `{origin}/oauth2/{server}` the transaction was started against. */
  issuer: string;
  client: ClientRequest;
  createdAt: number;
  expiresAt: number;
  state: TxState;
  user?: SimUser;
  /** Authentication methods used so far, for the ID token's `amr`. */
  amr: Set<string>;
  push?: Push;
  /** The FastPass challenge of this sign-in, the latest one. */
  fastPass?: FastPassChallenge;
  interactionCode?: string;
  /** The password was changed (or its change put off) in this sign-in. */
  passwordDone?: boolean;
  /** Optional enrollment was skipped in this sign-in. */
  enrollSkipped?: boolean;
  /** The one-time activation token of the enrollment under way; set to `undefined` once the device used it. */
  activation?: string;
  /** The device enrolled in this sign-in: that counts as the second factor. */
  enrolled?: boolean;
  flow: Flow;
  /** Authenticators verified in this transaction: the lists offer only the others. */
  verified: Set<AuthenticatorKey>;
  /** The code (and magic link) of the email or phone challenge under way. */
  sent?: SentCode;
  /** The browser that started the transaction (a cookie), to tell a magic link opened there from one opened elsewhere. */
  deviceToken: string;
  /** The User-Agent of the browser that started it, for "where the request came from". */
  userAgent?: string;
  /** Identify's "Keep me signed in", or the answer to the `keep-me-signed-in` step once given. */
  keepMeSignedIn?: boolean;
}

export class TransactionStore {
  private readonly ids = new Map<string, Transaction>();
  private readonly byState = new Map<string, Transaction>();
  private readonly byInteraction = new Map<string, Transaction>();
  private readonly byCode = new Map<string, Transaction>();

  create(issuer: string, client: ClientRequest, now: number, lifetimeMs: number, deviceToken = randomId(24)): Transaction {
    this.sweep(now);
    const tx: Transaction = {
      id: `tx${randomId(18)}`,
      interactionHandle: randomId(32),
      stateHandle: `02${randomId(40)}`,
      issuer,
      client,
      createdAt: now,
      expiresAt: now + lifetimeMs,
      state: { name: 'identify' },
      amr: new Set(),
      flow: 'sign-in',
      verified: new Set(),
      deviceToken,
    };
    this.ids.set(tx.id, tx);
    this.byState.set(tx.stateHandle, tx);
    this.byInteraction.set(tx.interactionHandle, tx);
    return tx;
  }

  byId(id: string): Transaction | undefined {
    return this.ids.get(id);
  }

  byStateHandle(handle: unknown): Transaction | undefined {
    return typeof handle === 'string' ? this.byState.get(handle) : undefined;
  }

  byInteractionHandle(handle: unknown): Transaction | undefined {
    return typeof handle === 'string' ? this.byInteraction.get(handle) : undefined;
  }

  /** Issues the one-time interaction code that `/v1/token` exchanges. */
  issueCode(tx: Transaction): string {
    tx.interactionCode = randomId(43);
    this.byCode.set(tx.interactionCode, tx);
    return tx.interactionCode;
  }

  /** Takes the transaction for an interaction code; the code cannot be used twice. */
  redeemCode(code: unknown): Transaction | undefined {
    if (typeof code !== 'string') return undefined;
    const tx = this.byCode.get(code);
    this.byCode.delete(code);
    return tx;
  }

  /** Transactions that have not expired, oldest first; only the user's, when a username is given. */
  live(now: number, username?: string): Transaction[] {
    const name = username?.toLowerCase();
    const out: Transaction[] = [];
    for (const tx of this.ids.values()) {
      if (tx.expiresAt > now && (name === undefined || tx.user?.username.toLowerCase() === name)) out.push(tx);
    }
    return out;
  }

  /** Ends a user's live transactions now, as inactivity would; returns how many. */
  expireUser(username: string, now: number): number {
    const txs = this.live(now, username);
    for (const tx of txs) tx.expiresAt = now;
    return txs.length;
  }

  /** Forgets every transaction of a user whose account is gone; returns those that were still live. */
  removeUser(username: string, now: number): Transaction[] {
    const name = username.toLowerCase();
    const live: Transaction[] = [];
    for (const tx of this.ids.values()) {
      if (tx.user?.username.toLowerCase() !== name) continue;
      if (tx.expiresAt > now) live.push(tx);
      this.remove(tx);
    }
    return live;
  }

  remove(tx: Transaction): void {
    this.ids.delete(tx.id);
    this.byState.delete(tx.stateHandle);
    this.byInteraction.delete(tx.interactionHandle);
    if (tx.interactionCode) this.byCode.delete(tx.interactionCode);
  }

  clear(): void {
    this.ids.clear();
    this.byState.clear();
    this.byInteraction.clear();
    this.byCode.clear();
  }

  /** Forgets transactions that expired more than an hour ago, so a long-running demo does not grow. */
  private sweep(now: number): void {
    for (const tx of this.ids.values()) if (tx.expiresAt + 3_600_000 < now) this.remove(tx);
  }
}
