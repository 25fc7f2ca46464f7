/** The address for the setup link (`enrollment-channel-data`): an email address or a phone number. */
import { str } from '../../body.js';
import { originOf } from '../../context.js';
import { activationLink, sendLink } from '../../outbox.js';
import { channelChoice, enrollingOktaVerify, enrollList, offeredWith, orgDirectory } from '../enroll-parts.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { activationOf, chooseEnrollment, compactPhone, PHONE } from './transitions.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export const enrollAddress: StateModule<StateOf<'enroll-address'>> = {
  render(ctx, { channel }) {
    const keys = offeredWith(ctx, 'okta_verify');
    const input =
      channel === 'sms'
        ? field(ctx, 'phoneNumber', { label: 'Phone number', name: 'phoneNumber', required: true, visible: true })
        : field(ctx, 'email', { label: 'Email', name: 'email', required: true, visible: true });
    const data = form(ctx, 'enrollment-channel-data', '/idp/idx/challenge/send', [input]);
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [data, channelChoice(ctx), enrollList(ctx, keys)] },
      ...enrollingOktaVerify({ selectedChannel: channel }),
      ...orgDirectory(keys),
      ...tail(ctx),
    };
  },
  accepts: {
    enroll: chooseEnrollment,
    /** A well-formed address gets the link, a malformed one Okta's field error. */
    send(req) {
      const { channel } = req.state;
      const sms = channel === 'sms';
      const fieldName = sms ? 'phoneNumber' : 'email';
      const raw = str(req.body[fieldName]).trim();
      const value = sms ? compactPhone(raw) : raw;
      if (!value) return req.fieldError({ [fieldName]: MESSAGES.fieldBlank });
      if (!(sms ? PHONE : EMAIL).test(value)) return req.fieldError({ [fieldName]: sms ? MESSAGES.invalidPhone : MESSAGES.invalidEmail });
      sendLink(req.sim, req.tx, channel, raw, activationLink(originOf(req.c), activationOf(req)));
      req.tx.state = { name: 'enroll', channel, to: raw };
      return req.render();
    },
  },
};
