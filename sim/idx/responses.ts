/**
 * Renders a transaction's state as the IDX JSON Okta would send: `version`, `stateHandle`, `remediation`
 * forms with `rel`/`href`/`method`/`accepts` and an immutable `stateHandle` field, `relatesTo` paths that
 * resolve, `authenticators` / `authenticatorEnrollments`, `currentAuthenticator`, and `messages`. The shapes
 * follow Okta's captured responses (`test/sim/fixture-shapes.test.ts` compares them).
 */
import { CATALOG, enrollmentId, userMethods, type AuthenticatorKey, type SimUser } from '../users.js';
import { renderEnroll, renderEnrollAddress, renderSelectEnroll } from './enroll-responses.js';
import { renderPasswordChange } from './password-responses.js';
import type { IdxMessage } from './messages.js';
import { base, field, form, messageList, tail, type Json, type RenderContext } from './response-parts.js';

/** An org-wide authenticator, as listed in `authenticators[]`. */
export function authenticatorEntry(key: AuthenticatorKey, user: SimUser): Json {
  const c = CATALOG[key];
  return { type: c.type, key, id: c.id, displayName: c.displayName, methods: userMethods(user, key).map((type) => ({ type })) };
}

/** The user's enrollment of an authenticator, as listed in `authenticatorEnrollments[]`. */
function enrollmentEntry(key: AuthenticatorKey, user: SimUser): Json {
  const c = CATALOG[key];
  const entry: Json = {
    type: c.type,
    key,
    id: enrollmentId(user, key),
    authenticatorId: c.id,
    displayName: c.displayName,
    methods: userMethods(user, key).map((type) => ({ type })),
  };
  if (key === 'okta_verify' && user.oktaVerify) entry.profile = { deviceName: user.oktaVerify.deviceName };
  if (key === 'phone_number' && user.phoneNumber) entry.profile = { phoneNumber: user.phoneNumber };
  return entry;
}

const METHOD_LABELS: Record<string, string> = {
  push: 'Get a push notification',
  totp: 'Enter a code',
  sms: 'SMS',
  voice: 'Voice call',
};

/** `select-authenticator-authenticate`: one option per enrollment, pointing at `authenticatorEnrollments[i]`. */
function selectAuthenticator(ctx: RenderContext, user: SimUser): Json {
  const options = user.authenticators.map((key, i) => {
    const methods = userMethods(user, key);
    const methodType: Json =
      methods.length > 1
        ? { name: 'methodType', type: 'string', required: false, options: methods.map((m) => ({ label: METHOD_LABELS[m] ?? m, value: m })) }
        : { name: 'methodType', required: false, value: methods[0], mutable: false };
    return {
      label: CATALOG[key].displayName,
      value: { form: { value: [{ name: 'id', required: true, value: CATALOG[key].id, mutable: false }, methodType] } },
      relatesTo: `$.authenticatorEnrollments.value[${i}]`,
    };
  });
  return form(ctx, 'select-authenticator-authenticate', '/idp/idx/challenge', [{ name: 'authenticator', type: 'object', options }]);
}

function directory(user: SimUser): Json {
  return {
    authenticators: { type: 'array', value: user.authenticators.map((k) => authenticatorEntry(k, user)) },
    authenticatorEnrollments: { type: 'array', value: user.authenticators.map((k) => enrollmentEntry(k, user)) },
  };
}

/** Okta Verify as the authenticator being verified, with the methods of this challenge only. */
function currentOktaVerify(ctx: RenderContext, user: SimUser, method: string, extra: Json = {}): Json {
  return {
    currentAuthenticator: {
      type: 'object',
      value: { ...extra, type: 'app', key: 'okta_verify', id: CATALOG.okta_verify.id, displayName: 'Okta Verify', methods: [{ type: method }] },
    },
  };
}

function renderIdentify(ctx: RenderContext): Json {
  const identify = form(ctx, 'identify', '/idp/idx/identify', [
    field(ctx, 'identifier', { name: 'identifier', label: 'Username', required: true }),
    {
      name: 'credentials',
      type: 'object',
      form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label: 'Password', secret: true })] },
      required: true,
    },
    { name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' },
  ]);
  const c = CATALOG.okta_password;
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [identify] },
    currentAuthenticator: { type: 'object', value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'password' }] } },
    ...tail(ctx),
  };
}

