/**
 * One IDX response seen from one of its remediations (`primary`): what every step reader needs, plus the
 * parts every step shares — the generic `actions` and `poll` — read the same way for all of them.
 */
import type { FlowMessage, StepAction, StepPoll } from '../model.js';
import { currentAuthenticator, readMessages, type RawAuthenticator, type RawIdx, type RawRemediation } from './raw.js';

export interface IdxView {
  raw: RawIdx;
  /** The remediation the step is read from: the response's first, or another one shown locally. */
  primary: RawRemediation;
  remediations: RawRemediation[];
  /** The authenticator being verified or enrolled (`currentAuthenticator` or `currentAuthenticatorEnrollment`). */
  current?: RawAuthenticator;
  messages: FlowMessage[];
  actions: StepAction[];
  poll?: StepPoll;
  find(name: string): RawRemediation | undefined;
}

/** The lists a user can go back to from a step shown beside them. */
export const LIST_REMEDIATIONS = ['select-authenticator-authenticate', 'select-authenticator-enroll'] as const;
export const CHANNEL_REMEDIATION = 'select-enrollment-channel';

export function viewOf(raw: RawIdx, primary: RawRemediation, messages: FlowMessage[] = readMessages(raw, primary)): IdxView {
  const remediations = raw.remediation?.value ?? [];
  const find = (name: string) => remediations.find((r) => r.name === name);
  const current = currentAuthenticator(raw);
  const beside = (name: string) => primary.name !== name && !!find(name);

  const actions: StepAction[] = [];
  if (LIST_REMEDIATIONS.some(beside)) actions.push('choose-another');
  if (beside(CHANNEL_REMEDIATION)) actions.push('switch-channel');
  if (primary.name === 'resend' || find('resend') || current?.resend) actions.push('resend');
  if (find('skip')) actions.push('skip');
  if (raw.cancel) actions.push('cancel');

  // Okta lists the poll first when it waits for something outside the page; a step shown from another
  // remediation of the same response (a list, a channel choice) does not poll.
  const poll: StepPoll | undefined = primary.name.endsWith('-poll')
    ? { remediation: primary.name, refreshMs: typeof primary.refresh === 'number' && primary.refresh >= 0 ? primary.refresh : undefined }
    : undefined;

  return { raw, primary, remediations, current, messages, actions, poll, find };
}
