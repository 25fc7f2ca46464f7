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
  const current = currentAuthenticator(raw);
  // Okta lists the poll first when it waits for something outside the page; a step shown from another
  // remediation of the same response (a list, a channel choice) does not poll. A code step may poll as well,
  // through its authenticator's own `poll` action: an emailed magic link may be opened meanwhile.
  const ownPoll = /^(challenge|enroll)-authenticator$/.test(primary.name) ? current?.poll : undefined;
  const poll: StepPoll | undefined = primary.name.endsWith('-poll')
    ? { remediation: primary.name, refreshMs: refreshOf(primary.refresh) }
    : ownPoll
      ? { action: `${raw.currentAuthenticator ? 'currentAuthenticator' : 'currentAuthenticatorEnrollment'}-poll`, refreshMs: refreshOf(ownPoll.refresh) }
      : undefined;
  return { raw, primary, remediations, current, messages, poll, find };
}

function refreshOf(refresh: unknown): number | undefined {
  return typeof refresh === 'number' && refresh >= 0 ? refresh : undefined;
}
