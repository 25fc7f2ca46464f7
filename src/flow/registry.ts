/**
 * Every step the widget knows, keyed by step name: which remediation asks for it, how it is read and what its
 * form sends. The record is exhaustive over `StepName`, so a new step without an entry does not compile.
 * Adding a step is one reader and one line here (and, on the view side, one line in `src/steps/step-views.ts`).
 */
import { offeredActions } from './actions.js';
import { readMessages, type RawIdx } from './idx/raw.js';
import { viewOf, type IdxView } from './idx/view.js';
import type { SignInStatus, Step, StepAction, StepName } from './model.js';
import type { StepDefinition, StepRegistry } from './steps/definition.js';
import { chooseChannel, enterPhoneNumber, openSetupLink, scanQrCode, sendSetupLink, setUpOnThisDevice } from './steps/enrollment.js';
import { useFastPass } from './steps/fastpass.js';
import { enrollDevice, handledByPage, loading, readDeviceEnrollment, readTerminal, success, terminal, unsupported } from './steps/outcome.js';
import { setPassword } from './steps/password.js';
import { approvePush, chooseAuthenticator, chooseMethod, enterCode, enterPassword, identify, keepSignedIn } from './steps/sign-in.js';

export const STEPS: StepRegistry = {
  loading,
  identify,
  'enter-password': enterPassword,
  'choose-authenticator': chooseAuthenticator,
  'choose-method': chooseMethod,
  'enter-code': enterCode,
  'approve-push': approvePush,
  'use-fastpass': useFastPass,
  'scan-qr-code': scanQrCode,
  'choose-channel': chooseChannel,
  'enter-phone-number': enterPhoneNumber,
  'send-setup-link': sendSetupLink,
  'open-setup-link': openSetupLink,
  'set-up-on-this-device': setUpOnThisDevice,
  'enroll-device': enrollDevice,
  'set-password': setPassword,
  'keep-signed-in': keepSignedIn,
  'handled-by-page': handledByPage,
  success,
  terminal,
  unsupported,
};

type AnyDefinition = StepDefinition<StepName> & { name: StepName };

/** The entries that read a remediation, indexed by its name, in registry order. */
const byRemediation = new Map<string, AnyDefinition[]>();
for (const [name, definition] of Object.entries(STEPS) as Array<[StepName, StepDefinition<StepName>]>) {
  for (const remediation of definition.remediations ?? []) {
    const list = byRemediation.get(remediation) ?? [];
    list.push({ ...definition, name });
    byRemediation.set(remediation, list);
  }
}

/** The registry entry of a step. */
export function definitionOf<N extends StepName>(name: N): StepDefinition<N> {
  return STEPS[name] as unknown as StepDefinition<N>;
}

/** The outcome a step belongs to, when it has one. */
export function statusOf(step: Step): SignInStatus | undefined {
  const { status } = STEPS[step.name] as { status?: SignInStatus | ((step: Step) => SignInStatus) };
  return typeof status === 'function' ? status(step) : status;
}

/** Reads the step `idx` asks for, or `unsupported` when no entry matches its primary remediation. */
export function readView(idx: IdxView): Step {
  const actions = offeredActions(idx);
  const identifier = idx.raw.user?.value?.identifier;
  const base = {
    messages: idx.messages,
    actions,
    ...(idx.poll ? { poll: idx.poll } : {}),
    identifier: typeof identifier === 'string' && identifier ? identifier : undefined,
  };
  const entry = byRemediation.get(idx.primary.name)?.find((d) => !d.match || d.match(idx));
  if (!entry?.read) {
    // Not polled: the widget would not know when what it waits for has happened.
    return { messages: idx.messages, name: 'unsupported', remediation: idx.primary.name, actions: withRestart(actions) };
  }
  return { ...entry.read(idx), ...base, name: entry.name } as Step;
}

/** Maps an IDX response to the step it asks for. `status` is okta-auth-js's transaction status. */
export function readStep(raw: RawIdx | undefined, status: string = 'PENDING'): Step {
  const messages = readMessages(raw);
  const primary = raw?.remediation?.value?.[0];
  if (status === 'TERMINAL' || status === 'CANCELED' || !raw || !primary) return (raw && !primary && readDeviceEnrollment(raw, messages)) || readTerminal(raw, messages);
  return readView(viewOf(raw, primary, messages));
}

/**
 * Reads the step of another remediation of the same response, shown without a request: the "verify with"
 * list beside a challenge, the channel choice beside the QR code. Its messages belong to the step they came with.
 */
export function readBeside(raw: RawIdx | undefined, remediation: string): { step: Step; idx: IdxView } | undefined {
  const primary = raw?.remediation?.value?.find((r) => r.name === remediation);
  if (!raw || !primary) return undefined;
  const idx = viewOf(raw, primary, []);
  return { step: readView(idx), idx };
}

function withRestart(actions: StepAction[]): StepAction[] {
  return actions.includes('restart') ? actions : [...actions, 'restart'];
}
