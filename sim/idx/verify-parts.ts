/**
 * What the states of verification share: the "verify with" list (`select-authenticator-authenticate`), the
 * user's `authenticators` / `authenticatorEnrollments`, and Okta Verify as `currentAuthenticator`. The shapes
 * follow Okta's captured responses (`test/sim/fixture-shapes.test.ts` compares them).
 */
import type { Transaction } from '../transactions.js';
import { CATALOG, emailOf, enrollmentId, RECOVERY, userMethods, type AuthenticatorKey, type SimUser } from '../users.js';
import { form, type Json, type RenderContext } from './response-parts.js';

/**
 * What the lists offer: when signing in, the user's authenticators not verified yet in this transaction
 * (Okta lists only what can still satisfy the policy); when recovering or unlocking, those that can prove
 * who the user is.
 */
export function choosable(tx: Transaction): AuthenticatorKey[] {
  const keys = tx.user?.authenticators ?? [];
  return tx.flow === 'sign-in' ? keys.filter((k) => !tx.verified.has(k)) : keys.filter((k) => RECOVERY.includes(k));
}

/** The methods the lists offer for an authenticator: FastPass (`signed_nonce`) signs in, it does not recover or unlock. */
export function methodsFor(tx: Transaction, user: SimUser, key: AuthenticatorKey): string[] {
  const methods = userMethods(user, key);
  return tx.flow === 'sign-in' ? methods : methods.filter((m) => m !== 'signed_nonce');
}

/** As in Okta's captures: "Send push automatically" comes with push alone, not beside other methods. */
export function offersAutoPush(methods: string[]): boolean {
  return methods.length === 1 && methods[0] === 'push';
}

/** `i**a@h***o.net`: the first and last letter of the name and of the domain's first label, as Okta masks. */
export function maskEmail(address: string): string {
  const [name = '', domain = ''] = address.split('@');
  const [label = '', ...rest] = domain.split('.');
  const mask = (part: string) => (part.length <= 2 ? part : `${part[0]}${'*'.repeat(part.length - 2)}${part.at(-1)}`);
  return `${mask(name)}@${[mask(label), ...rest].join('.')}`;
}

/** `+1 XXX-XXX-0143`: only the last four digits show; a number stored masked stays as it is. */
export function maskPhone(number: string): string {
  return /X/.test(number) ? number : `+1 XXX-XXX-${number.replace(/\D/g, '').slice(-4)}`;
}

/** An org-wide authenticator, as listed in `authenticators[]`. */
function authenticatorEntry(key: AuthenticatorKey, user: SimUser): Json {
  const c = CATALOG[key];
  return { type: c.type, key, id: c.id, displayName: c.displayName, ...(c.logoUri ? { logoUri: c.logoUri } : {}), methods: userMethods(user, key).map((type) => ({ type })) };
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
  if (key === 'phone_number' && user.phoneNumber) entry.profile = { phoneNumber: maskPhone(user.phoneNumber) };
  if (key === 'okta_email') entry.profile = { email: maskEmail(emailOf(user)) };
  if (key === 'custom_app' && user.customPushDevice) entry.profile = { deviceName: user.customPushDevice };
  return entry;
}

/** Okta's words for each method in its lists and questions. */
export const METHOD_LABELS: Record<string, string> = {
  push: 'Get a push notification',
  totp: 'Enter a code',
  sms: 'SMS',
  voice: 'Voice call',
  signed_nonce: 'Use Okta FastPass',
};

/** `select-authenticator-authenticate`: one option per listed enrollment, pointing at `authenticatorEnrollments[i]`. */
export function verifyList(ctx: RenderContext): Json {
  const user = ctx.tx.user!;
  return form(ctx, 'select-authenticator-authenticate', '/idp/idx/challenge', [{ name: 'authenticator', type: 'object', options: authenticatorOptions(user, choosable(ctx.tx), 'authenticatorEnrollments', ctx.tx) }]);
}

/** One option per authenticator: its id and its methods (a choice when there are several), related to `list[i]`. */
export function authenticatorOptions(user: SimUser | undefined, keys: AuthenticatorKey[], list: string, tx?: Transaction): Json[] {
  return keys.map((key, i) => {
    const methods = user ? (tx ? methodsFor(tx, user, key) : userMethods(user, key)) : CATALOG[key].methods;
    const methodType: Json =
      methods.length > 1
        ? { name: 'methodType', type: 'string', required: false, options: methods.map((m) => ({ label: METHOD_LABELS[m] ?? m, value: m })) }
        : { name: 'methodType', required: false, value: methods[0], mutable: false };
    return {
      label: CATALOG[key].displayName,
      value: { form: { value: [{ name: 'id', required: true, value: CATALOG[key].id, mutable: false }, methodType] } },
      relatesTo: `$.${list}.value[${i}]`,
    };
  });
}

/** The listed authenticators and the user's enrollments of them, in the order of the list. */
export function directory(ctx: RenderContext): Json {
  const user = ctx.tx.user!;
  const keys = choosable(ctx.tx);
  return {
    authenticators: { type: 'array', value: keys.map((k) => authenticatorEntry(k, user)) },
    authenticatorEnrollments: { type: 'array', value: keys.map((k) => enrollmentEntry(k, user)) },
  };
}

/** Okta Verify (or a custom push authenticator) as the authenticator being verified, with the methods of this challenge only. */
export function currentOktaVerify(method: string, extra: Json = {}, key: 'okta_verify' | 'custom_app' = 'okta_verify'): Json {
  const c = CATALOG[key];
  return {
    currentAuthenticator: {
      type: 'object',
      value: { ...extra, type: c.type, key, id: c.id, displayName: c.displayName, ...(c.logoUri ? { logoUri: c.logoUri } : {}), methods: [{ type: method }] },
    },
  };
}
