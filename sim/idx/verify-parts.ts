/**
 * What the states of verification share: the "verify with" list (`select-authenticator-authenticate`), the
 * user's `authenticators` / `authenticatorEnrollments`, and Okta Verify as `currentAuthenticator`. The shapes
 * follow Okta's captured responses (`test/sim/fixture-shapes.test.ts` compares them).
 */
import { CATALOG, enrollmentId, userMethods, type AuthenticatorKey, type SimUser } from '../users.js';
import { form, type Json, type RenderContext } from './response-parts.js';

/** An org-wide authenticator, as listed in `authenticators[]`. */
function authenticatorEntry(key: AuthenticatorKey, user: SimUser): Json {
  const c = CATALOG[key];
  return { type: c.type, key, id: c.id, displayName: c.displayName, methods: userMethods(user, key).map((type) => ({ type })) };
}

/** The user's enrollment of an authenticator, as listed in `authenticatorEnrollments[]`. */
export function enrollmentEntry(key: AuthenticatorKey, user: SimUser): Json {
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
export function verifyList(ctx: RenderContext, user: SimUser): Json {
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

export function directory(user: SimUser): Json {
  return {
    authenticators: { type: 'array', value: user.authenticators.map((k) => authenticatorEntry(k, user)) },
    authenticatorEnrollments: { type: 'array', value: user.authenticators.map((k) => enrollmentEntry(k, user)) },
  };
}

/** Okta Verify as the authenticator being verified, with the methods of this challenge only. */
export function currentOktaVerify(method: string, extra: Json = {}): Json {
  return {
    currentAuthenticator: {
      type: 'object',
      value: { ...extra, type: 'app', key: 'okta_verify', id: CATALOG.okta_verify.id, displayName: 'Okta Verify', methods: [{ type: method }] },
    },
  };
}
