/**
 * Okta FastPass waiting for Okta Verify on this computer. From identify ("Sign in with Okta FastPass",
 * `launch-authenticator`) it is `device-challenge-poll` with a top-level `authenticatorChallenge`
 * (`identify-with-device-probing-loopback.json`, `-device-launch-authenticator.json`, `-app-link.json`,
 * `-universal-link.json`); as Okta Verify's `signed_nonce` method it is `challenge-poll` with the challenge in
 * `currentAuthenticator.contextualData` (`authenticator-verification-okta-verify-signed-nonce-*.json`).
 * Polls wait until the device answered; `cancel-polling` gives up and goes back to where the sign-in was.
 */
import type { ChallengeMethod } from '../../context.js';
import { CATALOG } from '../../users.js';
import { cancelChallenge, challengeHref, DOWNLOAD_HREF } from '../../this-computer.js';
import type { FastPassChallenge } from '../../transactions.js';
import { MESSAGES, type IdxMessage } from '../messages.js';
import { base, form, tail, type Json, type RenderContext } from '../response-parts.js';
import { directory, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { succeed, verified, verifyWith } from './transitions.js';

type FastPass = StateOf<'fastpass'>;

const CANCEL_PATH = '/idp/idx/authenticators/poll/cancel';

/** The page's way out: `cancel-polling`, or `cancel-polling-transaction` as the link captures name it. */
function cancelForm(ctx: RenderContext, method: ChallengeMethod): Json {
  const linked = method === 'APP_LINK' || method === 'UNIVERSAL_LINK';
  return form(ctx, linked ? 'cancel-polling-transaction' : 'cancel-polling', CANCEL_PATH, []);
}

/** What the page needs to reach Okta Verify, by challenge method. */
function challengeValue(ctx: RenderContext, challenge: FastPassChallenge): Json {
  const { method } = challenge;
  if (method === 'LOOPBACK') {
    const probe = ctx.settings.fastPassProbeTimeoutMs > 0 ? { probeTimeoutMillis: ctx.settings.fastPassProbeTimeoutMs } : {};
    return { challengeMethod: method, challengeRequest: challenge.request, domain: 'http://localhost', ports: challenge.ports.map(String), ...probe };
  }
  const href = challengeHref(ctx.origin, challenge);
  return method === 'CUSTOM_URI' ? { challengeMethod: method, href, downloadHref: DOWNLOAD_HREF } : { challengeMethod: method, href };
}

/** The poll interval Okta's captures show (2 s, 4 s for a custom URI), scaled with the org's setting. */
function deviceRefresh(ctx: RenderContext, method: ChallengeMethod): number {
  return method === 'CUSTOM_URI' ? ctx.pollRefreshMs : Math.round(ctx.pollRefreshMs / 2);
}

function render(ctx: RenderContext, state: FastPass): Json {
  const challenge = ctx.tx.fastPass!;
  if (state.level === 'identify') {
    const poll = form(ctx, 'device-challenge-poll', '/idp/idx/authenticators/poll', [], { relatesTo: 'authenticatorChallenge', refresh: deviceRefresh(ctx, challenge.method) });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [poll] },
      authenticatorChallenge: { type: 'object', value: { ...challengeValue(ctx, challenge), cancel: cancelForm(ctx, challenge.method) } },
      ...tail(ctx),
    };
  }
  const poll = form(ctx, 'challenge-poll', '/idp/idx/authenticators/poll', [], { relatesTo: ['$.currentAuthenticator'], refresh: ctx.pollRefreshMs });
  const value = challengeValue(ctx, challenge);
  // Okta's APP_LINK capture carries its cancel inside the challenge as well.
  if (challenge.method === 'APP_LINK') value.cancel = cancelForm(ctx, challenge.method);
  const c = CATALOG.okta_verify;
  return {
    ...base(ctx),
    remediation: { type: 'array', value: [poll, verifyList(ctx)] },
    currentAuthenticator: {
      type: 'object',
      value: {
        key: c.key,
        type: c.type,
        id: c.id,
        displayName: c.displayName,
        methods: [{ type: 'signed_nonce' }],
        cancel: form(ctx, 'cancel-polling', CANCEL_PATH, []),
        contextualData: { challenge: { type: 'object', value } },
      },
    },
    ...directory(ctx),
    ...tail(ctx),
  };
}

/** Back to where FastPass started: identify (with "Sign in with Okta FastPass" again) or the verify list. */
function back(req: StateRequest<FastPass>, message?: IdxMessage): Response {
  req.tx.state = req.state.level === 'identify' ? { name: 'identify' } : { name: 'select-authenticator' };
  return req.render(200, message ? { top: [message] } : undefined);
}

function poll(req: StateRequest<FastPass>): Response {
  const { tx, sim, state } = req;
  const challenge = tx.fastPass;
  if (!challenge) return req.reject();
  switch (challenge.status) {
    case 'waiting':
      return req.render();
    case 'uv-failed':
      return req.end(MESSAGES.fastPassBiometrics, 400);
    case 'refused':
      return back(req, MESSAGES.authenticationFailed);
    case 'canceled':
      return back(req);
    case 'answered': {
      const user = sim.users.get(challenge.username ?? '');
      if (!user) return back(req, MESSAGES.authenticationFailed);
      if (user.locked) return back(req, MESSAGES.accountLocked);
      // Possession of the device key and the user's verification on it: no password needed.
      tx.amr.add('mfa').add('swk').add('user');
      if (state.level === 'mfa') return verified(req, 'okta_verify');
      tx.user = user;
      tx.verified.add('okta_verify');
      return succeed(req);
    }
  }
}

/** `cancel-polling`: Okta's reason and the status the page saw are kept (the request log shows them too). */
function cancelPolling(req: StateRequest<FastPass>): Response {
  const reason = req.body.reason;
  const statusCode = req.body.statusCode;
  cancelChallenge(req.tx, { reason: typeof reason === 'string' ? reason : null, statusCode: typeof statusCode === 'number' ? statusCode : null });
  return back(req);
}

export const fastpass: StateModule<FastPass> = {
  render,
  accepts: {
    poll,
    cancelPolling,
    challenge: (req) => (req.state.level === 'mfa' ? verifyWith(req) : req.reject()),
  },
};
