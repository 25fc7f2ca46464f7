import { html, type PropertyDeclarations } from 'lit';
import { StepElement } from './step-element.js';

/**
 * Username and password. The inputs are native and live in the page's light DOM with
 * `autocomplete="username"` / `"current-password"`, so password managers fill them; Enter submits.
 * Empty fields are refused here, before any request.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - The user submitted non-empty credentials: `{ username, password }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about one field.
 */
export class OvsCredentialsStep extends StepElement {
  static readonly tag = 'ovs-credentials-step';

  static override properties: PropertyDeclarations = {
    withPassword: { type: Boolean, attribute: 'with-password' },
  };

  /** False on identifier-first orgs: only the username is asked for. */
  withPassword = true;

  protected override hasField(field: string): boolean {
    return field === 'username' || (this.withPassword && field === 'password');
  }

  override render() {
    return html`${this.renderHeading(this.t('signInHeading'))} ${this.renderMessages()}<slot></slot>${this.renderActions()}`;
  }

  protected override renderControls() {
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'username',
        label: this.t('username'),
        autocomplete: 'username',
      })}
      ${this.withPassword
        ? this.renderInput({
            name: 'password',
            label: this.t('password'),
            type: 'password',
            autocomplete: 'current-password',
            revealable: true,
          })
        : ''}
      ${this.renderSubmit(this.t('signIn'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const { username = '', password } = this.formValues(event);
    const name = username.trim();
    this.check(
      { username: name ? undefined : this.t('usernameRequired'), password: this.withPassword && !password ? this.t('passwordRequired') : undefined },
      { username: name, password },
    );
  }
}
