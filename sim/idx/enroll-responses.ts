/**
 * IDX responses for enrollment: the "set up security methods" list (`select-authenticator-enroll`, with
 * `skip` when nothing is required), and Okta Verify enrollment — the QR code or a link sent by email or SMS,
 * each polled with `enroll-poll` — with "Can't scan?" (`select-enrollment-channel`) and the address form
 * (`enrollment-channel-data`). Shapes follow Okta's captures `authenticator-enroll-*.json`.
 */
import type { EnrollChannel, TxState } from '../transactions.js';
import { CATALOG, pendingEnrollments, type AuthenticatorKey, type SimUser } from '../users.js';
import { base, field, form, tail, type Json, type RenderContext } from './response-parts.js';

const CHANNELS: Array<{ value: EnrollChannel; label: string }> = [
  { value: 'qrcode', label: 'QRCODE' },
  { value: 'email', label: 'EMAIL' },
  { value: 'sms', label: 'SMS' },
];

/** The org-wide authenticator as the enroll list points at it: every method the org offers. */
function orgAuthenticator(key: AuthenticatorKey): Json {
  const c = CATALOG[key];
  return { type: c.type, key, id: c.id, displayName: c.displayName, methods: c.methods.map((type) => ({ type })) };
}

/** What the list offers: the required authenticators, else the optional ones. */
function offered(ctx: RenderContext, user: SimUser): AuthenticatorKey[] {
  const pending = pendingEnrollments(user, !!ctx.tx.enrollSkipped);
  return pending.required.length ? pending.required : pending.optional;
}

function enrollList(ctx: RenderContext, keys: AuthenticatorKey[]): Json {
  const options = keys.map((key, i) => {
    const fields: Json[] = [{ name: 'id', required: true, value: CATALOG[key].id, mutable: false }];
    if (key === 'okta_verify') fields.push({ name: 'channel', required: false, type: 'string', options: CHANNELS });
    return { label: CATALOG[key].displayName, value: { form: { value: fields } }, relatesTo: `$.authenticators.value[${i}]` };
  });
  return form(ctx, 'select-authenticator-enroll', '/idp/idx/credential/enroll', [{ name: 'authenticator', required: true, type: 'object', options }]);
}

function directory(keys: AuthenticatorKey[]): Json {
  return { authenticators: { type: 'array', value: keys.map(orgAuthenticator) } };
}

export function renderSelectEnroll(ctx: RenderContext, user: SimUser): Json {
  const keys = offered(ctx, user);
  const required = pendingEnrollments(user, !!ctx.tx.enrollSkipped).required.length > 0;
  const remediations = [enrollList(ctx, keys)];
  if (!required) remediations.push(form(ctx, 'skip', '/idp/idx/skip', []));
  return { ...base(ctx), remediation: { type: 'array', value: remediations }, ...directory(keys), ...tail(ctx) };
}

/** "Can't scan?": `authenticator` first, its `id` first — okta-auth-js reads them by position. */
function channelChoice(ctx: RenderContext): Json {
  return form(ctx, 'select-enrollment-channel', '/idp/idx/credential/enroll', [
    {
      name: 'authenticator',
      type: 'object',
      label: 'Okta Verify',
      value: { form: { value: [
        { name: 'id', required: true, value: CATALOG.okta_verify.id, mutable: false, visible: false },
        { name: 'channel', required: true, visible: true, options: CHANNELS },
      ] } },
    },
  ]);
}

function currentOktaVerify(contextualData: Json, extra: Json = {}): Json {
  const c = CATALOG.okta_verify;
  return {
    currentAuthenticator: {
      type: 'object',
      value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: c.methods.map((type) => ({ type })), contextualData, ...extra },
    },
  };
}

/** Waiting for the device: the QR code to scan, or where the setup link went (with resend). */
export function renderEnroll(ctx: RenderContext, user: SimUser, state: Extract<TxState, { name: 'enroll' }>): Json {
  const keys = offered(ctx, user);
  const poll = form(ctx, 'enroll-poll', '/idp/idx/challenge/poll', [], { refresh: ctx.pollRefreshMs });
  const remediations = [poll, channelChoice(ctx), enrollList(ctx, keys.length ? keys : ['okta_verify'])];
  let current: Json;
  if (state.channel === 'qrcode') {
    current = currentOktaVerify({ qrcode: { method: 'embedded', type: 'image/png', href: state.qrcode }, selectedChannel: 'qrcode' });
  } else {
    const addressField = state.channel === 'sms' ? 'phoneNumber' : 'email';
    const resend = form(ctx, 'resend', '/idp/idx/challenge/resend', [{ name: addressField, required: true, value: state.to, visible: false, mutable: false }]);
    current = currentOktaVerify({ selectedChannel: state.channel, [addressField]: state.to }, { resend });
  }
  return { ...base(ctx), remediation: { type: 'array', value: remediations }, ...current, ...directory(keys.length ? keys : ['okta_verify']), ...tail(ctx) };
}

/** The address for the setup link: an email address or a phone number. */
export function renderEnrollAddress(ctx: RenderContext, user: SimUser, channel: 'email' | 'sms'): Json {
  const keys = offered(ctx, user);
  const input =
    channel === 'sms'
      ? field(ctx, 'phoneNumber', { label: 'Phone number', name: 'phoneNumber', required: true, visible: true })
      : field(ctx, 'email', { label: 'Email', name: 'email', required: true, visible: true });
  const data = form(ctx, 'enrollment-channel-data', '/idp/idx/challenge/send', [input]);
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [data, channelChoice(ctx), enrollList(ctx, keys.length ? keys : ['okta_verify'])] },
    ...currentOktaVerify({ selectedChannel: channel }),
    ...directory(keys.length ? keys : ['okta_verify']),
    ...tail(ctx),
  };
}
