/**
 * Waiting for the answer to a challenge: an Okta Verify push (polled, with resend), an Okta Verify code, the
 * password (with "Forgot password?"), a code sent by email (with resend, and a poll that goes on once the
 * magic link is opened) or by SMS or voice (with resend), or a passcode of an authenticator that is listed
 * but not simulated. The list of the other authenticators stays beside it.
 */
import { obj, str } from '../../body.js';
import { originOf } from '../../context.js';
import { verifyCode } from '../../device.js';
import { sendCode } from '../../outbox.js';
import type { AuthenticatorKey } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail, type Json, type RenderContext } from '../response-parts.js';
import { currentOktaVerify, directory, enrollmentEntry, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { recover, startPush, verified, verifyWith, withdrawPush } from './transitions.js';

type Challenge = StateOf<'challenge'>;

/** What a passcode field is called and what the enrollment offers beside it, for each authenticator. */
function passcodeSpec(ctx: RenderContext, key: AuthenticatorKey): { label: string; actions: Json } {
  if (key === 'okta_password') {
    return { label: 'Password', actions: ctx.settings.recovery ? { recover: form(ctx, 'recover', '/idp/idx/recover', []) } : {} };
  }
  const resend = { resend: form(ctx, 'resend', '/idp/idx/challenge/resend', []) };
  if (key === 'okta_email') return { label: 'Enter code', actions: { ...resend, poll: form(ctx, 'poll', '/idp/idx/challenge/poll', [], { refresh: ctx.pollRefreshMs }) } };
  if (key === 'phone_number') return { label: 'Enter code', actions: resend };
  return { label: 'Enter code', actions: {} };
}

function render(ctx: RenderContext, { key, method, autoChallenge }: Challenge): Json {
  const list = verifyList(ctx);
  if ((key === 'okta_verify' || key === 'custom_app') && method === 'push') {
    const push = ctx.tx.push;
    const pollValue = autoChallenge ? [{ name: 'autoChallenge', type: 'boolean', required: false, value: true, label: 'Send push automatically' }] : [];
    const poll = form(ctx, 'challenge-poll', '/idp/idx/challenge/poll', pollValue, { relatesTo: ['$.currentAuthenticator'], refresh: ctx.pollRefreshMs });
    const extra: Json = { resend: form(ctx, 'resend', '/idp/idx/challenge/resend', []) };
    if (push?.correctAnswer) extra.contextualData = { correctAnswer: push.correctAnswer };
    return { ...base(ctx), remediation: { type: 'array', value: [poll, list] }, ...currentOktaVerify('push', extra, key), ...directory(ctx), ...tail(ctx) };
  }
  if (key === 'okta_verify') {
    const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
      { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.totp', { name: 'totp', label: 'Enter code', required: true, visible: true })] }, required: true },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return { ...base(ctx), remediation: { type: 'array', value: [answer, list] }, ...currentOktaVerify('totp'), ...directory(ctx), ...tail(ctx) };
  }
  const { label, actions } = passcodeSpec(ctx, key);
  const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
    { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label, secret: key === 'okta_password' })] }, required: true },
  ], { relatesTo: ['$.currentAuthenticatorEnrollment'] });
  const enrollment = { ...enrollmentEntry(key, ctx.tx.user!), ...(key === 'phone_number' ? { methods: [{ type: method }] } : {}), ...actions };
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [answer, list] },
    currentAuthenticatorEnrollment: { type: 'object', value: enrollment },
    ...directory(ctx),
    ...tail(ctx),
  };
}

/** An Okta Verify code: right once per time step; too many wrong ones lock the account, as an org's lockout policy does. */
function answerCode(req: StateRequest<Challenge>): Response {
  const { sim, tx } = req;
  const user = tx.user!;
  const code = str(obj(req.body.credentials).totp).trim();
  if (!code) return req.fieldError({ 'credentials.totp': MESSAGES.fieldBlank });
  const result = verifyCode(user, code, sim.now(), sim.totpSteps.get(user.username.toLowerCase()));
  if (!result.ok) {
    user.failedCodes = (user.failedCodes ?? 0) + 1;
    if (user.failedCodes >= sim.settings.maxCodeAttempts) {
      user.locked = true;
      withdrawPush(tx);
      return req.end(MESSAGES.accountLocked, 403);
    }
    return req.fieldError({ 'credentials.totp': MESSAGES.passcodeInvalid });
  }
  user.failedCodes = 0;
  sim.totpSteps.set(user.username.toLowerCase(), result.step);
  tx.amr.add('mfa').add('otp');
  return verified(req, 'okta_verify');
}

/** The `amr` of a code sent by email, SMS or voice. */
const SENT_AMR: Record<string, string> = { email: 'email', sms: 'sms', voice: 'tel' };

function answer(req: StateRequest<Challenge>): Response {
  const { state, tx } = req;
  if (state.method === 'push') return req.reject();
  if (state.key === 'okta_verify') return answerCode(req);
  const passcode = str(obj(req.body.credentials).passcode);
  if (!passcode) return req.fieldError({ 'credentials.passcode': MESSAGES.fieldBlank });
  const user = tx.user!;
  if (state.key === 'okta_password') {
    if (passcode !== user.password) return req.fieldError({ 'credentials.passcode': MESSAGES.passwordIncorrect });
    // The right password of a locked account is refused as on identify, with "Unlock account?" still offered.
    if (user.locked) return req.render(403, { top: [MESSAGES.accountLocked] });
    tx.amr.add('pwd');
    return verified(req, 'okta_password');
  }
  // Email and phone codes are the ones in the messages; Google Authenticator and security keys are not simulated.
  if (tx.sent?.key === state.key && passcode.trim() === tx.sent.code) {
    tx.amr.add('mfa').add(SENT_AMR[state.method] ?? 'otp');
    return verified(req, state.key);
  }
  return req.fieldError({ 'credentials.passcode': MESSAGES.passcodeInvalid });
}

function poll(req: StateRequest<Challenge>): Response {
  const { sim, tx, state } = req;
  if (state.key === 'okta_email') {
    if (!tx.sent?.linkOpened) return req.render();
    tx.amr.add('mfa').add('email');
    return verified(req, 'okta_email');
  }
  const push = tx.push;
  if (state.method !== 'push' || !push) return req.reject();
  if (push.status === 'pending' && push.expiresAt <= sim.now()) push.status = 'timed-out';
  switch (push.status) {
    case 'pending':
      return req.render();
    case 'approved':
      tx.amr.add('mfa').add('swk');
      return verified(req, state.key);
    case 'rejected':
      tx.state = { name: 'push-rejected', key: state.key === 'custom_app' ? 'custom_app' : 'okta_verify' };
      return req.render(200, { top: [MESSAGES.pushRejected] });
    default:
      // Unanswered for too long: Okta ends the transaction ("Verification timed out").
      return req.end(MESSAGES.verificationTimedOut, 404);
  }
}

export const challenge: StateModule<Challenge> = {
  render,
  accepts: {
    challenge: verifyWith,
    answer,
    poll,
    resend(req) {
      const { state, tx } = req;
      if (state.method === 'push') {
        startPush(req, false, state.key === 'custom_app' ? 'custom_app' : 'okta_verify');
        return req.render();
      }
      if (!tx.sent || tx.sent.key !== state.key) return req.reject();
      sendCode(req.sim, tx, originOf(req.c), state.key, state.method, tx.sent.to);
      return req.render();
    },
    recover: (req) => (req.state.key === 'okta_password' ? recover(req) : req.reject()),
  },
};
