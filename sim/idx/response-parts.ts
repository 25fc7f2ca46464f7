/**
 * What every IDX response is built of: the envelope (`base`, `tail`), remediation forms with their immutable
 * `stateHandle` field, and fields with their messages. A module of its own so the renderers of each kind of
 * state share them without importing one another.
 */
import { appPolicy } from '../apps.js';
import type { SimulatorSettings } from '../context.js';
import type { Transaction } from '../transactions.js';
import type { IdxMessage } from './messages.js';

export const IDX_ACCEPTS = 'application/json; okta-version=1.0.0';
export const IDX_PRODUCES = 'application/ion+json; okta-version=1.0.0';

/** Messages to render: top-level ones, and field-level ones keyed by the field's path (`credentials.totp`). */
export interface RenderMessages {
  top?: IdxMessage[];
  fields?: Record<string, IdxMessage>;
}

export interface RenderContext {
  /** Origin the client talks to; every `href` is absolute on it. */
  origin: string;
  tx: Transaction;
  pollRefreshMs: number;
  /** The org's switches (recovery, unlock, keep me signed in, identity provider). */
  settings: SimulatorSettings;
  messages?: RenderMessages;
}

export type Json = Record<string, unknown>;

export function messageList(list: IdxMessage[]): Json {
  return { type: 'array', value: list };
}

/** A form field; attaches the field-level message for its path, if any. */
export function field(ctx: RenderContext, path: string, spec: Json): Json {
  const message = ctx.messages?.fields?.[path];
  return message ? { ...spec, messages: messageList([message]) } : spec;
}

function stateHandleField(tx: Transaction): Json {
  return { name: 'stateHandle', required: true, value: tx.stateHandle, visible: false, mutable: false };
}

/** A remediation form or action posting to `path` on the org. */
export function form(ctx: RenderContext, name: string, path: string, value: Json[], extra: Json = {}): Json {
  return {
    rel: ['create-form'],
    name,
    ...extra,
    href: `${ctx.origin}${path}`,
    method: 'POST',
    produces: IDX_PRODUCES,
    value: [...value, stateHandleField(ctx.tx)],
    accepts: IDX_ACCEPTS,
  };
}

export function base(ctx: RenderContext): Json {
  const { tx } = ctx;
  return {
    version: '1.0.0',
    stateHandle: tx.stateHandle,
    expiresAt: new Date(tx.expiresAt).toISOString(),
    intent: 'LOGIN',
  };
}

export function tail(ctx: RenderContext): Json {
  const out: Json = {
    cancel: form(ctx, 'cancel', '/idp/idx/cancel', []),
    app: { type: 'object', value: { name: 'oidc_client', label: appPolicy(ctx.tx.client.clientId).label, id: ctx.tx.client.clientId } },
  };
  if (ctx.tx.user) out.user = userObject(ctx.tx);
  if (ctx.messages?.top?.length) out.messages = messageList(ctx.messages.top);
  return out;
}

function userObject(tx: Transaction): Json {
  return { type: 'object', value: { id: tx.user!.id, identifier: tx.user!.username } };
}

/** A response that ends the transaction: only messages, no remediation (expired, timed out, recovered, unlocked). */
export function renderTerminal(message: IdxMessage, expiresAt?: number, tx?: Transaction): Json {
  return {
    version: '1.0.0',
    ...(expiresAt ? { expiresAt: new Date(expiresAt).toISOString() } : {}),
    intent: 'LOGIN',
    messages: messageList([message]),
    ...(tx?.user ? { user: userObject(tx) } : {}),
  };
}
