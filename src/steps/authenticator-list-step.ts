import { html, nothing, type PropertyDeclarations } from 'lit';
import type { AuthenticatorChoice, AuthenticatorPurpose } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { LaterStepElement } from './later-step-element.js';

/** The heading and sentence of each purpose; enrolling says whether setting up can wait. */
const WORDS: Record<AuthenticatorPurpose, { heading: TranslationKey; intro: TranslationKey }> = {
  verify: { heading: 'chooseAuthenticatorHeading', intro: 'chooseAuthenticatorIntro' },
  enroll: { heading: 'enrollHeading', intro: 'enrollRequiredIntro' },
  recover: { heading: 'recoverListHeading', intro: 'chooseAuthenticatorIntro' },
  unlock: { heading: 'unlockHeading', intro: 'unlockIntro' },
};

/**
 * A list of authenticators, one button each: the "verify it's you" list, the list that proves who you are
 * before a password reset (`recover`), the account-unlock list with the username above it (`unlock`,
 * `with-username`), or (`enroll`) the "set up security methods" list, which says whether setting up is required
 * and offers "Set up later" when the server allows skipping.
 *
 * @fires {StepEvent<'ovs-submit'>} ovs-submit - An authenticator was chosen: `{ authenticator }`, with `username` when it is asked.
 * @csspart heading - The step's heading.
 * @csspart messages - Messages from the server.
 * @csspart list - The list of authenticators.
 * @csspart choice - One authenticator's button.
 */
export class OvsAuthenticatorListStep extends LaterStepElement {
  static readonly tag = 'ovs-authenticator-list-step';

  static override properties: PropertyDeclarations = {
    purpose: {},
    authenticators: { attribute: false },
    withUsername: { type: Boolean, attribute: 'with-username' },
  };

  /** Why the list is shown: `verify`, `enroll`, `recover` (before a password reset) or `unlock`. */
  purpose: AuthenticatorPurpose = 'verify';

  /** The authenticators to offer, in the server's order. */
  authenticators: AuthenticatorChoice[] = [];

  /** Ask the username above the list (unlocking an account). */
  withUsername = false;

  protected override hasField(field: string): boolean {
    return this.withUsername && field === 'username';
  }

  override render() {
    const enroll = this.purpose === 'enroll';
    const words = WORDS[this.purpose] ?? WORDS.verify;
    const intro = enroll && this.actions.includes('skip') ? 'enrollOptionalIntro' : words.intro;
    return html`${this.renderHeading(this.t(words.heading))}
      <p class="intro">${this.t(intro)}</p>
      ${this.renderMessages()} ${this.withUsername ? html`<slot></slot>` : nothing}
      ${this.renderChoices(
        this.authenticators,
        'key',
        (choice) => {
          const name = this.authenticatorName(choice);
          return { value: choice.key, name, label: this.t(enroll ? 'setUpAuthenticator' : 'selectAuthenticator', name) };
        },
        (authenticator) => this.choose(authenticator),
      )}
      ${this.renderActions()}`;
  }

  protected override renderControls() {
    if (!this.withUsername) return nothing;
    // Enter in the username field picks nothing: the user still has to choose how to verify.
    return html`<form method="post" novalidate @submit=${(e: SubmitEvent) => e.preventDefault()}>
      ${this.renderInput({ name: 'username', label: this.t('username'), autocomplete: 'username' })}
    </form>`;
  }

  private choose(authenticator: AuthenticatorChoice): void {
    if (!this.withUsername) return this.submitStep({ authenticator });
    const username = (this.querySelector<HTMLInputElement>('input[name=username]')?.value ?? '').trim();
    this.check({ username: username ? undefined : this.t('usernameRequired') }, { authenticator, username });
  }
}
