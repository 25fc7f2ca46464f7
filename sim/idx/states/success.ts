/** Signed in: the interaction code for `/v1/token` (`successWithInteractionCode`). A poll that comes late gets it again. */
import { base, tail } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';

export const success: StateModule<StateOf<'success'>> = {
  render(ctx) {
    const { tx } = ctx;
    return {
      ...base(ctx),
      ...tail(ctx),
      successWithInteractionCode: {
        rel: ['create-form'],
        name: 'issue',
        href: `${tx.issuer}/v1/token`,
        method: 'POST',
        value: [
          { name: 'grant_type', required: true, value: 'interaction_code' },
          { name: 'interaction_code', required: true, value: tx.interactionCode },
          { name: 'client_id', required: true, value: tx.client.clientId },
          { name: 'code_verifier', required: true },
        ],
        accepts: 'application/x-www-form-urlencoded',
      },
    };
  },
  accepts: { poll: (req) => req.render() },
};
