/** After authentication, before success (`keep-me-signed-in`, as `post-auth-keep-me-signed-in.json`): stay signed in, or not. */
import { MESSAGES } from '../messages.js';
import { base, field, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { succeed } from './transitions.js';

export const keepMeSignedIn: StateModule<StateOf<'keep-me-signed-in'>> = {
  render(ctx) {
    const kmsi = form(ctx, 'keep-me-signed-in', '/idp/idx/keep-me-signed-in', [
      field(ctx, 'keepMeSignedIn', { name: 'keepMeSignedIn', type: 'boolean', label: 'Stay signed in', required: true, value: false, mutable: true }),
    ]);
    return { ...base(ctx), remediation: { type: 'array', value: [kmsi] }, ...tail(ctx) };
  },
  accepts: {
    keepMeSignedIn(req) {
      const answer = req.body.keepMeSignedIn;
      if (typeof answer !== 'boolean') return req.fieldError({ keepMeSignedIn: MESSAGES.fieldBlank });
      req.tx.keepMeSignedIn = answer;
      return succeed(req);
    },
  },
};
