/** The first step: username and password together (`identify`). */
import { obj, str } from '../../body.js';
import { CATALOG } from '../../users.js';
import { MESSAGES, type IdxMessage } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { continueSignIn } from './transitions.js';

export const identify: StateModule<StateOf<'identify'>> = {
  render(ctx) {
    const identifyForm = form(ctx, 'identify', '/idp/idx/identify', [
      field(ctx, 'identifier', { name: 'identifier', label: 'Username', required: true }),
      {
        name: 'credentials',
        type: 'object',
        form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label: 'Password', secret: true })] },
        required: true,
      },
      { name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' },
    ]);
    const c = CATALOG.okta_password;
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [identifyForm] },
      currentAuthenticator: { type: 'object', value: { type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'password' }] } },
      ...tail(ctx),
    };
  },
  accepts: {
    identify(req) {
      const identifier = str(req.body.identifier).trim();
      const passcode = str(obj(req.body.credentials).passcode);
      const blank: Record<string, IdxMessage> = {};
      if (!identifier) blank.identifier = MESSAGES.fieldBlank;
      if (!passcode) blank['credentials.passcode'] = MESSAGES.fieldBlank;
      if (Object.keys(blank).length) return req.fieldError(blank);

      const user = req.sim.users.get(identifier.toLowerCase());
      // Unknown user and wrong password read the same, as on Okta, so usernames cannot be probed.
      if (!user || user.password !== passcode) return req.render(401, { top: [MESSAGES.authenticationFailed] });
      if (user.locked) return req.render(403, { top: [MESSAGES.accountLocked] });
      req.tx.user = user;
      req.tx.amr.add('pwd');
      return continueSignIn(req);
    },
  },
};
