/**
 * Every action a step can offer besides its form, one row each: how it is found in a response, what choosing
 * it does, and its words. A step's `actions` are the rows a response offers; the footer shows them in this
 * table's order. A new action is one row here and its name in `StepAction`.
 */
import type { TranslationKey } from '../i18n/en.js';
import { findField, fixedValues, nestedFields } from './idx/raw.js';
import type { IdxView } from './idx/view.js';
import { cancelPollingAction } from './steps/fastpass.js';
import type { Step, StepAction, StepName } from './model.js';

/** The lists a user can go back to from a step shown beside them. */
export const LIST_REMEDIATIONS = ['select-authenticator-authenticate', 'select-authenticator-enroll', 'select-authenticator-unlock-account'] as const;
export const CHANNEL_REMEDIATION = 'select-enrollment-channel';

/** The `authenticator` form of the channel choice: its fixed id and the channels Okta offers, in its order. */
export function channelForm(idx: IdxView): { id?: string; options: string[] } {
  const form = nestedFields(findField(idx.find(CHANNEL_REMEDIATION)?.value, 'authenticator'));
  const id = findField(form, 'id')?.value;
  return { id: typeof id === 'string' ? id : undefined, options: findField(form, 'channel')?.options?.map((o) => String(o.value)) ?? [] };
}

/** The channels a user may choose ("Can't scan?"); a bootstrap from another device is Okta's choice alone. */
export const CHOOSABLE_CHANNELS = ['qrcode', 'email', 'sms', 'samedevice'] as const;

/** What an action may do to the flow. */
export interface ActionContext {
  /** The response the current step was read from; none once a transaction has ended. */
  idx?: IdxView;
  proceed(remediation: string, values: Record<string, unknown>): Promise<void>;
  /** Runs one of the response's own actions (`currentAuthenticator-resend`, …), with its parameters. */
  runIdxAction(name: string, params?: Record<string, unknown>): Promise<void>;
  /** Shows the step of another remediation of the same response; no request. */
  showBeside(remediation: string): void;
  /** A new transaction; `withdraw` cancels the current one on the server first. */
  start(withdraw: boolean): Promise<void>;
  /** Leaves for the org's own sign-in page, to come back signed in. */
  continueHosted(): Promise<void>;
}

export interface ActionRow {
  /** Whether the response offers it on the step read from `idx`. */
  offered(idx: IdxView): boolean;
  /** What choosing it sends (or shows). */
  run(ctx: ActionContext): Promise<void> | void;
  /** Its words on `step`; without a step, the general wording. */
  label(step?: Step): TranslationKey;
}

/** Steps of an enrollment: "choose another" goes back to the list of what to set up. */
const ENROLLING: ReadonlySet<StepName> = new Set(['scan-qr-code', 'choose-channel', 'send-setup-link', 'open-setup-link', 'set-up-on-this-device']);

/** What `cancel-polling` tells Okta when the user leaves a FastPass challenge. */
const USER_CANCELED = { reason: 'USER_CANCELED', statusCode: null };

const beside = (idx: IdxView, name: string) => idx.primary.name !== name && !!idx.find(name);

/** Which of the response's authenticator objects carries an action (`recover`, `resend`, `poll`). */
export function authenticatorActionName(idx: IdxView | undefined, action: string): string {
  return `${idx?.raw.currentAuthenticator ? 'currentAuthenticator' : 'currentAuthenticatorEnrollment'}-${action}`;
}

