import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StepElement } from './step-element.js';

/**
 * Username and password. The inputs are native and live in the page's light DOM with
 * `autocomplete="username"` / `"current-password"`, so password managers fill them; Enter submits.
 * Empty fields are refused here, before any request.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - The user submitted non-empty credentials: `{ step: 'identify', username, password }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about one field.
 *
 * @tag ovs-credentials-step
 */
export class OvsCredentialsStep extends StepElement {
  /** False on identifier-first orgs: only the username is asked for. */
  @property({ type: Boolean, attribute: 'with-password' }) withPassword = true;

  @state() private errors: { username?: string; password?: string } = {};

  protected override hasField(field: string): boolean {
    return field === 'username' || (this.withPassword && field === 'password');
  }

  override render() {
    return html`${this.renderHeading(this.t('signInHeading'))} ${this.renderMessages()}<slot></slot>`;
  }

  protected override renderControls() {
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'username',
        label: this.t('username'),
        autocomplete: 'username',
        error: this.errors.username,
      })}
      ${this.withPassword
        ? this.renderInput({
            name: 'password',
            label: this.t('password'),
            type: 'password',
            autocomplete: 'current-password',
            revealable: true,
            error: this.errors.password,
          })
        : ''}
      ${this.renderSubmit(this.t('signIn'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const username = (form.elements.namedItem('username') as HTMLInputElement).value.trim();
    const password = this.withPassword ? (form.elements.namedItem('password') as HTMLInputElement).value : undefined;
    this.errors = {
      username: username ? undefined : this.t('usernameRequired'),
      password: this.withPassword && !password ? this.t('passwordRequired') : undefined,
    };
    if (this.errors.username || this.errors.password) {
      this.updateComplete.then(() => this.focusStep());
      return;
    }
    this.submitStep({ step: 'identify', username, password });
  }

  /** Server messages replace stale client-side ones. */
  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('messages')) this.errors = {};
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ovs-credentials-step': OvsCredentialsStep;
  }
}
