/** The push was rejected on the device (or its number was wrong): send another (`resend`) or choose another method. */
import { obj } from '../../body.js';
import { CATALOG } from '../../users.js';
import { MESSAGES } from '../messages.js';
import { base, form, tail } from '../response-parts.js';
import { currentOktaVerify, directory, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { startPush, verifyWith } from './transitions.js';

function pushAgain(req: StateRequest): Response {
  startPush(req);
  return req.render();
}

export const pushRejected: StateModule<StateOf<'push-rejected'>> = {
  render(ctx) {
    const resend = form(ctx, 'resend', '/idp/idx/challenge', [
      {
        name: 'authenticator',
        type: 'object',
        label: 'Okta Verify',
        value: { form: { value: [
          { name: 'id', value: CATALOG.okta_verify.id, required: true, mutable: false },
          { name: 'methodType', value: 'push', label: 'PUSH', required: true, mutable: false },
        ] } },
      },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [resend, verifyList(ctx)] },
      ...currentOktaVerify('push'),
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
