/** A new password: the old one has expired (change it) or is about to (change it, or be reminded later). */
import type { IdxView } from '../idx/view.js';
import { findField, nestedFields } from '../idx/raw.js';
import type { PasswordPurpose, PasswordRules } from '../model.js';
import { currentKeyIs, type StepDefinition } from './definition.js';

const NUMBER_RULES = ['minLength', 'minLowerCase', 'minUpperCase', 'minNumber', 'minSymbol', 'maxConsecutiveRepeatingCharacters'] as const;
const FLAG_RULES = ['excludeUsername', 'excludeFirstName', 'excludeLastName'] as const;

/** The password authenticator's `settings`, kept to the rules the widget can explain; anything odd is dropped. */
export function readPasswordRules(settings: Record<string, unknown> | undefined): PasswordRules {
  const complexity = (settings?.complexity ?? {}) as Record<string, unknown>;
  const age = (settings?.age ?? {}) as Record<string, unknown>;
  const rules: PasswordRules = {};
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 1000 ? v : undefined);
  for (const name of NUMBER_RULES) {
    const n = count(complexity[name]);
    if (n !== undefined) rules[name] = n;
  }
  for (const name of FLAG_RULES) if (complexity[name] === true) rules[name] = true;
  const history = count(age.historyCount);
  if (history !== undefined) rules.historyCount = history;
  const minAge = count(age.minAgeMinutes);
  if (minAge !== undefined) rules.minAgeMinutes = minAge;
  return rules;
}

function purposeOf(idx: IdxView): PasswordPurpose {
  if (idx.primary.name === 'reset-authenticator') return 'reset';
  return idx.primary.name.endsWith('-warning') ? 'expiring' : 'expired';
}

function read(idx: IdxView) {
  const settings = idx.current?.settings;
  const days = settings?.daysToExpiry;
  const username = idx.raw.user?.value?.identifier;
  const revoke = findField(nestedFields(findField(idx.primary.value, 'credentials')), 'revokeSessions');
  return {
    purpose: purposeOf(idx),
    revokeSessions: revoke ? revoke.value === true : undefined,
    rules: readPasswordRules(settings),
    username: typeof username === 'string' ? username : undefined,
    daysToExpiry: typeof days === 'number' && days >= 0 ? days : undefined,
  };
}

export const setPassword: StepDefinition<'set-password'> = {
  remediations: ['reenroll-authenticator', 'reenroll-authenticator-warning', 'reset-authenticator'],
  match: currentKeyIs('okta_password'),
  read,
  status: 'PasswordExpired',
  submit: ({ password, revokeSessions }, { step, idx }) => ({
    kind: 'proceed',
    remediation: idx?.primary.name ?? 'reenroll-authenticator',
    values: { credentials: { passcode: password, ...(step.revokeSessions !== undefined && revokeSessions !== undefined ? { revokeSessions } : {}) } },
  }),
};
