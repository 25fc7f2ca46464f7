/** A push sent to a user's virtual device: its own module so that a transaction holds one without importing the device. */
export type PushStatus = 'pending' | 'approved' | 'rejected' | 'timed-out' | 'replaced';

export interface Push {
  id: string;
  username: string;
  /** The id of the transaction that asked for it. */
  transactionId: string;
  /** Order of creation, so "the latest" is well defined even when the clock stands still. */
  seq: number;
  createdAt: number;
  expiresAt: number;
  status: PushStatus;
  /** Number challenge: the number shown on the sign-in page, and the three the device offers. */
  correctAnswer?: string;
  choices?: string[];
}
