/**
 * Email or phone enrollment: the code sent (`enroll-authenticator`, as `authenticator-enroll-email.json` and
 * `authenticator-enroll-phone.json`), with resend and, by email, a poll that goes on once the magic link is
 * opened. The right code enrolls the authenticator; that enrollment is the sign-in's second factor.
 */
import { obj, str } from '../../body.js';
import { originOf } from '../../context.js';
import { sendCode } from '../../outbox.js';
import { enrolling, enrollList, offeredWith, orgDirectory } from '../enroll-parts.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail, type Json } from '../response-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { chooseEnrollment, continueSignIn } from './transitions.js';

type EnrollCode = StateOf<'enroll-code'>;

function enrolled(req: StateRequest<EnrollCode>): Response {
  const { tx, state } = req;
  const user = tx.user!;
  if (!user.authenticators.includes(state.key)) user.authenticators.push(state.key);
  if (state.key === 'phone_number') user.phoneNumber = tx.sent!.to;
  else user.email = tx.sent!.to;
  tx.sent = undefined;
  tx.enrolled = true;
  tx.verified.add(state.key);
  tx.amr.add('mfa');
  return continueSignIn(req);
}

export const enrollCode: StateModule<EnrollCode> = {
  render(ctx, { key, method }) {
    const keys = offeredWith(ctx, key);
    const answer = form(ctx, 'enroll-authenticator', '/idp/idx/challenge/answer', [
      { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label: 'Enter code' })] }, required: true },
    ], { relatesTo: ['$.currentAuthenticator'] });
    const actions: Json = { resend: form(ctx, 'resend', '/idp/idx/challenge/resend', []) };
    if (key === 'okta_email') actions.poll = form(ctx, 'poll', '/idp/idx/challenge/poll', [], { refresh: ctx.pollRefreshMs });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [answer, enrollList(ctx, keys)] },
      ...enrolling(key, [method], actions),
      ...orgDirectory(keys),
      ...tail(ctx),
    };
  },
  accepts: {
    enroll: chooseEnrollment,
    answer(req) {
      const passcode = str(obj(req.body.credentials).passcode).trim();
      if (!passcode) return req.fieldError({ 'credentials.passcode': MESSAGES.fieldBlank });
      if (passcode !== req.tx.sent?.code) return req.fieldError({ 'credentials.passcode': MESSAGES.passcodeInvalid });
      return enrolled(req);
    },
    poll: (req) => (req.tx.sent?.linkOpened ? enrolled(req) : req.render()),
    resend(req) {
      const { tx, state } = req;
      if (!tx.sent) return req.reject();
      sendCode(req.sim, tx, originOf(req.c), state.key, state.method, tx.sent.to);
      return req.render();
    },
  },
};