export const ACTIONS: { readonly [A in StepAction]: ActionRow } = {
  recover: {
    // "Forgot password?": the password authenticator of `identify` or of the password challenge offers it.
    offered: (idx) => idx.current?.key === 'okta_password' && !!idx.current.recover,
    run: ({ idx, runIdxAction }) => runIdxAction(authenticatorActionName(idx, 'recover')),
    label: () => 'forgotPassword',
  },
  unlock: {
    offered: (idx) => beside(idx, 'unlock-account'),
    run: ({ proceed }) => proceed('unlock-account', {}),
    label: () => 'unlockAccount',
  },
  resend: {
    // `resend` remediation after a rejected push, else the authenticator's own resend action.
    offered: (idx) => idx.primary.name === 'resend' || !!idx.find('resend') || !!idx.current?.resend,
    run: ({ idx, proceed, runIdxAction }) => {
      const remediation = idx?.find('resend');
      if (remediation) return proceed('resend', fixedValues(remediation));
      return runIdxAction(authenticatorActionName(idx, 'resend'));
    },
    label: (step) => (step?.name === 'approve-push' ? 'resendPush' : step?.name === 'open-setup-link' ? 'sendAgain' : 'resend'),
  },
  'switch-channel': {
    // Only where there is another channel to switch to (same-device enrollment may offer none).
    offered: (idx) => {
      const current = idx.current?.contextualData?.selectedChannel;
      return beside(idx, CHANNEL_REMEDIATION) && channelForm(idx).options.some((c) => c !== current && (CHOOSABLE_CHANNELS as readonly string[]).includes(c));
    },
    run: ({ showBeside }) => showBeside(CHANNEL_REMEDIATION),
    label: (step) => (step?.name === 'scan-qr-code' ? 'cantScan' : 'tryAnotherWay'),
  },
  skip: {
    offered: (idx) => !!idx.find('skip'),
    run: ({ proceed }) => proceed('skip', {}),
    label: (step) => (step?.name === 'set-password' ? 'remindMeLater' : step?.name === 'choose-authenticator' ? 'setUpLater' : 'skip'),
  },
  'choose-another': {
    offered: (idx) => LIST_REMEDIATIONS.some((name) => beside(idx, name)),
    run: ({ idx, showBeside, runIdxAction }) => {
      // An open FastPass challenge is withdrawn first; Okta answers with the list.
      const withdraw = cancelPollingAction(idx);
      if (withdraw) return runIdxAction(withdraw, USER_CANCELED);
      const list = LIST_REMEDIATIONS.find((name) => idx?.find(name));
      if (list) showBeside(list);
    },
    label: (step) => (step && (ENROLLING.has(step.name) || ('purpose' in step && step.purpose === 'enroll')) ? 'returnToList' : 'verifyWithSomethingElse'),
  },
  restart: {
    // Not in responses: the flow offers it where a transaction has ended.
    offered: () => false,
    run: ({ start }) => start(false),
    // After an ending that went well (password reset, account unlocked) the way on is simply to sign in.
    label: (step) => (step?.name === 'terminal' && step.info ? 'backToSignIn' : 'startOver'),
  },
  'continue-hosted': {
    // Not in responses: the flow offers it on a step this widget cannot render, unless the page turned it off.
    offered: () => false,
    run: ({ continueHosted }) => continueHosted(),
    label: () => 'continueOnHosted',
  },
  cancel: {
    // On the first step there is nothing to go back to.
    offered: (idx) => !!idx.raw.cancel && idx.primary.name !== 'identify',
    run: async ({ idx, start, runIdxAction }) => {
      // An open FastPass challenge is withdrawn first, so the app is not left answering it.
      const withdraw = cancelPollingAction(idx);
      if (withdraw) await runIdxAction(withdraw, USER_CANCELED);
      return start(true);
    },
    label: () => 'backToSignIn',
  },
};

/** The actions in the order a step shows them. */
export const ACTION_ORDER = Object.keys(ACTIONS) as StepAction[];

/** The actions a response offers on the step read from `idx`. */
export function offeredActions(idx: IdxView): StepAction[] {
  return ACTION_ORDER.filter((action) => ACTIONS[action].offered(idx));
}

/** Each of a step's actions with its words there. */
export function actionLabels(step: Step): Partial<Record<StepAction, TranslationKey>> {
  return Object.fromEntries(step.actions.map((action) => [action, ACTIONS[action].label(step)]));
}
