/** Authenticators to set up (`select-authenticator-enroll`), with `skip` ("Set up later") when none is required. */
import { pendingEnrollments } from '../../users.js';
import { enrollList, offered, orgDirectory } from '../enroll-parts.js';
import { base, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { chooseEnrollment, continueSignIn } from './transitions.js';

export const selectEnroll: StateModule<StateOf<'select-enroll'>> = {
  render(ctx) {
    const keys = offered(ctx);
    const remediations = [enrollList(ctx, keys)];
    if (!pendingEnrollments(ctx.tx.user!, !!ctx.tx.enrollSkipped).required.length) remediations.push(form(ctx, 'skip', '/idp/idx/skip', []));
    return { ...base(ctx), remediation: { type: 'array', value: remediations }, ...orgDirectory(keys), ...tail(ctx) };
  },
  accepts: {
    enroll: chooseEnrollment,
    skip(req) {
      if (pendingEnrollments(req.tx.user!, false).required.length) return req.reject();
      req.tx.enrollSkipped = true;
      return continueSignIn(req);
    },
  },
};
