/**
 * One IDX response seen from one of its remediations (`primary`): what every step reader needs, plus the
 * `poll` every step shares, read the same way for all of them.
 */
import type { FlowMessage, StepPoll } from '../model.js';
import { currentAuthenticator, readMessages, type RawAuthenticator, type RawIdx, type RawRemediation } from './raw.js';

export interface IdxView {
  raw: RawIdx;
  /** The remediation the step is read from: the response's first, or another one shown locally. */
  primary: RawRemediation;
  remediations: RawRemediation[];
  /** The authenticator being verified or enrolled (`currentAuthenticator` or `currentAuthenticatorEnrollment`). */
  current?: RawAuthenticator;
  messages: FlowMessage[];
  poll?: StepPoll;
  find(name: string): RawRemediation | undefined;
}

export function viewOf(raw: RawIdx, primary: RawRemediation, messages: FlowMessage[] = readMessages(raw, primary)): IdxView {
  const remediations = raw.remediation?.value ?? [];
  const find = (name: string) => remediations.find((r) => r.name === name);
  // Okta lists the poll first when it waits for something outside the page; a step shown from another
  // remediation of the same response (a list, a channel choice) does not poll.
  const poll: StepPoll | undefined = primary.name.endsWith('-poll')
    ? { remediation: primary.name, refreshMs: typeof primary.refresh === 'number' && primary.refresh >= 0 ? primary.refresh : undefined }
    : undefined;
  return { raw, primary, remediations, current: currentAuthenticator(raw), messages, poll, find };
}
