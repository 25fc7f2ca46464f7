import { css, html, nothing, type TemplateResult } from 'lit';
import type { AuthenticatorChoice } from '../flow/model.js';
import type { TranslationKey } from '../i18n/localize.js';
import { lock, StepElement } from './step-element.js';

/** Local names for the authenticators Okta knows; any other shows the server's display name. */
const AUTHENTICATOR_NAMES: Record<string, TranslationKey> = {
  okta_verify: 'authenticatorOktaVerify',
  okta_password: 'authenticatorPassword',
  phone_number: 'authenticatorPhone',
  okta_email: 'authenticatorEmail',
  google_otp: 'authenticatorGoogleOtp',
  webauthn: 'authenticatorSecurityKey',
  security_question: 'authenticatorSecurityQuestion',
};

/**
 * The step base with what only the steps after the first use: lists of choices, waiting spinners and
 * authenticator names. Apart from `StepElement`, so that the first step's chunk does not carry them.
 */
export abstract class LaterStepElement extends StepElement {
  static override styles = [
    ...StepElement.styles,
    css`
      .list {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .choice-text {
        display: grid;
        gap: 0.25rem;
      }
      .name {
        font-weight: 600;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .waiting {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        margin: 0 0 var(--_gap);
        color: var(--_muted);
      }
      .waiting.idle {
        margin: 0;
      }
      .spinner {
        flex: none;
        inline-size: 1.25rem;
        block-size: 1.25rem;
        border: 3px solid color-mix(in srgb, var(--_primary) 25%, transparent);
        border-block-start-color: var(--_primary);
        border-radius: 50%;
        animation: spin 0.9s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(1turn);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .spinner {
          animation: none;
        }
      }
    `,
  ];

  /** An authenticator's name in the user's language; without one, Okta Verify's. */
  protected authenticatorName(choice: AuthenticatorChoice | undefined): string {
    const key = AUTHENTICATOR_NAMES[choice?.key ?? 'okta_verify'];
    return key ? this.t(key) : choice!.displayName;
  }

  /**
   * A list of choices, one button each (`part="choice"`), for steps whose answer is a pick: authenticators,
   * Okta Verify methods, enrollment channels. `data` names the data attribute that carries each choice's value.
   */
  protected renderChoices<T>(
    items: readonly T[],
    data: 'key' | 'method' | 'channel',
    describe: (item: T) => { value: string; name: string; hint?: string; label?: string },
    select: (item: T) => void,
  ): TemplateResult {
    return html`<ul class="list" part="list">
      ${items.map((item) => {
        const d = describe(item);
        return html`<li>
          <button
            class="button"
            part="choice"
            data-key=${data === 'key' ? d.value : nothing}
            data-method=${data === 'method' ? d.value : nothing}
            data-channel=${data === 'channel' ? d.value : nothing}
            aria-label=${d.label ?? nothing}
            ${lock(this.busy)}
            @click=${() => select(item)}
          >
            <span class="choice-text"><bdi class="name">${d.name}</bdi>${d.hint ? html`<span class="hint">${d.hint}</span>` : nothing}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  /**
   * A spinner with polite status text, for steps that wait for something outside the page. The status region
   * stays in place (empty) when there is nothing to wait for, so each new wait is announced once. `unseen` is
   * announced with the text but not shown (what the page shows otherwise, such as the number to tap).
   */
  protected renderWaiting(text: string | undefined, unseen?: string): TemplateResult {
    const shown = this.live && text ? (this.reconnecting ? this.t('reconnecting') : text) : '';
    return html`<div class=${text ? 'waiting' : 'waiting idle'} part="progress">
      ${text ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <span role="status">${shown}${shown && unseen && !this.reconnecting ? html`<span class="sr-only"> ${unseen}</span>` : nothing}</span>
    </div>`;
  }
}
