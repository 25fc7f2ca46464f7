import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
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
    return field === 'password' || (field === 'revokeSessions' && this.revokeSessions !== undefined);
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

  /**
   * The rules, each marked met (a tick) or not yet (a cross) once the user types. They live in the light DOM
   * beside the input they describe, where the step's styles do not reach: the marks are drawn with SVG
   * attributes, and named for screen readers, who hear them with the rule.
   */
  private renderRules() {
    const checks = checkPasswordRules(this.rules, this.typed, this.username ?? this.identifier);
    if (!checks.length) return undefined;
    const shown = this.typed.length > 0;
    return html`${this.t('passwordRulesIntro')}
      <ul>
        ${checks.map((rule) => html`<li>${shown && rule.met !== undefined ? this.renderMark(rule.met) : nothing}${this.ruleText(rule)}</li>`)}
      </ul>`;
  }

  private renderMark(met: boolean) {
    const path = met ? 'M2 6.5l2.5 2.5L10 3.5' : 'M3 3l6 6M9 3l-6 6';
    return html`<svg width="12" height="12" viewBox="0 0 12 12" role="img" aria-label=${this.t(met ? 'ruleMet' : 'ruleNotMet')} data-met=${met ? 'yes' : 'no'}>
      <path d=${path} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg
    >&nbsp;`;
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
