import { css, html, nothing, type PropertyDeclarations } from 'lit';
import type { IdentityProvider } from '../flow/model.js';
import { lock, StepElement } from './step-element.js';

/**
 * Username and password, or one of them: the first step ("Sign in"), the username of an account whose password
 * is to be reset ("Reset your password"), or the password alone once the username is known (`password-only`,
 * identifier-first orgs). The inputs are native and live in the page's light DOM with `autocomplete="username"` /
 * `"current-password"`, so password managers fill them; Enter submits. Empty fields are refused here, before
 * any request. "Keep me signed in" when the org offers it, a "Sign in with …" button per identity provider, and
 * "Sign in with Okta FastPass" when Okta Verify on this device can sign the user in.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - The user submitted non-empty credentials: `{ username, password?, rememberMe? }` (`{ password }` with `password-only`), chose an identity provider: `{ identityProvider }`, or Okta FastPass: `{ fastPass: true }`.
 * @csspart heading - The step's heading.
 * @csspart intro - The sentence under the heading, when there is one.
 * @csspart messages - Messages from the server that are not about one field.
 * @csspart identity-providers - The "Sign in with …" buttons.
 * @csspart identity-provider - One of them.
 * @csspart fastpass - The "Sign in with Okta FastPass" button.
 */
export class OvsCredentialsStep extends StepElement {
  static readonly tag = 'ovs-credentials-step';

  static override properties: PropertyDeclarations = {
    withPassword: { type: Boolean, attribute: 'with-password' },
    purpose: {},
    passwordOnly: { type: Boolean, attribute: 'password-only' },
    rememberMe: { attribute: false },
    identityProviders: { attribute: false },
    fastPass: { type: Boolean, attribute: 'fast-pass' },
  };

  static override styles = [
    ...StepElement.styles,
    css`
      .idps {
        display: grid;
        gap: 0.5rem;
        margin-block-start: var(--_gap);
      }
      .or {
        margin: 0;
        color: var(--_muted);
        text-align: center;
      }
      .idps .button {
        justify-content: center;
        font-weight: 600;
      }
    `,
  ];

  /** False on identifier-first orgs: only the username is asked for. */
  withPassword = true;

  /** `sign-in`, or `recover`: the username of the account whose password is to be reset. */
  purpose: 'sign-in' | 'recover' = 'sign-in';

  /** Only the password, for the user shown as `identifier`. */
  passwordOnly = false;

  /** "Keep me signed in" is offered, checked or not; absent when the org does not offer it. */
  rememberMe?: boolean;

  /** The identity providers to offer ("Sign in with Google"). */
  identityProviders: IdentityProvider[] = [];

  /** Offer "Sign in with Okta FastPass": Okta Verify on this device signs the user in, nothing typed. */
  fastPass = false;

  private get asksPassword(): boolean {
    return this.passwordOnly || (this.withPassword && this.purpose === 'sign-in');
  }

  protected override hasField(field: string): boolean {
    return (!this.passwordOnly && field === 'username') || (this.asksPassword && field === 'password') || (field === 'rememberMe' && this.rememberMe !== undefined);
  }

  override render() {
    const recover = this.purpose === 'recover' && !this.passwordOnly;
    const heading = this.passwordOnly ? 'enterPasswordHeading' : recover ? 'recoverHeading' : 'signInHeading';
    return html`${this.renderHeading(this.t(heading))} ${recover ? html`<p class="intro" part="intro">${this.t('recoverIntro')}</p>` : nothing}
      ${this.renderMessages()}<slot></slot>${this.renderIdentityProviders()}${this.renderActions()}`;
  }

  private renderIdentityProviders() {
    const fastPass = this.fastPass && !this.passwordOnly && this.purpose === 'sign-in';
    if ((!this.identityProviders.length && !fastPass) || this.passwordOnly || this.purpose !== 'sign-in') return nothing;
    return html`<div class="idps" part="identity-providers">
      <p class="or">${this.t('orSignInWith')}</p>
      ${fastPass
        ? html`<button class="button" part="fastpass" ${lock(this.busy)} @click=${() => this.submitStep({ fastPass: true })}>${this.t('signInWithFastPass')}</button>`
        : nothing}
      ${this.identityProviders.map(
        (idp) => html`<button class="button" part="identity-provider" data-idp=${idp.id} ${lock(this.busy)} @click=${() => this.submitStep({ identityProvider: idp.id })}>
          ${this.t('signInWith', idp.name)}
        </button>`,
      )}
    </div>`;
  }

  protected override renderControls() {
    const submit = this.passwordOnly ? 'verify' : this.purpose === 'recover' ? 'next' : 'signIn';
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.passwordOnly ? nothing : this.renderInput({ name: 'username', label: this.t('username'), autocomplete: 'username' })}
      ${this.asksPassword
        ? this.renderInput({ name: 'password', label: this.t('password'), type: 'password', autocomplete: 'current-password', revealable: true })
        : nothing}
      ${this.passwordOnly ? html`<input type="text" name="username" autocomplete="username" .value=${this.identifier ?? ''} hidden ${lock(this.busy)} />` : nothing}
      ${this.rememberMe !== undefined && !this.passwordOnly && this.purpose === 'sign-in' ? this.renderCheckbox('rememberMe', this.t('rememberMe'), this.rememberMe) : nothing}
      ${this.renderSubmit(this.t(submit))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const { username = '', password, rememberMe } = this.formValues(event);
    if (this.passwordOnly) {
      this.check({ password: password ? undefined : this.t('passwordRequired') }, { password: password ?? '' });
      return;
    }
    const name = username.trim();
    this.check(
      { username: name ? undefined : this.t('usernameRequired'), password: this.asksPassword && !password ? this.t('passwordRequired') : undefined },
      { username: name, password, ...(this.rememberMe !== undefined ? { rememberMe: rememberMe === 'on' } : {}) },
    );
  }
}
