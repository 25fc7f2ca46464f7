/**
 * Phone enrollment, step 1 (`authenticator-enrollment-data`, as `authenticator-enroll-data-phone.json`): the
 * number and SMS or voice, posted with the authenticator; a malformed number gets Okta's message on its field.
 */
import { CATALOG } from '../../users.js';
import { enrollList, offeredWith, orgDirectory, phoneMethodType } from '../enroll-parts.js';
import { base, field, form, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { chooseEnrollment } from './transitions.js';

export const enrollPhone: StateModule<StateOf<'enroll-phone'>> = {
  render(ctx) {
    const c = CATALOG.phone_number;
    const keys = offeredWith(ctx, 'phone_number');
    const data = form(ctx, 'authenticator-enrollment-data', '/idp/idx/credential/enroll', [
      {
        name: 'authenticator',
        required: true,
        type: 'object',
        visible: true,
        label: c.displayName,
        form: { value: [
          { name: 'id', value: c.id, mutable: false, visible: false, required: true },
          field(ctx, 'authenticator.methodType', phoneMethodType(true)),
          field(ctx, 'authenticator.phoneNumber', { name: 'phoneNumber', required: true, type: 'string', label: 'Phone number' }),
        ] },
      },
    ], { relatesTo: ['$.currentAuthenticator'] });
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [data, enrollList(ctx, keys)] },
      currentAuthenticator: { type: 'object', value: { displayName: c.displayName, type: c.type, key: c.key, id: c.id } },
      ...orgDirectory(keys),
      ...tail(ctx),
    };
  },
  accepts: { enroll: chooseEnrollment },
};
