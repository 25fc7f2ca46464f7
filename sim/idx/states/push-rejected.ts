/** The push was rejected on the device (or its number was wrong): send another (`resend`) or choose another method. */
import { obj } from '../../body.js';
import { CATALOG } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { base, form, tail } from '../response-parts.js';
import { currentOktaVerify, directory, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { startPush, verifyWith } from './transitions.js';

function pushAgain(req: StateRequest<StateOf<'push-rejected'>>): Response {
  startPush(req, false, req.state.key);
  return req.render();
}

export const pushRejected: StateModule<StateOf<'push-rejected'>> = {
  render(ctx, state) {
    const c = CATALOG[state.key ?? 'okta_verify'];
    const resend = form(ctx, 'resend', '/idp/idx/challenge', [
      {
        name: 'authenticator',
        type: 'object',
        label: c.displayName,
        value: { form: { value: [
          { name: 'id', value: c.id, required: true, mutable: false },
          { name: 'methodType', value: 'push', label: 'PUSH', required: true, mutable: false },
        ] } },
      },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [resend, verifyList(ctx)] },
      ...currentOktaVerify('push', {}, state.key),
      ...directory(ctx),
      ...tail(ctx),
    };
  },
  accepts: {
    // The `resend` remediation posts here with its fixed authenticator fields; the list posts a choice.
    challenge: (req) => (obj(req.body.authenticator).id ? verifyWith(req) : pushAgain(req)),
    poll: (req) => req.render(200, { top: [MESSAGES.pushRejected] }),
    resend: pushAgain,
  },
};
