import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { AuthenticatorChoice, AuthenticatorPurpose } from '../flow/model.js';
import { LaterStepElement } from './later-step-element.js';

/**
 * A 6-digit one-time code: from an app (Okta Verify, Google Authenticator, another OTP app) or one the server
 * sent (email, SMS, voice call), whose masked address the intro shows. A native light-DOM input with
 * `autocomplete="one-time-code"` and `inputmode="numeric"`, so OS code autofill and numeric keyboards work;
 * Enter submits. Spaces are dropped and anything but six digits is refused before any request.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - A well-formed code was submitted: `{ code }`.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server that are not about the code.
 */
export class OvsCodeStep extends LaterStepElement {
  static readonly tag = 'ovs-code-step';

  static override properties: PropertyDeclarations = {
    authenticator: { attribute: false },
    purpose: {},
    sentTo: { attribute: 'sent-to' },
  };

  /** Where the code comes from; its name is shown. Without it, Okta Verify. */
  authenticator?: AuthenticatorChoice;

  /** Signing in with the authenticator, or setting it up. */
  purpose: AuthenticatorPurpose = 'verify';

  /** Where the server sent the code, as it shows it (`j•••@example.com`); the intro then names it. */
  sentTo?: string;

  protected override hasField(field: string): boolean {
    return field === 'code';
  }

  override render() {
    // The address is isolated so its own direction cannot reorder the sentence around it.
    const intro = this.sentTo ? this.t('codeIntroSentTo', `\u2068${this.sentTo}\u2069`) : this.t('codeIntro', this.authenticatorName(this.authenticator));
    return html`${this.renderHeading(this.t('codeHeading'))}
      <p class="intro">${intro}</p>
      ${this.renderMessages()}
      <slot></slot>
      ${this.renderActions()}`;
  }

  protected override renderControls() {
    return html`<form method="post" novalidate @submit=${this.onSubmit}>
      ${this.renderInput({
        name: 'code',
        label: this.t('code'),
        autocomplete: 'one-time-code',
        inputmode: 'numeric',
      })}
      ${this.renderSubmit(this.t('verify'))}
    </form>`;
  }

  private onSubmit(event: SubmitEvent): void {
    const code = (this.formValues(event).code ?? '').replace(/\s+/g, '');
    this.check({ code: !code ? this.t('codeRequired') : /^\d{6}$/.test(code) ? undefined : this.t('codeFormat') }, { code });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A rejected code is cleared so the next one can be typed (or autofilled) at once.
    const input = changed.has('messages') && this.fieldMessage('code') && this.querySelector<HTMLInputElement>('input[name=code]');
    if (input) input.value = '';
  }
}
