/**
 * Okta Verify enrollment: by QR code or by a link sent by email or SMS, each polled until the device has
 * enrolled. (The "set up security methods" list is `choose-authenticator` with the purpose `enroll`.)
 */
import { currentChoice, findField, httpsLink, nestedFields, textOf } from '../idx/raw.js';
import { CHANNEL_REMEDIATION, channelForm as rawChannelForm, CHOOSABLE_CHANNELS } from '../actions.js';
import type { IdxView } from '../idx/view.js';
import type { EnrollmentChannel } from '../model.js';
import { currentKeyIs, type StepDefinition } from './definition.js';

const CHANNELS: readonly EnrollmentChannel[] = CHOOSABLE_CHANNELS;

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
  const { id, options } = rawChannelForm(idx);
  return { id, channels: CHANNELS.filter((c) => options.includes(c)) };
}

export const scanQrCode: StepDefinition<'scan-qr-code'> = {
  remediations: ['enroll-poll'],
  match: (idx) => idx.current?.key === 'okta_verify' && (selectedChannel(idx) ?? 'qrcode') === 'qrcode',
  read: (idx) => {
    const href = (idx.current?.contextualData?.qrcode as { href?: unknown } | undefined)?.href;
    return { qrCode: isSafeQrCode(href) ? href : undefined };
  },
  status: 'AwaitingAuthenticatorEnrollment',
};

export const openSetupLink: StepDefinition<'open-setup-link'> = {
  remediations: ['enroll-poll'],
  match: (idx) => idx.current?.key === 'okta_verify' && (selectedChannel(idx) === 'email' || selectedChannel(idx) === 'sms'),
  read: (idx) => {
    const channel = linkChannel(idx);
    const to = idx.current?.contextualData?.[channel === 'sms' ? 'phoneNumber' : 'email'];
    return { channel, to: typeof to === 'string' ? to : undefined };
  },
  status: 'AwaitingAuthenticatorEnrollment',
};

export const chooseChannel: StepDefinition<'choose-channel'> = {
  // Usually shown from the QR step's response ("Can't scan?"); Okta may also send it first.
  remediations: [CHANNEL_REMEDIATION],
  match: currentKeyIs('okta_verify'),
  read: (idx) => ({ channels: channelForm(idx).channels }),
  status: 'AwaitingAuthenticatorEnrollment',
  submit: ({ channel }, { idx }) => {
    const id = idx && channelForm(idx).id;
    return { kind: 'proceed', remediation: CHANNEL_REMEDIATION, values: { authenticator: { ...(id ? { id } : {}), channel } } };
  },
};

/** The `authenticator` form of a phone's enrollment data: its fixed id and the ways codes can come. */
function phoneForm(idx: IdxView) {
  const form = nestedFields(findField(idx.primary.value, 'authenticator'));
  const id = findField(form, 'id')?.value;
  const methods = (findField(form, 'methodType')?.options ?? []).map((o) => String(o.value)).filter((m): m is 'sms' | 'voice' => m === 'sms' || m === 'voice');
  return { id: typeof id === 'string' ? id : undefined, methods };
}

export const enterPhoneNumber: StepDefinition<'enter-phone-number'> = {
  remediations: ['authenticator-enrollment-data'],
  match: currentKeyIs('phone_number'),
  read: (idx) => ({ authenticator: currentChoice(idx.raw)!, methods: phoneForm(idx).methods }),
  status: 'AwaitingAuthenticatorEnrollment',
  submit: ({ phoneNumber, method }, { step, idx }) => {
    const id = (idx && phoneForm(idx).id) ?? step.authenticator.id;
    return { kind: 'proceed', remediation: 'authenticator-enrollment-data', values: { authenticator: { id, methodType: method, phoneNumber } } };
  },
};

export const sendSetupLink: StepDefinition<'send-setup-link'> = {
  remediations: ['enrollment-channel-data'],
  read: (idx) => ({ channel: findField(idx.primary.value, 'phoneNumber') ? 'sms' : linkChannel(idx) }),
  status: 'AwaitingAuthenticatorEnrollment',
  submit: (address) => ({ kind: 'proceed', remediation: 'enrollment-channel-data', values: { ...address } }),
};

const ON_THIS_DEVICE: Record<string, 'install' | 'from-enrolled-device'> = { samedevice: 'install', devicebootstrap: 'from-enrolled-device' };

export const setUpOnThisDevice: StepDefinition<'set-up-on-this-device'> = {
  remediations: ['enroll-poll'],
  match: (idx) => idx.current?.key === 'okta_verify' && (selectedChannel(idx) ?? '') in ON_THIS_DEVICE,
  read: (idx) => {
    const channel = selectedChannel(idx)!;
    const data = (idx.current?.contextualData?.[channel] ?? {}) as Record<string, unknown>;
    // Okta sends one device name as a string, several as a list.
    const devices = Array.isArray(data.enrolledDevices) ? data.enrolledDevices : [data.enrolledDevices];
    return {
      how: ON_THIS_DEVICE[channel]!,
      orgUrl: textOf(data.orgUrl),
      downloadHref: httpsLink(data.downloadHref),
      platform: textOf(data.platform)?.toLowerCase(),
      enrolledDevices: devices.map(textOf).filter((d): d is string => !!d),
    };
  },
  status: 'AwaitingAuthenticatorEnrollment',
};
