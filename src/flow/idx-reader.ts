/**
 * Reads Okta's raw IDX JSON (as okta-auth-js keeps it in `transaction.rawIdxState`) into a `Step`.
 * It works on the raw JSON rather than on okta-auth-js's `nextStep`, whose shape differs between a
 * successful and a failed request; the same function therefore maps Okta's captured responses in tests.
 */
import type { AuthenticatorChoice, FlowMessage, OktaVerifyMethod, Step } from './model.js';

/** The parts of an IDX response this reader looks at. */
export interface RawIdx {
  version?: string;
  remediation?: { value?: RawRemediation[] };
  messages?: { value?: RawMessage[] };
  currentAuthenticator?: { value?: RawAuthenticator };
  currentAuthenticatorEnrollment?: { value?: RawAuthenticator };
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
  value?: unknown;
  form?: { value?: RawField[] };
  options?: RawOption[];
  messages?: { value?: RawMessage[] };
}

interface RawOption {
  label?: string;
  value?: unknown;
  relatesTo?: unknown;
}

interface RawMessage {
  message?: string;
  class?: string;
  i18n?: { key?: string };
}

export interface RawAuthenticator {
  id?: string;
  key?: string;
  displayName?: string;
  methods?: Array<{ type?: string }>;
  contextualData?: { correctAnswer?: string | number; [k: string]: unknown };
  resend?: unknown;
  [k: string]: unknown;
}

/** Maps an IDX response to the step it asks for. `status` is okta-auth-js's transaction status. */
export function readStep(raw: RawIdx | undefined, status: string = 'PENDING'): Step {
  const messages = readMessages(raw);
  if (status === 'TERMINAL' || status === 'CANCELED' || !raw) return { name: 'terminal', messages };

  const remediations = raw.remediation?.value ?? [];
  const primary = remediations[0];
  if (!primary) return { name: 'terminal', messages };
  const canChooseAnother = remediations.some((r) => r.name === 'select-authenticator-authenticate');
  const current = currentAuthenticator(raw);

  switch (primary.name) {
    case 'identify':
      return { name: 'identify', messages, withPassword: !!findField(primary, 'credentials') };
    case 'select-authenticator-authenticate':
      return { name: 'select-authenticator', messages, authenticators: readChoices(raw, primary) };
    case 'challenge-authenticator':
      if (current?.key === 'okta_verify') return { name: 'okta-verify-code', messages, canChooseAnother };
      break;
    case 'challenge-poll':
    case 'resend':
      if (current?.key === 'okta_verify') return readPush(raw, remediations, messages, canChooseAnother);
      break;
  }
  return { name: 'unsupported', remediation: primary.name, messages, canChooseAnother };
}

/** The "verify with" list offered next to the current step, for "Verify with something else". */
export function readChoiceList(raw: RawIdx | undefined): Step | undefined {
  const list = raw?.remediation?.value?.find((r) => r.name === 'select-authenticator-authenticate');
  if (!raw || !list) return undefined;
  return { name: 'select-authenticator', messages: [], authenticators: readChoices(raw, list) };
}

/** The Okta Verify methods this widget can run, in the order offered. */
export function oktaVerifyMethods(choice: AuthenticatorChoice): OktaVerifyMethod[] {
  return choice.methods.filter((m): m is OktaVerifyMethod => m === 'push' || m === 'totp');
}

function readPush(raw: RawIdx, remediations: RawRemediation[], messages: FlowMessage[], canChooseAnother: boolean): Step {
  const current = currentAuthenticator(raw);
  const poll = remediations.find((r) => r.name === 'challenge-poll');
  const answer = current?.contextualData?.correctAnswer;
  return {
    name: 'okta-verify-push',
    messages,
    waiting: !!poll,
    refreshMs: typeof poll?.refresh === 'number' ? poll.refresh : undefined,
    correctAnswer: answer === undefined || answer === null ? undefined : String(answer),
    canResend: !!current?.resend || remediations.some((r) => r.name === 'resend'),
    canChooseAnother,
  };
}

function currentAuthenticator(raw: RawIdx): RawAuthenticator | undefined {
  return raw.currentAuthenticator?.value ?? raw.currentAuthenticatorEnrollment?.value;
}

function findField(remediation: RawRemediation, name: string): RawField | undefined {
  return remediation.value?.find((f) => f.name === name);
}

function readChoices(raw: RawIdx, remediation: RawRemediation): AuthenticatorChoice[] {
  const options = findField(remediation, 'authenticator')?.options ?? [];
  const choices: AuthenticatorChoice[] = [];
  for (const option of options) {
    const form = (option.value as { form?: { value?: RawField[] } } | undefined)?.form?.value ?? [];
    const id = form.find((f) => f.name === 'id')?.value;
    const target = resolveRelatesTo(raw, option.relatesTo);
    const methodField = form.find((f) => f.name === 'methodType');
    const methods = methodField?.options?.length
      ? methodField.options.map((o) => String(o.value))
      : typeof methodField?.value === 'string'
        ? [methodField.value]
        : (target?.methods ?? []).map((m) => String(m.type));
    if (typeof id !== 'string') continue;
    choices.push({
      id,
      key: target?.key ?? 'unknown',
      displayName: option.label ?? target?.displayName ?? target?.key ?? id,
      methods,
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

/** Field names of the server's form mapped to the widget's inputs. */
const FIELD_NAMES: Record<string, string> = {
  identifier: 'username',
  passcode: 'password',
  totp: 'code',
};

/** Top-level and field-level messages, de-duplicated by i18n key (as okta-auth-js does). */
export function readMessages(raw: RawIdx | undefined): FlowMessage[] {
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
  walk(raw.remediation?.value?.[0]?.value);
  return out;
}

function levelOf(cls: string | undefined): FlowMessage['level'] {
  if (cls === 'ERROR') return 'error';
  if (cls === 'WARNING') return 'warning';
  return 'info';
}
