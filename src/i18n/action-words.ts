/**
 * Each action's general words, in the order a step's footer shows the actions: what a step element used on
 * its own says (the widget hands every step its own words, `actionLabels`). Apart from the flow's action
 * table (`flow/actions.ts`), so that the first step's chunk does not carry the flow; a test keeps the two in
 * step (test/build/action-words.test.ts), and a new action without words here does not compile.
 */
import type { StepAction } from '../flow/model.js';
import type { TranslationKey } from './en.js';

export const ACTION_WORDS: { readonly [A in StepAction]: TranslationKey } = {
  recover: 'forgotPassword',
  unlock: 'unlockAccount',
  resend: 'resend',
  'switch-channel': 'tryAnotherWay',
  skip: 'skip',
  'choose-another': 'verifyWithSomethingElse',
  restart: 'startOver',
  'continue-hosted': 'continueOnHosted',
  cancel: 'backToSignIn',
};

/** The actions in the order a step shows them. */
export const ACTION_ORDER = Object.keys(ACTION_WORDS) as StepAction[];
