import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { PasswordPurpose, PasswordRules } from '../flow/model.js';
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
  };

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
    const r = this.rules;
    const out: string[] = [];
    if (r.minLength) out.push(this.t('ruleMinLength', r.minLength));
    if (r.minLowerCase) out.push(this.t('ruleLowerCase'));
    if (r.minUpperCase) out.push(this.t('ruleUpperCase'));
    if (r.minNumber) out.push(this.t('ruleNumber'));
    if (r.minSymbol) out.push(this.t('ruleSymbol'));
    if (r.excludeUsername) out.push(this.t('ruleNoUsername'));
    if (r.excludeFirstName || r.excludeLastName) out.push(this.t('ruleNoName'));
    if (r.maxConsecutiveRepeatingCharacters) out.push(this.t('ruleMaxRepeat', r.maxConsecutiveRepeatingCharacters));
    if (r.historyCount) out.push(this.t('ruleHistory', r.historyCount));
    return out;
  }

  protected override renderControls() {
    const rules = this.ruleTexts();
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.username ? html`<input type="text" name="username" autocomplete="username" .value=${this.username} hidden ${lock(this.busy)} />` : nothing}
      ${this.renderInput({
        name: 'password',
        label: this.t('newPassword'),
        type: 'password',
        autocomplete: 'new-password',
        revealable: true,
        hint: rules.length ? html`${this.t('passwordRulesIntro')}<ul>${rules.map((r) => html`<li>${r}</li>`)}</ul>` : undefined,
      })}
      ${this.renderInput({
        name: 'confirm',
        label: this.t('confirmPassword'),
        type: 'password',
        autocomplete: 'new-password',
      })}
      ${this.renderSubmit(this.t(this.purpose === 'reset' ? 'resetPassword' : 'changePassword'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const { password = '', confirm } = this.formValues(event);
    this.check(
      {
        password: password ? undefined : this.t('passwordRequired'),
        confirm: !password ? undefined : !confirm ? this.t('confirmRequired') : confirm !== password ? this.t('passwordsDiffer') : undefined,
      },
      { password },
    );
  }

  /** A rejected password is cleared from both fields. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('messages') || !this.fieldMessage('password')) return;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=password]')) input.value = '';
  }
}
