/**
 * Waiting for the answer to a challenge: an Okta Verify push (polled, with resend), an Okta Verify code, or
 * a passcode of another authenticator. The "verify with" list stays beside it.
 */
import { obj, str } from '../../body.js';
import { verifyCode } from '../../device.js';
import type { AuthenticatorKey, SimUser } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { base, field, form, tail, type Json, type RenderContext } from '../response-parts.js';
import { currentOktaVerify, directory, enrollmentEntry, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { startPush, succeed, verifyWith, withdrawPush } from './transitions.js';

type Challenge = StateOf<'challenge'>;

function render(ctx: RenderContext, { key, method, autoChallenge }: Challenge): Json {
  const user = ctx.tx.user!;
  const list = verifyList(ctx, user);
  if (key === 'okta_verify' && method === 'push') {
    const push = ctx.tx.push;
    const pollValue = autoChallenge ? [{ name: 'autoChallenge', type: 'boolean', required: false, value: true, label: 'Send push automatically' }] : [];
    const poll = form(ctx, 'challenge-poll', '/idp/idx/challenge/poll', pollValue, { relatesTo: ['$.currentAuthenticator'], refresh: ctx.pollRefreshMs });
    const extra: Json = { resend: form(ctx, 'resend', '/idp/idx/challenge/resend', []) };
    if (push?.correctAnswer) extra.contextualData = { correctAnswer: push.correctAnswer };
    return { ...base(ctx), remediation: { type: 'array', value: [poll, list] }, ...currentOktaVerify('push', extra), ...directory(user), ...tail(ctx) };
  }
  if (key === 'okta_verify') {
    const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
      { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.totp', { name: 'totp', label: 'Enter code', required: true, visible: true })] }, required: true },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return { ...base(ctx), remediation: { type: 'array', value: [answer, list] }, ...currentOktaVerify('totp'), ...directory(user), ...tail(ctx) };
  }
  // Any other authenticator: a passcode form for its enrollment (the password, a phone or OTP code).
  return renderPasscode(ctx, user, key, list);
}

function renderPasscode(ctx: RenderContext, user: SimUser, key: AuthenticatorKey, list: Json): Json {
  const label = key === 'okta_password' ? 'Password' : 'Enter code';
  const answer = form(ctx, 'challenge-authenticator', '/idp/idx/challenge/answer', [
    { name: 'credentials', type: 'object', form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label, secret: key === 'okta_password' })] }, required: true },
  ], { relatesTo: ['$.currentAuthenticatorEnrollment'] });
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [answer, list] },
    currentAuthenticatorEnrollment: { type: 'object', value: enrollmentEntry(key, user) },
    ...directory(user),
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
  return succeed(req);
}

function answer(req: StateRequest<Challenge>): Response {
  const { state, tx } = req;
  if (state.method === 'push') return req.reject();
  if (state.key === 'okta_verify') return answerCode(req);
  const passcode = str(obj(req.body.credentials).passcode);
  if (!passcode) return req.fieldError({ 'credentials.passcode': MESSAGES.fieldBlank });
  if (state.key === 'okta_password' && passcode === tx.user!.password) {
    tx.amr.add('pwd');
    return succeed(req);
  }
  // Phone, Google Authenticator and security keys are listed but not simulated: no code is ever right.
  return req.fieldError({ 'credentials.passcode': state.key === 'okta_password' ? MESSAGES.passwordIncorrect : MESSAGES.passcodeInvalid });
}

function poll(req: StateRequest<Challenge>): Response {
  const { sim, tx } = req;
  const push = tx.push;
  if (req.state.method !== 'push' || !push) return req.reject();
  if (push.status === 'pending' && push.expiresAt <= sim.now()) push.status = 'timed-out';
  switch (push.status) {
    case 'pending':
      return req.render();
    case 'approved':
      tx.amr.add('mfa').add('swk');
      return succeed(req);
    case 'rejected':
      tx.state = { name: 'push-rejected' };
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
      if (req.state.method !== 'push') return req.reject();
      startPush(req);
      return req.render();
    },
  },
};
