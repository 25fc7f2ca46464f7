import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { PasswordPurpose, PasswordRules } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { checkPasswordRules, type RuleCheck } from './password-rules.js';
import { lock, StepElement } from './step-element.js';

/**
 * A new password, because the old one has expired, is about to (`expiring`: "Remind me later" when the server
 * allows skipping) or is being reset: the password and its confirmation, native light-DOM inputs with
 * `autocomplete="new-password"`, the org's rules listed under the first and read with it, and the account's
 * username in a hidden field for password managers. A mismatch or an empty field is caught before any
 * request; the server's rejections show beside the field.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A new password was submitted: `{ password }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the password.
 */
export class OvsNewPasswordStep extends StepElement {
  static readonly tag = 'ovs-new-password-step';

  static override properties: PropertyDeclarations = {
    purpose: {},
    rules: { attribute: false },
    username: {},
    daysToExpiry: { type: Number, attribute: 'days-to-expiry' },
    revokeSessions: { attribute: false },
    typed: { state: true },
  };

  static override styles = [
    ...StepElement.styles,
    css`
      .rules {
        margin: 0.25rem 0 0;
        padding-inline-start: 0;
        list-style: none;
      }
      .rules li::before {
        content: '•';
        display: inline-block;
        inline-size: 1.25em;
      }
      .rules li.met::before {
        content: '✓';
        color: var(--_primary);
      }
      .rules li.unmet.shown::before {
        content: '✗';
        color: var(--_error);
      }
    `,
  ];

  /** "Sign me out of all other devices" is offered, checked or not; absent when it is not. */
  revokeSessions?: boolean;

  /** What is typed in the new-password field, for the live rule checks. */
  private typed = '';

  /** Why a new password is asked for. */
  purpose: PasswordPurpose = 'expired';

  /** The org's password rules. */
  rules: PasswordRules = {};

  /** The account's username, for password managers to save the new password under. */
  username?: string;

  /** Days until the password expires (`expiring`). */
  daysToExpiry?: number;

  protected override hasField(field: string): boolean {
    return field === 'password';
  }

  override render() {
    const heading =
      this.purpose === 'reset'
        ? this.t('resetPasswordHeading')
        : this.purpose === 'expired'
          ? this.t('passwordExpiredHeading')
          : this.daysToExpiry !== undefined
            ? this.t('passwordExpiresInDays', this.daysToExpiry)
            : this.t('passwordExpiringHeading');
    const intro = this.purpose === 'reset' ? 'resetPasswordIntro' : this.purpose === 'expired' ? 'passwordExpiredIntro' : 'passwordExpiringIntro';
    return html`${this.renderHeading(heading)}
      <p class="intro">${this.t(intro)}</p>
      ${this.renderMessages()}<slot></slot> ${this.renderActions()}`;
  }

  /** One line per rule the org sets, in words. */
  ruleTexts(): string[] {
    return checkPasswordRules(this.rules, '', this.username).map((r) => this.ruleText(r));
  }

  private ruleText({ key, arg }: RuleCheck): string {
    const term = this.t.bind(this) as (key: TranslationKey, ...args: unknown[]) => string;
    return arg === undefined ? term(key) : term(key, arg);
  }

  /** The rules, each marked met or not as the user types; a screen reader hears the mark with the rule. */
  private renderRules() {
    const checks = checkPasswordRules(this.rules, this.typed, this.username ?? this.identifier);
    if (!checks.length) return undefined;
    const shown = this.typed.length > 0;
    return html`${this.t('passwordRulesIntro')}
      <ul class="rules">
        ${checks.map((rule) => {
          const state = rule.met === undefined || !shown ? '' : rule.met ? this.t('ruleMet') : this.t('ruleNotMet');
          const mark = rule.met === undefined ? '' : rule.met && shown ? 'met' : `unmet${shown ? ' shown' : ''}`;
          return html`<li class=${mark}>${this.ruleText(rule)}${state ? html`<span class="sr-only">: ${state}</span>` : nothing}</li>`;
        })}
      </ul>`;
  }

  protected override renderControls() {
    const rules = this.renderRules();
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'password',
        label: this.t('newPassword'),
        type: 'password',
        autocomplete: 'new-password',
        revealable: true,
        hint: rules,
        onInput: (e) => (this.typed = (e.target as HTMLInputElement).value),
      })}
      ${this.renderInput({
        name: 'confirm',
        label: this.t('confirmPassword'),
        type: 'password',
        autocomplete: 'new-password',
      })}
      ${this.username ? html`<input type="text" name="username" autocomplete="username" .value=${this.username} hidden ${lock(this.busy)} />` : nothing}
      ${this.revokeSessions !== undefined ? this.renderCheckbox('revokeSessions', this.t('revokeSessions'), this.revokeSessions) : nothing}
      ${this.renderSubmit(this.t(this.purpose === 'reset' ? 'resetPassword' : 'changePassword'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const { password = '', confirm, revokeSessions } = this.formValues(event);
    this.typed = password;
    // A rule the page can check is checked before any request; the server still judges the rest.
    const unmet = checkPasswordRules(this.rules, password, this.username ?? this.identifier).some((r) => r.met === false);
    this.check(
      {
        password: !password ? this.t('passwordRequired') : unmet ? this.t('passwordRulesUnmet') : undefined,
        confirm: !password || unmet ? undefined : !confirm ? this.t('confirmRequired') : confirm !== password ? this.t('passwordsDiffer') : undefined,
      },
      { password, ...(this.revokeSessions !== undefined ? { revokeSessions: revokeSessions === 'on' } : {}) },
    );
  }

  /** A rejected password is cleared from both fields. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('messages') || !this.fieldMessage('password')) return;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=password]')) input.value = '';
    this.typed = '';
  }
}
