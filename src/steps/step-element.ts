import { LitElement, css, html, noChange, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { ACTION_ORDER, ACTION_WORDS } from '../i18n/action-words.js';
import type { FlowMessage, StepAction, StepValues, SubmittableStep } from '../flow/model.js';
import { fire, StepEvent, type StepEventDetails, type StepEventName } from '../step-events.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import type { StringOverrides, TermArgs, TranslationKey } from '../i18n/localize.js';
import { buttons, theme } from '../styles/theme.js';

let nextId = 0;

/** `actions="resend choose-another"` in HTML; an array as a property. */
const actionList = {
  fromAttribute: (value: string | null): StepAction[] => (value ?? '').split(/\s+/).filter(Boolean) as StepAction[],
  toAttribute: (value: StepAction[]): string => value.join(' '),
};

/** What a step's form may emit: the values of any step (the orchestrator adds which step). */
export type StepFormValues = StepValues[SubmittableStep];

/**
 * `disabled` while busy, except on the control that has focus: disabling it would drop focus to <body>. That
 * one stays where the user is, marked `aria-disabled` (an input also read-only), and the step ignores it.
 */
export const lock = directive(
  class extends Directive {
    render(_busy: boolean) {
      return noChange;
    }

    override update(part: ElementPart, [busy]: [boolean]) {
      const el = part.element as HTMLInputElement;
      const held = busy && el.matches(':focus');
      el.disabled = busy && !held;
      if (el.localName === 'input') el.readOnly = held;
      if (held) el.setAttribute('aria-disabled', 'true');
      else el.removeAttribute('aria-disabled');
      return noChange;
    }
  },
);

export interface InputField {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'email' | 'tel';
  autocomplete: string;
  inputmode?: 'numeric' | 'email' | 'text' | 'tel';
  /** A password that the user may show as text, with a toggle beside it. */
  revealable?: boolean;
  /** Help shown under the label and read with the input (e.g. the password rules). */
  hint?: TemplateResult | string;
  /** Called as the user types (live checks such as the password rules). */
  onInput?: (event: InputEvent) => void;
}

/** What the step's own checks found wrong, by field name. */
export type FieldErrors = Partial<Record<string, string>>;

/**
 * Base of every step: a presentational element (properties in, events out) with its layout in shadow DOM
 * and its native form controls in its own light DOM, inside a real `<form>`, so that password managers,
 * one-time-code autofill and Enter-to-submit behave as on any page. Labels, inputs and their error text
 * share one tree, so `for` and `aria-describedby` work. Steps that list choices or wait extend
 * `LaterStepElement`, which adds those.
 *
 * @fires {StepEvent<'ovs-action'>} ovs-action - One of the `actions` was chosen: `{ action }`.
 * @csspart identifier - Who is signing in, under the heading, once Okta knows.
 * @csspart change-user - The "Not you?" button beside it.
 * @csspart footer - The row of the step's other actions ("Verify with something else", "Back to sign in", …), on steps that offer any.
 * @csspart resend - The "Send again" button in the footer.
 * @csspart switch-channel - The "Try another way" / "Can't scan?" button.
 * @csspart skip - The "Skip" / "Set up later" / "Remind me later" button.
 * @csspart choose-another - The "Verify with something else" / "Return to authenticator list" button.
 * @csspart restart - The "Start over" button.
 * @csspart cancel - The "Back to sign in" button.
 * @csspart recover - The "Forgot password?" button.
 * @csspart unlock - The "Unlock account?" button.
 * @csspart continue-hosted - The "Continue on your organization's sign-in page" button.
 * @attr {string} lang - Language of the step's text. Without it, the nearest ancestor's `lang` (across shadow roots), else `<html lang>`.
 * @attr {'ltr' | 'rtl'} dir - Text direction. Set by the step to its language's direction unless the element or an ancestor has its own `dir`.
 */
export abstract class StepElement extends LitElement {
  /** Reactive properties, as a table rather than decorators (whose helpers cost more in the bundle); state has no attribute. */
  static override properties: PropertyDeclarations = {
    busy: { type: Boolean, reflect: true },
    messages: { attribute: false },
    actions: { converter: actionList },
    actionLabels: { attribute: false },
    identifier: {},
    reconnecting: { type: Boolean },
    errors: { attribute: false },
    revealed: { attribute: false },
    live: { attribute: false },
    strings: { attribute: false },
  };

  static override styles = [
    theme,
    buttons,
    css`
      :host {
        display: block;
      }
      [hidden] {
        display: none !important;
      }
      .heading {
        margin: 0 0 0.5rem;
        font-size: var(--ovs-heading-size, 1.25rem);
        font-weight: 600;
        outline: none;
      }
      .intro {
        margin: 0 0 var(--_gap);
        color: var(--_muted);
      }
      .identifier {
        margin: 0 0 var(--_gap);
        color: var(--_muted);
      }
      .identifier .name {
        color: var(--_text);
        font-weight: 600;
      }
      .messages:has(p) {
        margin-block-end: calc(var(--_gap) - 0.5rem);
      }
      .messages p {
        margin: 0 0 0.5rem;
        padding-block: 0.5rem;
        padding-inline: 0.75rem;
        border-inline-start: 4px solid var(--_primary);
        background: color-mix(in srgb, var(--_primary) 8%, var(--_bg));
        border-radius: var(--_radius);
      }
      .messages p.error {
        border-inline-start-color: var(--_error);
        background: color-mix(in srgb, var(--_error) 8%, var(--_bg));
      }
      .footer {
        margin-block-start: var(--_gap);
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 0.5rem 1.25rem;
      }
      ::slotted(form) {
        display: grid;
        gap: var(--_gap);
      }
    `,
  ];

  /** True while a request runs: controls are disabled and announced as busy. */
  busy = false;

  /** Messages from the server for this step; those tied to a field show next to it. */
  messages: FlowMessage[] = [];

  /**
   * What the user can do besides the step's form, as the server offers it (`choose-another`, `cancel`,
   * `skip`, `resend`, `switch-channel`, `restart`). Each step shows the ones that make sense on it.
   */
  actions: StepAction[] = [];

  /** Who is signing in, once Okta knows; shown under the heading. */
  identifier?: string;

  /** The words of each action on this step (`skip` → "Remind me later"); without one, the action's general wording. */
  actionLabels: Partial<Record<StepAction, TranslationKey>> = {};

  /** Actions the step shows in its own place rather than in the footer (the push step's resend button). */
  protected readonly ownActions: readonly StepAction[] = [];

  /** The step waits for the server and its polls are failing and being retried; waiting steps say so. */
  reconnecting = false;

  /** The step's own checks' messages, by field; cleared when the server's messages change. */
  protected errors: FieldErrors = {};

  /** Password fields the user chose to show as text. */
  private revealed = new Set<string>();

  /** Live regions are filled one frame after they appear, so screen readers announce their first text. */
  protected live = false;

  /** Prefix for the ids of light-DOM controls, unique per instance. */
  protected readonly uid = `ovs-${++nextId}`;

  /** Replacements for single strings (`{ signIn: 'Log in' }`); every other string comes from the language in effect. */
  strings?: StringOverrides;

  /** The language (own `lang`, else the nearest ancestor's, else the page's) and the direction that goes with it. */
  protected readonly localize = new LocalizeController(this);

  protected t<K extends TranslationKey>(key: K, ...args: TermArgs<K>): string {
    return this.localize.term(key, ...args);
  }

  /** A server message in the user's language when we have wording for its key, else the server's own text. */
  protected messageText(message: FlowMessage): string {
    return this.localize.message(message.key) ?? message.text;
  }

  protected fieldMessage(field: string): FlowMessage | undefined {
    return this.messages.find((m) => m.field === field && m.level === 'error');
  }

  /** Nothing is sent while busy: the control that kept focus is still enabled, but inert. */
  protected emit<N extends StepEventName>(name: N, detail: StepEventDetails[N]): void {
    if (!this.busy) fire(this, new StepEvent(name, detail));
  }

  /** Hands the step's form values to the orchestrator, which knows which step this element is showing. */
  protected submitStep(values: StepFormValues): void {
    this.emit('ovs-submit', values);
  }

  /** The submitted form's values by field name; the page is not navigated. */
  protected formValues(event: SubmitEvent): Record<string, string> {
    event.preventDefault();
    return Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>;
  }

  /**
   * Submits, unless the step's own checks found something: then those show beside their fields and focus
   * goes to the first. Nothing happens while busy (the fields are disabled, so their values are missing).
   */
  protected check(errors: FieldErrors, values: StepFormValues): void {
    if (this.busy) return;
    this.errors = errors;
    if (Object.values(errors).some(Boolean)) this.updateComplete.then(() => this.focusStep());
    else this.submitStep(values);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // New words from the server replace the step's own checks; the same words again (a poll) leave them.
    if (changed.has('messages') && JSON.stringify(changed.get('messages') ?? []) !== JSON.stringify(this.messages)) this.errors = {};
  }

  protected runAction(action: StepAction): void {
    this.emit('ovs-action', { action });
  }

  /** The wording of an action's button on this step. */
  protected actionText(action: StepAction): string {
    return this.t(this.actionLabels[action] ?? ACTION_WORDS[action]);
  }

  /** Link buttons for the step's actions, in `ACTIONS` order, but those it shows in its own place; `part` is the action's name. */
  protected renderActions(): TemplateResult | typeof nothing {
    const shown = ACTION_ORDER.filter((a) => this.actions.includes(a) && !this.ownActions.includes(a));
    if (!shown.length) return nothing;
    return html`<div class="footer" part="footer">
      ${shown.map(
        (action) => html`<button class="link" part=${action} data-action=${action} ${lock(this.busy)} @click=${() => this.runAction(action)}>
          ${this.actionText(action)}
        </button>`,
      )}
    </div>`;
  }

  /** The native controls, rendered into the light DOM; steps without inputs render `nothing`. */
  protected renderControls(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    render(this.renderControls(), this, { host: this });
  }

  /**
   * A labelled native input with its error text: the step's own check's message (`errors`), else a server
   * message tied to the field. Values are not bound, so a re-render never wipes what was typed.
   */
  protected renderInput(field: InputField): TemplateResult {
    const id = `${this.uid}-${field.name}`;
    const server = this.fieldMessage(field.name);
    const error = this.errors[field.name] ?? (server ? this.messageText(server) : undefined);
    return html`<ovs-control>
      <label slot="label" for=${id}>${field.label}</label>
      <input
        id=${id}
        name=${field.name}
        type=${field.revealable && this.revealed.has(field.name) ? 'text' : (field.type ?? 'text')}
        autocomplete=${field.autocomplete}
        inputmode=${field.inputmode ?? nothing}
        spellcheck="false"
        autocapitalize="off"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || nothing}
        ${lock(this.busy)}
        @input=${field.onInput}
        required
      />
      ${field.revealable
        ? html`<button
            slot="end"
            type="button"
            aria-controls=${id}
            aria-pressed=${this.revealed.has(field.name) ? 'true' : 'false'}
            aria-label=${this.t('showPasswordLabel', field.label)}
            ${lock(this.busy)}
            @click=${() => this.toggleReveal(field.name)}
          >
            ${this.t('showPassword')}
          </button>`
        : nothing}
      ${field.hint ? html`<div slot="hint" id=${`${id}-hint`}>${field.hint}</div>` : nothing}
      <p slot="error" id=${`${id}-error`} dir="auto" ?hidden=${!error}>${error ?? ''}</p>
    </ovs-control>`;
  }

  /**
   * A labelled native checkbox (`name` is sent as `on` when checked), with its error text like any field; not
   * bound, so a re-render keeps the user's choice.
   */
  protected renderCheckbox(name: string, label: string, checked: boolean): TemplateResult {
    const id = `${this.uid}-${name}`;
    const server = this.fieldMessage(name);
    const error = this.errors[name] ?? (server ? this.messageText(server) : undefined);
    return html`<ovs-control kind="check">
      <input
        id=${id}
        type="checkbox"
        name=${name}
        .defaultChecked=${checked}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${id}-error` : nothing}
        ${lock(this.busy)}
      />
      <label slot="label" for=${id}>${label}</label>
      <p slot="error" id=${`${id}-error`} dir="auto" ?hidden=${!error}>${error ?? ''}</p>
    </ovs-control>`;
  }

  protected renderSubmit(label: string): TemplateResult {
    return html`<ovs-control><button type="submit" ${lock(this.busy)}>${label}</button></ovs-control>`;
  }

  private toggleReveal(name: string): void {
    const next = new Set(this.revealed);
    if (!next.delete(name)) next.add(name);
    this.revealed = next;
  }

  protected override firstUpdated(): void {
    requestAnimationFrame(() => (this.live = true));
  }

  /**
   * Heading with tabindex -1 so focus can land on it when a step without inputs appears; under it, who is
   * signing in, with "Not you?" when the step can go back to the start.
   */
  protected renderHeading(text: string): TemplateResult {
    return html`<h2 class="heading" part="heading" tabindex="-1">${text}</h2>
      ${this.identifier
        ? html`<p class="identifier" part="identifier">
            ${this.t('signingInAs')} <bdi class="name">${this.identifier}</bdi>
            ${this.actions.includes('cancel')
              ? html`<button class="link" part="change-user" ${lock(this.busy)} @click=${() => this.runAction('cancel')}>${this.t('notYou')}</button>`
              : nothing}
          </p>`
        : nothing}`;
  }

  /**
   * Messages not tied to a field: errors are alerts; the rest go into a polite status region that is always
   * there, empty, and filled once it is in place (a region inserted with its text is often not announced).
   */
  protected renderMessages(): TemplateResult {
    const general = this.messages.filter((m) => !m.field || !this.hasField(m.field));
    // The box follows the widget's direction; the words, isolated, their own.
    const text = (m: FlowMessage) => html`<p class=${m.level} role=${m.level === 'error' ? 'alert' : nothing}><bdi>${this.messageText(m)}</bdi></p>`;
    return html`<div class="messages" part="messages">
      ${general.filter((m) => m.level === 'error').map(text)}
      <div role="status">${this.live ? general.filter((m) => m.level !== 'error').map(text) : nothing}</div>
    </div>`;
  }

  /** Whether this step renders an input for a field name (so its message shows beside it). */
  protected hasField(_field: string): boolean {
    return false;
  }

  /**
   * Moves focus into the step: the first invalid field, else the first field, else the heading (also while
   * busy, when the fields are disabled). The orchestrator calls it when the step appears.
   */
  focusStep(): void {
    const target =
      this.querySelector<HTMLElement>('[aria-invalid="true"]:enabled') ??
      this.querySelector<HTMLElement>('input:enabled:not([hidden])') ??
      this.renderRoot.querySelector<HTMLElement>('.heading');
    target?.focus();
  }
}
