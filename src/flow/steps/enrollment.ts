/**
 * Enrollment steps: the "set up security methods" list, and Okta Verify enrollment by QR code or by a link
 * sent by email or SMS, each polled until the device has enrolled.
 */
import { findField, nestedFields, readChoices } from '../idx/raw.js';
import { CHANNEL_REMEDIATION, type IdxView } from '../idx/view.js';
import type { EnrollmentChannel } from '../model.js';
import { currentKeyIs, type StepDefinition } from './definition.js';

const CHANNELS: readonly EnrollmentChannel[] = ['qrcode', 'email', 'sms'];

/** Only an image carried in the response itself is shown: a link elsewhere could track or mislead. */
const SAFE_QR = /^data:image\/(?:png|svg\+xml)[;,]/i;

export function isSafeQrCode(href: unknown): href is string {
  return typeof href === 'string' && SAFE_QR.test(href);
}

function selectedChannel(idx: IdxView): string | undefined {
  const value = idx.current?.contextualData?.selectedChannel;
  return typeof value === 'string' ? value : undefined;
}

function linkChannel(idx: IdxView): 'email' | 'sms' {
  return selectedChannel(idx) === 'sms' ? 'sms' : 'email';
}

/** The `authenticator` form of the channel remediation: its fixed id and its channel options. */
function channelForm(idx: IdxView) {
  const form = nestedFields(findField(idx.find(CHANNEL_REMEDIATION)?.value, 'authenticator'));
  const id = findField(form, 'id')?.value;
  const options = findField(form, 'channel')?.options?.map((o) => String(o.value)) ?? [];
  return { id: typeof id === 'string' ? id : undefined, channels: CHANNELS.filter((c) => options.includes(c)) };
}

export const selectEnrollment: StepDefinition<'select-enrollment'> = {
  remediations: ['select-authenticator-enroll'],
  read: (idx) => ({ authenticators: readChoices(idx.raw, idx.primary) }),
  status: 'AwaitingAuthenticatorEnrollment',
  element: { tag: 'ovs-authenticator-list-step', properties: { purpose: 'enroll' } },
  submit: ({ authenticator }) => ({ kind: 'proceed', remediation: 'select-authenticator-enroll', values: { authenticator: { id: authenticator.id } } }),
};

export const enrollQr: StepDefinition<'okta-verify-enroll-qr'> = {
  remediations: ['enroll-poll'],
  match: (idx) => idx.current?.key === 'okta_verify' && (selectedChannel(idx) ?? 'qrcode') === 'qrcode',
  read: (idx) => {
    const href = (idx.current?.contextualData?.qrcode as { href?: unknown } | undefined)?.href;
    return { qrCode: isSafeQrCode(href) ? href : undefined };
  },
  status: 'AwaitingAuthenticatorEnrollment',
  element: { tag: 'ovs-enroll-qr-step' },
};

export const enrollSent: StepDefinition<'okta-verify-enroll-sent'> = {
  remediations: ['enroll-poll'],
  match: (idx) => idx.current?.key === 'okta_verify' && (selectedChannel(idx) === 'email' || selectedChannel(idx) === 'sms'),
  read: (idx) => {
    const channel = linkChannel(idx);
    const to = idx.current?.contextualData?.[channel === 'sms' ? 'phoneNumber' : 'email'];
    return { channel, to: typeof to === 'string' ? to : undefined };
  },
  status: 'AwaitingAuthenticatorEnrollment',
  element: { tag: 'ovs-enroll-sent-step' },
};

export const enrollChannel: StepDefinition<'okta-verify-enroll-channel'> = {
  // Usually shown from the QR step's response ("Can't scan?"); Okta may also send it first.
  remediations: [CHANNEL_REMEDIATION],
  match: currentKeyIs('okta_verify'),
  read: (idx) => ({ channels: channelForm(idx).channels }),
  status: 'AwaitingAuthenticatorEnrollment',
  element: { tag: 'ovs-enroll-channel-step' },
  submit: ({ channel }, { idx }) => {
    const id = idx && channelForm(idx).id;
    return { kind: 'proceed', remediation: CHANNEL_REMEDIATION, values: { authenticator: { ...(id ? { id } : {}), channel } } };
  },
};

export const enrollAddress: StepDefinition<'okta-verify-enroll-address'> = {
  remediations: ['enrollment-channel-data'],
  read: (idx) => ({ channel: findField(idx.primary.value, 'phoneNumber') ? 'sms' : linkChannel(idx) }),
  status: 'AwaitingAuthenticatorEnrollment',
  element: { tag: 'ovs-enroll-address-step' },
  submit: ({ email, phoneNumber }) => ({
    kind: 'proceed',
    remediation: 'enrollment-channel-data',
    values: phoneNumber !== undefined ? { phoneNumber } : { email },
  }),
};
