/**
 * What a state module is made of: how its state renders as IDX JSON, and the requests it accepts, by endpoint.
 * The router hands each accepted request a `StateRequest`: the transaction, its state (narrowed to the
 * module's), the body, and the answers every state gives in the same way.
 */
import type { Context } from 'hono';
import type { JsonObject } from '../../body.js';
import type { SimState } from '../../context.js';
import type { Transaction, TxState } from '../../transactions.js';
import type { IdxMessage } from '../messages.js';
import type { Json, RenderContext, RenderMessages } from '../response-parts.js';

export type Status = 200 | 400 | 401 | 403 | 404;

/** The remediation endpoints a state may accept. Okta's captures poll on two paths; the router maps both to `poll`. */
export const ENDPOINTS = {
  identify: '/idp/idx/identify',
  challenge: '/idp/idx/challenge',
  answer: '/idp/idx/challenge/answer',
  poll: '/idp/idx/challenge/poll',
  resend: '/idp/idx/challenge/resend',
  skip: '/idp/idx/skip',
  enroll: '/idp/idx/credential/enroll',
  send: '/idp/idx/challenge/send',
  recover: '/idp/idx/recover',
  unlock: '/idp/idx/unlock-account',
  keepMeSignedIn: '/idp/idx/keep-me-signed-in',
  launch: '/idp/idx/authenticators/okta-verify/launch',
  cancelPolling: '/idp/idx/authenticators/poll/cancel',
} as const;

export type Endpoint = keyof typeof ENDPOINTS;

export type StateName = TxState['name'];
export type StateOf<N extends StateName> = Extract<TxState, { name: N }>;

export interface StateRequest<S extends TxState = TxState> {
  c: Context;
  sim: SimState;
  tx: Transaction;
  /** The transaction's state when the request came: the module's own. */
  state: S;
  body: JsonObject;
  /** The transaction's current state (after a move, the new one), with `messages` and `status`. */
  render(status?: Status, messages?: RenderMessages): Response;
  /** The same state again with a top-level error: the request does not fit where the transaction stands. */
  reject(message?: IdxMessage): Response;
  /** A field left blank, or a wrong value, tied to the field so clients can show it there. */
  fieldError(fields: Record<string, IdxMessage>, status?: Status): Response;
  /** Ends the transaction with Okta's terminal answer (messages, no remediation). */
  end(message: IdxMessage, status: Status): Response;
}

export type Handler<S extends TxState> = (req: StateRequest<S>) => Response | Promise<Response>;

export interface StateModule<S extends TxState> {
  /** The state as the IDX JSON Okta would send. */
  render(ctx: RenderContext, state: S): Json;
  /** The requests the state takes; any other endpoint is answered with Okta's "unexpected step". */
  accepts: { [E in Endpoint]?: Handler<S> };
}

/** One module per state; a state without one does not compile. */
export type StateTable = { [N in StateName]: StateModule<StateOf<N>> };
