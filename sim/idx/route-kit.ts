/** The helpers the IDX route modules share; a module of its own so they need not import the routes that use them. */
import type { Context } from 'hono';
import type { JsonObject } from '../body.js';
import type { Transaction } from '../transactions.js';
import type { IdxMessage } from './messages.js';
import type { RenderMessages } from './response-parts.js';

export type Status = 200 | 400 | 401 | 403 | 404;

/** What the route modules share: rendering a state, Okta's rejections, and where a sign-in goes next. */
export interface RouteKit {
  render(c: Context, tx: Transaction, status?: Status, messages?: RenderMessages): Response;
  reject(c: Context, tx: Transaction, message?: IdxMessage): Response;
  fieldError(c: Context, tx: Transaction, status: Status, fields: Record<string, IdxMessage>): Response;
  remediation(handler: (c: Context, tx: Transaction, body: JsonObject) => Response | Promise<Response>): (c: Context) => Promise<Response>;
  succeed(c: Context, tx: Transaction): Response;
  /** After the password, or after a step that came with it: password change, enrollment, second factor, success. */
  continueSignIn(c: Context, tx: Transaction): Response;
}
