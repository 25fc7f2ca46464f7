/**
 * Okta Verify enrollment waiting for the device (`enroll-poll`): the QR code to scan, or where the setup link
 * went (with resend), beside "Can't scan?" and the enroll list. Polling goes on with the sign-in once the
 * virtual device has used the activation link.
 */
import { originOf } from '../../context.js';
import { activationLink, sendLink } from '../../outbox.js';
import { channelChoice, downloadHrefFor, enrollingOktaVerify, enrollList, offeredWith, orgDirectory, platformOf } from '../enroll-parts.js';
import { base, form, tail, type Json } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { chooseEnrollment, continueSignIn } from './transitions.js';

export const enroll: StateModule<StateOf<'enroll'>> = {
  render(ctx, state) {
    const keys = offeredWith(ctx, 'okta_verify');
    const poll = form(ctx, 'enroll-poll', '/idp/idx/challenge/poll', [], { refresh: ctx.pollRefreshMs });
    let current: Json;
    if (state.channel === 'qrcode') {
      current = enrollingOktaVerify({ qrcode: { method: 'embedded', type: 'image/png', href: state.qrcode }, selectedChannel: 'qrcode' });
    } else if (state.channel === 'samedevice') {
      const platform = platformOf(ctx.tx.userAgent);
      current = enrollingOktaVerify({ samedevice: { orgUrl: ctx.origin, downloadHref: downloadHrefFor(platform), platform }, selectedChannel: 'samedevice' });
    } else if (state.channel === 'devicebootstrap') {
      const bootstrap = ctx.tx.user?.oktaVerifyEnrollment;
      const enrolledDevices = bootstrap?.channel === 'devicebootstrap' ? bootstrap.enrolledDevices : [];
      current = enrollingOktaVerify({ devicebootstrap: { platform: platformOf(ctx.tx.userAgent), enrolledDevices }, selectedChannel: 'devicebootstrap' });
    } else {
      const addressField = state.channel === 'sms' ? 'phoneNumber' : 'email';
      const resend = form(ctx, 'resend', '/idp/idx/challenge/resend', [{ name: addressField, required: true, value: state.to, visible: false, mutable: false }]);
      current = enrollingOktaVerify({ selectedChannel: state.channel, [addressField]: state.to }, { resend });
    }
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [poll, channelChoice(ctx), enrollList(ctx, keys)] },
      ...current,
      ...orgDirectory(keys),
      ...tail(ctx),
    };
  },
  accepts: {
    enroll: chooseEnrollment,
    /** Pending until the device has used the link, then on with the sign-in. */
    poll(req) {
      if (!req.tx.enrolled) return req.render();
      req.tx.amr.add('mfa').add('swk');
      return continueSignIn(req);
    },
    /** The link again, to the same address. */
    resend(req) {
      const { state, tx } = req;
      if ((state.channel !== 'email' && state.channel !== 'sms') || !state.to || !tx.activation) return req.reject();
      sendLink(req.sim, tx, state.channel, state.to, activationLink(originOf(req.c), tx.activation));
      return req.render();
    },
  },
};
