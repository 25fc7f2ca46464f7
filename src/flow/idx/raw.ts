/**
 * Okta's raw IDX JSON, as okta-auth-js keeps it in `transaction.rawIdxState`, and small readers over it.
 * The widget reads the raw JSON rather than okta-auth-js's `nextStep`, whose shape differs between a
 * successful and a failed request; the same readers therefore map Okta's captured responses in tests.
 */
import type { AuthenticatorChoice, FlowMessage } from '../model.js';
import { isWebUrl } from '../redirect.js';

/** The parts of an IDX response the widget looks at. */
export interface RawIdx {
  version?: string;
  remediation?: { value?: RawRemediation[] };
  messages?: { value?: RawMessage[] };
  currentAuthenticator?: { value?: RawAuthenticator };
  currentAuthenticatorEnrollment?: { value?: RawAuthenticator };
  user?: { value?: { identifier?: string; profile?: Record<string, unknown> } };
  cancel?: unknown;
  /** Present while the password is being recovered ("Forgot password?"). */
  recoveryAuthenticator?: unknown;
  [key: string]: unknown;
}

export interface RawRemediation {
  name: string;
  refresh?: number;
  relatesTo?: unknown;
  value?: RawField[];
}

export interface RawField {
  name: string;
  label?: string;
  value?: unknown;
  form?: { value?: RawField[] };
  options?: RawOption[];
  messages?: { value?: RawMessage[] };
}

export interface RawOption {
  label?: string;
  value?: unknown;
  relatesTo?: unknown;
}

export interface RawMessage {
  message?: string;
  class?: string;
  i18n?: { key?: string };
}

export interface RawAuthenticator {
  id?: string;
  key?: string;
  displayName?: string;
  methods?: Array<{ type?: string }>;
  contextualData?: { [k: string]: unknown };
  settings?: { [k: string]: unknown };
  /** The user's enrollment as Okta shows it, often masked (`email`, `phoneNumber`). */
  profile?: { [k: string]: unknown };
  resend?: unknown;
  recover?: unknown;
  /** The authenticator's own poll (an email's magic link), with its `refresh`. */
  poll?: { refresh?: unknown };
  [k: string]: unknown;
}

export function currentAuthenticator(raw: RawIdx): RawAuthenticator | undefined {
  return raw.currentAuthenticator?.value ?? raw.currentAuthenticatorEnrollment?.value;
}

/** The current authenticator as a step carries it. Okta Verify may come with an empty display name. */
export function currentChoice(raw: RawIdx): AuthenticatorChoice | undefined {
  const current = currentAuthenticator(raw);
  if (!current) return undefined;
  const key = current.key ?? 'unknown';
  const logoUri = imageUrl(current.logoUri, hrefOf(raw.remediation?.value?.[0]));
  return {
    id: current.id ?? '',
    key,
    displayName: current.displayName || (key === 'okta_verify' ? 'Okta Verify' : key),
    methods: (current.methods ?? []).map((m) => String(m.type)),
    ...(logoUri ? { logoUri } : {}),
  };
}

function hrefOf(remediation: RawRemediation | undefined): string | undefined {
  const href = (remediation as { href?: unknown } | undefined)?.href;
  return typeof href === 'string' ? href : undefined;
}

/** A string the server sent, trimmed; `undefined` when it is absent, not a string, or blank. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** A link the server sent for the user to follow (a download, an enrollment page): kept only when it is `https:`. */
export function httpsLink(value: unknown): string | undefined {
  const link = textOf(value);
  return link?.startsWith('https:') ? link : undefined;
}

/**
 * An image the server names (a custom app's logo) as a URL safe to show: a web address (a path is read
 * against Okta's own address, `base`), or an image carried in the response itself.
 */
