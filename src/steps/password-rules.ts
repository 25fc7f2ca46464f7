/**
 * The org's password rules as checks the page can run while the user types. Rules only the server can judge
 * (earlier passwords, the user's first and last name) have no check: they are listed, never marked met.
 */
import type { PasswordRules } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';

export interface RuleCheck {
  /** The rule's wording, and its argument when it has one. */
  key: TranslationKey;
  arg?: number;
  /** Whether `password` meets it; undefined when only the server can tell. */
  met?: boolean;
}

const count = (password: string, pattern: RegExp) => password.match(pattern)?.length ?? 0;

/** The longest run of one character repeated. */
function longestRun(password: string): number {
  let longest = 0;
  let run = 0;
  let previous = '';
  for (const c of password) {
    run = c === previous ? run + 1 : 1;
    previous = c;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The username's parts worth refusing in a password: the whole name and, for an email, the part before the @. */
function usernameParts(username: string | undefined): string[] {
  const name = username?.trim().toLowerCase();
  if (!name) return [];
  const local = name.split('@')[0]!;
  return [...new Set([name, local])].filter((part) => part.length >= 3);
}

/** Each rule the org sets, in the order they are listed, checked against `password`. */
export function checkPasswordRules(rules: PasswordRules, password: string, username?: string): RuleCheck[] {
  const out: RuleCheck[] = [];
  if (rules.minLength) out.push({ key: 'ruleMinLength', arg: rules.minLength, met: [...password].length >= rules.minLength });
  if (rules.minLowerCase) out.push({ key: 'ruleLowerCase', met: count(password, /\p{Ll}/gu) >= rules.minLowerCase });
  if (rules.minUpperCase) out.push({ key: 'ruleUpperCase', met: count(password, /\p{Lu}/gu) >= rules.minUpperCase });
  if (rules.minNumber) out.push({ key: 'ruleNumber', met: count(password, /\p{Nd}/gu) >= rules.minNumber });
  if (rules.minSymbol) out.push({ key: 'ruleSymbol', met: count(password, /[^\p{L}\p{N}\s]/gu) >= rules.minSymbol });
  if (rules.excludeUsername) {
    const parts = usernameParts(username);
    out.push({ key: 'ruleNoUsername', met: parts.length ? !parts.some((part) => password.toLowerCase().includes(part)) : undefined });
  }
  if (rules.excludeFirstName || rules.excludeLastName) out.push({ key: 'ruleNoName' });
  if (rules.maxConsecutiveRepeatingCharacters) {
    out.push({ key: 'ruleMaxRepeat', arg: rules.maxConsecutiveRepeatingCharacters, met: longestRun(password) <= rules.maxConsecutiveRepeatingCharacters });
  }
  if (rules.historyCount) out.push({ key: 'ruleHistory', arg: rules.historyCount });
  return out;
}
