/**
 * What the enrollment states share: the "set up security methods" list (`select-authenticator-enroll`), the
 * "Can't scan?" channel choice (`select-enrollment-channel`), the org's `authenticators` they point at, and
 * Okta Verify as `currentAuthenticator`. Shapes follow Okta's captures `authenticator-enroll-*.json`.
 */
import type { EnrollChannel } from '../transactions.js';
import { DOWNLOAD_HREF } from '../this-computer.js';
import { CATALOG, pendingEnrollments, type AuthenticatorKey, type SimUser } from '../users.js';
import { form, type Json, type RenderContext } from './response-parts.js';

const CHANNELS: Array<{ value: EnrollChannel; label: string }> = [
  { value: 'qrcode', label: 'QRCODE' },
  { value: 'email', label: 'EMAIL' },
  { value: 'sms', label: 'SMS' },
];

/** The ways the user may set up Okta Verify: on this device or from another one when the org says so, else QR code, email or SMS. */
export function enrollChannels(user: SimUser | undefined): Array<{ value: EnrollChannel; label: string }> {
  const only = user?.oktaVerifyEnrollment?.channel;
  return only ? [{ value: only, label: only.toUpperCase() }] : CHANNELS;
}

/** The platform of the browser that signs in, as Okta tells Okta Verify's download and launch pages. */
export function platformOf(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
  if (/Android/.test(ua)) return 'android';
  if (/Windows/.test(ua)) return 'windows';
  return 'macos';
}

/** Where Okta Verify is downloaded for a platform. */
export function downloadHrefFor(platform: string): string {
  return platform === 'android' ? 'https://play.google.com/store/apps/details?id=com.okta.android.auth' : DOWNLOAD_HREF;
}

/** The org-wide authenticator as the enroll list points at it: every method the org offers. */
function orgAuthenticator(key: AuthenticatorKey): Json {
  const c = CATALOG[key];
  return { type: c.type, key, id: c.id, displayName: c.displayName, methods: c.methods.map((type) => ({ type })) };
}

/** What the list offers: the required authenticators, else the optional ones. */
export function offered(ctx: RenderContext): AuthenticatorKey[] {
  const pending = pendingEnrollments(ctx.tx.user!, !!ctx.tx.enrollSkipped);
  return pending.required.length ? pending.required : pending.optional;
}

/** While an authenticator is being set up it stays on the list, even once nothing else is pending. */
export function offeredWith(ctx: RenderContext, key: AuthenticatorKey): AuthenticatorKey[] {
  const keys = offered(ctx);
  return keys.length ? keys : [key];
}

export function enrollList(ctx: RenderContext, keys: AuthenticatorKey[]): Json {
  const options = keys.map((key, i) => {
    const fields: Json[] = [{ name: 'id', required: true, value: CATALOG[key].id, mutable: false }];
    if (key === 'okta_verify') fields.push({ name: 'channel', required: false, type: 'string', options: enrollChannels(ctx.tx.user) });
    if (key === 'okta_email') fields.push({ name: 'methodType', required: false, value: 'email', mutable: false });
    if (key === 'phone_number') fields.push(phoneMethodType(false), { name: 'phoneNumber', label: 'Phone number', required: false });
    return { label: CATALOG[key].displayName, value: { form: { value: fields } }, relatesTo: `$.authenticators.value[${i}]` };
  });
  return form(ctx, 'select-authenticator-enroll', '/idp/idx/credential/enroll', [{ name: 'authenticator', required: true, type: 'object', options }]);
}

/** SMS or voice, as the phone enrollment forms offer them. */
export function phoneMethodType(required: boolean): Json {
  return { name: 'methodType', type: 'string', required, options: [{ label: 'SMS', value: 'sms' }, { label: 'Voice call', value: 'voice' }] };
}

/** An authenticator being enrolled, as `currentAuthenticator`: its methods and the actions it offers. */
export function enrolling(key: AuthenticatorKey, methods: string[], extra: Json = {}): Json {
  const c = CATALOG[key];
  return { currentAuthenticator: { type: 'object', value: { ...extra, type: c.type, key, id: c.id, displayName: c.displayName, methods: methods.map((type) => ({ type })) } } };
}

export function orgDirectory(keys: AuthenticatorKey[]): Json {
  return { authenticators: { type: 'array', value: keys.map(orgAuthenticator) } };
}

/** "Can't scan?": `authenticator` first, its `id` first — okta-auth-js reads them by position. */
export function channelChoice(ctx: RenderContext): Json {
  return form(ctx, 'select-enrollment-channel', '/idp/idx/credential/enroll', [
    {
      name: 'authenticator',
      type: 'object',
      label: 'Okta Verify',
      value: { form: { value: [
        { name: 'id', required: true, value: CATALOG.okta_verify.id, mutable: false, visible: false },
        { name: 'channel', required: true, visible: true, options: enrollChannels(ctx.tx.user) },
      ] } },
    },
  ]);
}

/** Okta Verify being enrolled, with every method the org offers, and what the channel needs. */
export function enrollingOktaVerify(contextualData: Json, extra: Json = {}): Json {
  const c = CATALOG.okta_verify;
  return {
    currentAuthenticator: {
      type: 'object',
      value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: c.methods.map((type) => ({ type })), contextualData, ...extra },
    },
  };
}