function renderChallenge(ctx: RenderContext, user: SimUser, key: AuthenticatorKey, method: string, autoChallenge = false): Json {
  const list = selectAuthenticator(ctx, user);
  if (key === 'okta_verify' && method === 'push') {
    const push = ctx.tx.push;
    const pollValue = autoChallenge ? [{ name: 'autoChallenge', type: 'boolean', required: false, value: true, label: 'Send push automatically' }] : [];
    const poll = form(ctx, 'challenge-poll', '/idp/idx/challenge/poll', pollValue, { relatesTo: ['$.currentAuthenticator'], refresh: ctx.pollRefreshMs });
    const extra: Json = { resend: form(ctx, 'resend', '/idp/idx/challenge/resend', []) };
    if (push?.correctAnswer) extra.contextualData = { correctAnswer: push.correctAnswer };
    return { ...base(ctx), remediation: { type: 'array', value: [poll, list] }, ...currentOktaVerify(ctx, user, 'push', extra), ...directory(user), ...tail(ctx) };
  }
  if (key === 'okta_verify') {
    const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
      { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.totp', { name: 'totp', label: 'Enter code', required: true, visible: true })] }, required: true },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return { ...base(ctx), remediation: { type: 'array', value: [answer, list] }, ...currentOktaVerify(ctx, user, 'totp'), ...directory(user), ...tail(ctx) };
  }
  // Any other authenticator: a passcode form for its enrollment (the password, a phone or OTP code).
  const label = key === 'okta_password' ? 'Password' : 'Enter code';
  const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
    { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label, secret: key === 'okta_password' })] }, required: true },
  ], { relatesTo: ['$.currentAuthenticatorEnrollment'] });
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [answer, list] },
    currentAuthenticatorEnrollment: { type: 'object', value: enrollmentEntry(key, user) },
    ...directory(user),
    ...tail(ctx),
  };
}

function renderPushRejected(ctx: RenderContext, user: SimUser): Json {
  const resend = form(ctx, 'resend', '/idp/idx/challenge', [
    {
      name: 'authenticator',
      type: 'object',
      label: 'Okta Verify',
      value: { form: { value: [
        { name: 'id', value: CATALOG.okta_verify.id, required: true, mutable: false },
        { name: 'methodType', value: 'push', label: 'PUSH', required: true, mutable: false },
      ] } },
    },
  ], { relatesTo: ['$.currentAuthenticator'] });
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [resend, selectAuthenticator(ctx, user)] },
    ...currentOktaVerify(ctx, user, 'push'),
    ...directory(user),
    ...tail(ctx),
  };
}

function renderSuccess(ctx: RenderContext): Json {
  const { tx } = ctx;
  return {
    ...base(ctx),
    ...tail(ctx),
    successWithInteractionCode: {
      rel: ['create-form'],
      name: 'issue',
      href: `${tx.issuer}/v1/token`,
      method: 'POST',
      value: [
        { name: 'grant_type', required: true, value: 'interaction_code' },
        { name: 'interaction_code', required: true, value: tx.interactionCode },
        { name: 'client_id', required: true, value: tx.client.clientId },
        { name: 'code_verifier', required: true },
      ],
      accepts: 'application/x-www-form-urlencoded',
    },
  };
}

/** The IDX response for the transaction's current state. */
export function renderState(ctx: RenderContext): Json {
  const { tx } = ctx;
  const user = tx.user;
  switch (tx.state.name) {
    case 'identify':
      return renderIdentify(ctx);
    case 'select-authenticator':
      return { ...base(ctx), remediation: { type: 'array', value: [selectAuthenticator(ctx, user!)] }, ...directory(user!), ...tail(ctx) };
    case 'challenge':
      return renderChallenge(ctx, user!, tx.state.key, tx.state.method, tx.state.autoChallenge);
    case 'push-rejected':
      return renderPushRejected(ctx, user!);
    case 'password-change':
      return renderPasswordChange(ctx, user!, tx.state.warning);
    case 'select-enroll':
      return renderSelectEnroll(ctx, user!);
    case 'enroll':
      return renderEnroll(ctx, user!, tx.state);
    case 'enroll-address':
      return renderEnrollAddress(ctx, user!, tx.state.channel);
    case 'success':
      return renderSuccess(ctx);
  }
}

/** A response that ends the transaction: only messages, no remediation (expired, timed out). */
export function renderTerminal(message: IdxMessage, expiresAt?: number): Json {
  return {
    version: '1.0.0',
    ...(expiresAt ? { expiresAt: new Date(expiresAt).toISOString() } : {}),
    intent: 'LOGIN',
    messages: messageList([message]),
  };
}