export function imageUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  if (/^data:image\/(?:png|gif|jpeg|webp|svg\+xml)[;,]/i.test(value)) return value;
  try {
    const url = new URL(value, base).href;
    return isWebUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

export function findField(fields: RawField[] | undefined, name: string): RawField | undefined {
  return fields?.find((f) => f.name === name);
}

/** The fields of a nested form: `{ form: { value } }` as a field's value, or `form.value` on the field. */
export function nestedFields(field: RawField | undefined): RawField[] {
  const fromValue = (field?.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
  return fromValue ?? field?.form?.value ?? [];
}

/** The options of an `authenticator` field (verify or enroll list), each resolved to the authenticator it names. */
export function readChoices(raw: RawIdx, remediation: RawRemediation): AuthenticatorChoice[] {
  const options = findField(remediation.value, 'authenticator')?.options ?? [];
  const choices: AuthenticatorChoice[] = [];
  for (const option of options) {
    const form = nestedFields(option as RawField);
    const id = findField(form, 'id')?.value;
    const target = resolveRelatesTo(raw, option.relatesTo);
    const methodField = findField(form, 'methodType');
    const methods = methodField?.options?.length
      ? methodField.options.map((o) => String(o.value))
      : typeof methodField?.value === 'string'
        ? [methodField.value]
        : (target?.methods ?? []).map((m) => String(m.type));
    if (typeof id !== 'string') continue;
    const logoUri = imageUrl(target?.logoUri, hrefOf(remediation));
    choices.push({
      id,
      key: target?.key ?? 'unknown',
      displayName: option.label ?? target?.displayName ?? target?.key ?? id,
      methods,
      ...(logoUri ? { logoUri } : {}),
    });
  }
  return choices;
}

/**
 * Resolves Okta's `relatesTo` JSON paths (`$.authenticatorEnrollments.value[0]`, or a one-element array of
 * such a path). okta-auth-js resolves them in place in some copies, so an already-resolved object is accepted.
 */
export function resolveRelatesTo(raw: RawIdx, ref: unknown): RawAuthenticator | undefined {
  const path = Array.isArray(ref) ? ref[0] : ref;
  if (path && typeof path === 'object') {
    const obj = path as { value?: RawAuthenticator } & RawAuthenticator;
    return obj.key ? obj : obj.value;
  }
  if (typeof path !== 'string' || !path.startsWith('$.')) return undefined;
  let node: unknown = raw;
  for (const part of path.slice(2).split('.')) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || !node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const obj = node as { value?: RawAuthenticator } & RawAuthenticator;
  return obj.key ? obj : obj.value;
}

/**
 * The values a remediation fixes in its nested forms, e.g. `authenticator: { id, methodType: 'push' }` on
 * `resend` after a rejected push. okta-auth-js sends only top-level fixed values by itself.
 */
export function fixedValues(remediation: RawRemediation): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of remediation.value ?? []) {
    const form = (field.value as { form?: { value?: RawField[] } } | undefined)?.form?.value;
    if (!form) continue;
    const nested = Object.fromEntries(form.filter((f) => f.value !== undefined).map((f) => [f.name, f.value]));
    if (Object.keys(nested).length) values[field.name] = nested;
  }
  return values;
}

/** Field names of the server's forms mapped to the widget's inputs. */
const FIELD_NAMES: Record<string, string> = {
  identifier: 'username',
  passcode: 'password',
  totp: 'code',
};

/** Top-level and field-level messages of the primary remediation, de-duplicated by i18n key (as okta-auth-js does). */
export function readMessages(raw: RawIdx | undefined, primary: RawRemediation | undefined = raw?.remediation?.value?.[0]): FlowMessage[] {
  if (!raw) return [];
  const out: FlowMessage[] = [];
  const seen = new Set<string>();
  const add = (m: RawMessage, field?: string) => {
    const key = m.i18n?.key;
    const dedupe = key ?? m.message ?? '';
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    out.push({ text: String(m.message ?? ''), key, level: levelOf(m.class), field });
  };
  for (const m of raw.messages?.value ?? []) add(m);
  const walk = (fields: RawField[] | undefined) => {
    for (const f of fields ?? []) {
      for (const m of f.messages?.value ?? []) add(m, FIELD_NAMES[f.name] ?? f.name);
      walk(f.form?.value);
    }
  };
  walk(primary?.value);
  return out;
}

function levelOf(cls: string | undefined): FlowMessage['level'] {
  if (cls === 'ERROR') return 'error';
  if (cls === 'WARNING') return 'warning';
  return 'info';
}
