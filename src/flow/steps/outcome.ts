/** Steps the flow makes itself: before the first response, and where a sign-in ends. */
import { currentAuthenticator, httpsLink, textOf as text, type RawIdx } from '../idx/raw.js';
import type { EnrollDeviceStep, FlowMessage, TerminalStep } from '../model.js';
import type { StepDefinition } from './definition.js';

/** Where a sign-in began, in Okta's words: browser, system and place ("FIREFOX on Mac OS X, Toronto, Ontario, Canada"). */
function requestedFrom(raw: RawIdx | undefined): string | undefined {
  const client = (raw as { client?: { value?: Record<string, unknown> } } | undefined)?.client?.value;
  if (!client) return undefined;
  const location = (client.location ?? {}) as Record<string, unknown>;
  const device = [text(client.browser), text(client.os)].filter(Boolean).join(' on ');
  const place = [text(location.city), text(location.state), text(location.country)].filter(Boolean).join(', ');
  return [device, place].filter(Boolean).join(', ') || undefined;
}

/** An ended transaction: what went wrong, or (only INFO messages) what went well and what is left to do. */
export function readTerminal(raw: RawIdx | undefined, messages: FlowMessage[]): TerminalStep {
  const info = messages.length > 0 && messages.every((m) => m.level === 'info');
  const otp = raw && currentAuthenticator(raw)?.contextualData?.otp;
  const identifier = raw?.user?.value?.identifier;
  const from = otp ? requestedFrom(raw) : undefined;
  return {
    name: 'terminal',
    messages,
    actions: ['restart'],
    info,
    otp: typeof otp === 'string' && /^\d{4,10}$/.test(otp) ? otp : undefined,
    requestedFrom: from,
    ...(typeof identifier === 'string' && identifier ? { identifier } : {}),
  };
}

export const loading: StepDefinition<'loading'> = {};
export const success: StepDefinition<'success'> = { status: 'Success' };
export const terminal: StepDefinition<'terminal'> = {};
export const unsupported: StepDefinition<'unsupported'> = {};
export const handledByPage: StepDefinition<'handled-by-page'> = {};

/**
 * The app needs a managed device (`deviceEnrollment`, a response with nothing to post): how to enroll this one,
 * for Okta Device Access or the org's device management vendor. Okta names MDM vendors `mdm` or `ws1`.
 */
export function readDeviceEnrollment(raw: RawIdx, messages: FlowMessage[]): EnrollDeviceStep | undefined {
  const data = (raw.deviceEnrollment as { value?: Record<string, unknown> } | undefined)?.value;
  if (!data || typeof data !== 'object') return undefined;
  const identifier = raw.user?.value?.identifier;
  return {
    name: 'enroll-device',
    messages,
    actions: ['restart'],
    kind: data.name === 'oda' ? 'oda' : 'mdm',
    platform: text(data.platform)?.toLowerCase(),
    signInUrl: text(data.signInUrl),
    enrollmentLink: httpsLink(data.enrollmentLink),
    vendor: text(data.vendor),
    ...(typeof identifier === 'string' && identifier ? { identifier } : {}),
  };
}

export const enrollDevice: StepDefinition<'enroll-device'> = {};
