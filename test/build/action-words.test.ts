// The step base's own table of action words and order (kept out of the first step's chunk) agrees with the
// flow's action table, which the widget uses.
import { expect } from '@open-wc/testing';
import { ACTION_ORDER as FLOW_ORDER, ACTIONS } from '../../src/flow/actions.js';
import { ACTION_ORDER, ACTION_WORDS } from '../../src/i18n/action-words.js';

describe('action words', () => {
  it('lists the actions in the flow table’s order', () => {
    expect(ACTION_ORDER).to.deep.equal(FLOW_ORDER);
  });
  it('gives each action the flow table’s general words', () => {
    for (const action of FLOW_ORDER) expect(ACTION_WORDS[action], action).to.equal(ACTIONS[action].label());
  });
});

describe('the widget’s name for the saved transaction', () => {
  it('is the one the auth client saves under', async () => {
    const { TRANSACTION_STORAGE_KEY } = await import('../../src/flow/auth-client.js');
    const { SAVED_TRANSACTION_KEY } = await import('../../src/saved-sign-in.js');
    expect(SAVED_TRANSACTION_KEY).to.equal(TRANSACTION_STORAGE_KEY);
  });
});
