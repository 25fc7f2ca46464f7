import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { PasswordRules, StepAction } from '../flow/model.js';
import { StepElement } from './step-element.js';

/**
 * Change an expired (or soon expiring) password: new password and its confirmation, native light-DOM inputs
 * with `autocomplete="new-password"`, the org's rules listed under the first and read with it. A mismatch or
 * an empty field is caught before any request; the server's rejections show beside the field. The warning
 * variant offers "Remind me later" when the server allows skipping.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A new password was submitted: `{ step: 'change-password', password }`.
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen (`skip`, `cancel`): `{ action }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the password.
 * @csspart skip - The "Remind me later" button.
 * @csspart cancel - The "Back to sign in" button.
 *
 * @tag ovs-change-password-step
 */
export class OvsChangePasswordStep extends StepElement {
  static override properties: PropertyDeclarations = {
    warning: { type: Boolean },
    rules: { attribute: false },
    daysToExpiry: { type: Number, attribute: 'days-to-expiry' },
  };

  /** The password is about to expire rather than expired. */
  warning = false;

  /** The org's password rules. */
  rules: PasswordRules = {};

  /** Days until the password expires (warning). */
  daysToExpiry?: number;

  protected override hasField(field: string): boolean {
    return field === 'password';
  }

  override render() {
    const heading = !this.warning
      ? this.t('passwordExpiredHeading')
      : this.daysToExpiry !== undefined
        ? this.t('passwordExpiresInDays', this.daysToExpiry)
        : this.t('passwordExpiringHeading');
    return html`${this.renderHeading(heading)}
      <p class="intro">${this.t(this.warning ? 'passwordExpiringIntro' : 'passwordExpiredIntro')}</p>
      ${this.renderMessages()}<slot></slot> ${this.renderActions(['skip', 'cancel'])}`;
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
      ${this.renderSubmit(this.t('changePassword'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const { password = '', confirm } = this.formValues(event);
    this.check(
      {
        password: password ? undefined : this.t('passwordRequired'),
        confirm: !password ? undefined : !confirm ? this.t('confirmRequired') : confirm !== password ? this.t('passwordsDiffer') : undefined,
      },
      { step: 'change-password', password },
    );
  }

  /** A rejected password is cleared from both fields. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('messages') || !this.fieldMessage('password')) return;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=password]')) input.value = '';
  }

  protected override actionText(action: StepAction): string {
    return action === 'skip' ? this.t('remindMeLater') : super.actionText(action);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-change-password-step': OvsChangePasswordStep;
  }
}
