import { LitElement, css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { IdxClient } from './flow/auth-client.js';
import type { FlowError } from './flow/errors.js';
import type { Step, StepName, StepSubmission } from './flow/model.js';
import type { FlowState, SigninFlow } from './flow/signin-flow.js';
import { LocalizeController } from './i18n/localize-controller.js';
import type { StringOverrides } from './i18n/localize.js';
import { importOnce } from './import-once.js';
import { forgetRedirect, hasSavedRedirect, hasSavedTransaction } from './saved-sign-in.js';
import { OvsCredentialsStep } from './steps/credentials-step.js';
import type { StepView } from './steps/step-views.js';
import { buttons, theme } from './styles/theme.js';

type Kit = typeof import('./signin-kit.js');

/** Attribute spellings, besides the declared ones, that set a property. */
const ATTRIBUTE_ALIASES = { clientid: 'clientId', redirecturi: 'redirectUri' } as const;

/**
 * Signs a user in to Okta Identity Engine with Okta Verify, directly from the page.
 *
 * A thin view of the headless `SigninFlow`: it renders the current step element into its own light DOM
 * (so the native inputs belong to the page's form tree), moves focus to each new step while the user is in it, shows a busy state
 * while a request runs, and reports what happened with events. It never stores tokens.
 *
 * @fires {OktaVerifySuccessEvent} okta-verify-success - Signed in. `detail`: `{ tokens, claims }` (the validated ID token claims).
 * @fires {OktaVerifyErrorEvent} okta-verify-error - A request failed (network, server, rate limit, expired session, token). `detail`: `{ kind, status, message, cause }`.
 * @fires {OktaVerifyStepEvent} okta-verify-step - A new step is shown. `detail`: `{ step, status }`: the step's name and, when it has one, the sign-in's status (`AwaitingAuthenticatorEnrollment`, `PasswordExpired`, …).
 * @fires {OktaVerifyPasswordExpiredEvent} okta-verify-password-expired - The password has expired (or, with `warning`, is about to). Cancelable: after `preventDefault()` the widget stops and sends nothing more. `detail`: `{ warning, username, rules }`.
 * @slot - The current step (rendered by the element itself).
 * @slot header - Content above the steps, such as a logo.
 * @slot footer - Content below the steps, such as help or legal links.
 * @csspart base - The card around everything.
 * @csspart progress - The busy indicator shown while a request runs.
 * @csspart error - The error banner with its way forward.
 * @csspart error-action - The error banner's "Try again" / "Start over" button.
 * @cssprop --ovs-color-primary - Buttons, links and focus ring.
 * @cssprop --ovs-color-primary-text - Text on primary-coloured buttons.
 * @cssprop --ovs-color-text - Text colour.
 * @cssprop --ovs-color-text-muted - Secondary text colour.
 * @cssprop --ovs-color-background - Card and input background.
 * @cssprop --ovs-color-border - Input and button borders.
 * @cssprop --ovs-card-border-color - The card's border.
 * @cssprop --ovs-color-error - Error text and borders.
 * @cssprop --ovs-color-warning - The push reminder's accent.
 * @cssprop --ovs-focus-ring - Box shadow of focused controls.
 * @cssprop --ovs-font-family - Font.
 * @cssprop --ovs-heading-size - Font size of step headings.
 * @cssprop --ovs-number-size - Font size of the number challenge.
 * @cssprop --ovs-radius - Corner radius.
 * @cssprop --ovs-spacing - Space between parts.
 * @cssprop --ovs-max-width - Width of the card.
 * @attr {string} clientid - The same as `client-id`, under the name React and lower-cased HTML give `clientId`.
 * @attr {string} redirecturi - The same as `redirect-uri`, under the name React and lower-cased HTML give `redirectUri`.
 * @attr {string} lang - Language of the widget's text: any of the 31 shipped (`en`, `ar`, `de`, `pt-BR`, `zh-TW`, … matched the BCP 47 way, so `pt` is `pt-BR` and `zh-Hant` is `zh-TW`), or one registered with `registerTranslation`. Without it, the nearest ancestor's `lang`, else `<html lang>`. Requests to Okta carry it as `Accept-Language`.
 * @attr {'ltr' | 'rtl'} dir - Text direction. Set by the widget to the language's direction unless the element or an ancestor has its own `dir`.
 */
export class OktaVerifySignin extends LitElement {
  static readonly tag = 'okta-verify-signin';

  /** Reactive properties, as a table rather than decorators (whose helpers cost more in the bundle); state has no attribute. */
  static override properties: PropertyDeclarations = {
    issuer: {},
    clientId: { attribute: 'client-id' },
    redirectUri: { attribute: 'redirect-uri' },
    scopes: {},
    authClient: { attribute: false },
    autofocus: { type: Boolean },
    strings: { attribute: false },
    theme: { reflect: true },
    optimistic: { converter: (value) => value !== 'false' },
    hostedFallback: { attribute: 'hosted-fallback', converter: (value) => value !== 'false' },
    persist: { type: Boolean },
    busy: { type: Boolean, reflect: true },
    flowState: { attribute: false },
  };

  /**
   * A framework that sets `clientId` on an element not yet defined (React 19) sets the attribute `clientId`,
   * which HTML lower-cases; those spellings are read as well.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...Object.keys(ATTRIBUTE_ALIASES)];
  }

  static override styles = [
    theme,
    buttons,
    css`
      :host {
        display: block;
        max-inline-size: var(--ovs-max-width, 26rem);
      }
      .base {
        position: relative;
        padding: calc(var(--_gap) * 1.5);
        border: 1px solid var(--ovs-card-border-color, light-dark(#d7d7dc, #3a3a42));
        border-radius: calc(var(--_radius) * 1.5);
        background: var(--_bg);
      }
      .progress {
        position: absolute;
        inset-block-start: 0;
        inset-inline: 0;
        block-size: 3px;
        overflow: hidden;
        border-radius: var(--_radius) var(--_radius) 0 0;
      }
      .progress::after {
        content: '';
        position: absolute;
        inset-block: 0;
        inline-size: 40%;
        background: var(--_primary);
        animation: slide 1.1s ease-in-out infinite;
      }
      @keyframes slide {
        from {
          inset-inline-start: -40%;
        }
        to {
          inset-inline-start: 100%;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .progress::after {
          animation: none;
          inline-size: 100%;
          opacity: 0.5;
        }
      }
      .error {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        margin-block-end: var(--_gap);
        padding-block: 0.5rem;
        padding-inline: 0.75rem;
        border-inline-start: 4px solid var(--_error);
        border-radius: var(--_radius);
        background: color-mix(in srgb, var(--_error) 8%, var(--_bg));
      }
    `,
  ];

  /** The Okta authorization server, e.g. `https://example.okta.com/oauth2/default`. */
  issuer = '';

  /** The OIDC client id of the app. */
  clientId = '';

  /** Registered redirect URI of the app; the IDX flow never navigates to it. Defaults to the page's origin. */
  redirectUri = '';

  /** Space-separated scopes. Defaults to `openid profile email`. */
  scopes = '';

  /** An existing okta-auth-js client (`OktaAuth` or the minimal IDX client) to use instead of building one. */
  authClient?: IdxClient;

  /**
   * Move focus into the first step when the element appears. Later steps take focus when it is in the widget
   * (or nowhere, after the user acted in it), never from the rest of the page.
   */
  override autofocus = false;

  /**
   * Replacements for single strings, in any language: `{ signIn: 'Log in' }`. Every other string comes from
   * the language in effect (`lang`), not from English.
   */
  strings?: StringOverrides;

  /** `light`, `dark`, or `auto` (follows the system setting). Without it the widget follows the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';

  /**
   * Show the username and password form at once, before Okta has answered, and let the org's real first step
   * replace it (what was typed and the focus stay when it is the same step). `optimistic="false"` waits for
   * Okta instead, for orgs whose first step is something else.
   */
  optimistic = true;

  /**
   * On a step this widget cannot render, offer to continue on the org's own sign-in page for the same app (the
   * username the user gave goes along as `login_hint`); the sign-in completes when Okta sends the browser back
   * to the redirect URI, where this element must be on the page. `hosted-fallback="false"` offers only "Start over".
   */
  hostedFallback = true;

  /**
   * Keep the transaction in sessionStorage so that a reload resumes it on the same step (no second push or QR
   * code). Cleared on success, "Back to sign in" and start over; without it nothing is stored and leaving the
   * page cancels the transaction.
   */
  persist = false;

  /**
   * True while a request runs. Set by the widget, for the page to read or style (`[busy]`).
   * @readonly
   */
  busy = false;

  private flowState?: FlowState;

  private flow?: SigninFlow;
  private stepElement?: HTMLElement;
  private readonly localize = new LocalizeController(this);

  /** True while the transaction starts behind the optimistic first step (the user can already type). */
  get starting(): boolean {
    return this.flowState ? !!this.flowState.starting : !!this.firstStep();
  }

  /** The current step's name (`identify`, `choose-authenticator`, `enter-code`, `approve-push`, `success`, ...; `loading` before the first). */
  get step(): StepName {
    return this.flowState?.step.name ?? (this.firstStep() ? 'identify' : 'loading');
  }

  /** Starts the sign-in over: the current transaction (and a pending push or enrollment) is cancelled on the server. */
  restart(): Promise<void> {
    return this.flow?.restart() ?? Promise.resolve();
  }

  /**
   * The first step, shown before the flow's chunk has arrived: the username and password form the flow itself
   * begins with (`optimistic`), unless this load resumes a saved sign-in or returns from a redirect.
   */
  private firstStep(): Step | undefined {
    if (!this.optimistic || (typeof window !== 'undefined' && (hasSavedRedirect() || (this.persist && !this.authClient && hasSavedTransaction())))) return undefined;
    return { name: 'identify', purpose: 'sign-in', messages: [], actions: [], withPassword: true, identityProviders: [] } as unknown as Step;
  }

  constructor() {
    super();
    // Step elements are presentational: their two events become flow calls here, and go no further. A form
    // sends only its values; the step is the one its element was showing, so a late answer to an earlier
    // step is dropped by the flow, and one element can serve several steps.
    // What is submitted before the flow's chunk has arrived waits for it, as it waits for the transaction.
    this.addEventListener('ovs-submit', (e) => {
      e.stopPropagation();
      this.engaged = true;
      const step = e.target === this.stepElement ? this.stepElement?.dataset.ovsStep : undefined;
      if (step) void this.withFlow((flow) => flow.submit({ step, ...e.detail } as StepSubmission));
    });
    this.addEventListener('ovs-action', (e) => {
      e.stopPropagation();
      this.engaged = true;
      void this.withFlow((flow) => flow.act(e.detail.action));
    });
  }

  /** Leaving the page withdraws the transaction (unless the page is only put aside in the back/forward cache). */
  /** Back (from the back/forward cache) after leaving for an identity provider: the sign-in goes on here. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted) return;
    forgetRedirect();
    this.flow?.cameBack();
  };

  /**
   * The next step's element is on its way (its chunk loads): the widget shows the busy state, and the step
   * appears with its element. `failed`: the chunk could not be loaded (offline); `retry` loads it again.
   */
  private stepChunk?: { failed: boolean; retry(): void };

  private readonly onPageHide = (event: PageTransitionEvent) => {
    // A persisted sign-in is meant to be resumed on the next load.
    if (event.persisted || this.persist) return;
    this.flow?.leave();
    this.flow = undefined;
  };

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const alias = ATTRIBUTE_ALIASES[name as keyof typeof ATTRIBUTE_ALIASES];
    if (alias) this[alias] = value ?? '';
    else super.attributeChangedCallback(name, old, value);
  }

  /** Runs `use` with the flow, once the flow's chunk has arrived and the flow has started. */
  private async withFlow(use: (flow: SigninFlow) => unknown): Promise<void> {
    if (!this.flow) await loadKit().catch(() => undefined);
    if (this.flow) use(this.flow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Everything after the first input starts loading now, side by side: the flow, the steps of an everyday
    // sign-in, and the SDK (unless the page brings its own client). Starting them after the first render instead
    // saves the first input a few milliseconds and costs the transaction's start far more. Rarer steps load
    // when one is shown or about to be.
    void import('./steps/chunks/sign-in-steps.js').catch(() => undefined);
    void loadKit().catch(() => undefined);
    if (!this.authClient) void import('./flow/minimal-client.js').catch(() => undefined);
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('pageshow', this.onPageShow);
    // Moved to another parent: the same transaction goes on. The first start waits for the first update,
    // when Lit has played back properties set before the element was defined (and any set right after).
    if (!this.flow && this.hasUpdated) this.startFlow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('pageshow', this.onPageShow);
    // A move disconnects and reconnects in the same task; only an element that stays out ends its flow.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.flow?.dispose();
      this.flow = undefined;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first update starts the transaction; after that, a new configuration means a new one against it.
    const config: PropertyKey[] = ['issuer', 'clientId', 'redirectUri', 'scopes', 'authClient', 'persist'];
    const start = this.hasUpdated ? config.some((k) => changed.has(k as keyof OktaVerifySignin)) : !this.flow;
    if (start) this.startFlow();
  }

  /** Starts the flow at once when its chunk is there, else as soon as it arrives (if nothing started one meanwhile). */
  private startFlow(): void {
    if (!this.isConnected) return;
    if (kit) return this.startFlowWith(kit);
    const pending = (this.pendingStart = loadKit().then(
      (loaded) => {
        if (this.pendingStart === pending && !this.flow) this.startFlowWith(loaded);
      },
      () => {
        // Offline: the banner offers "Try again", which loads the chunk again.
        if (this.pendingStart === pending) this.kitUnloaded = true;
        this.requestUpdate();
      },
    ));
  }

  private pendingStart?: Promise<void>;
  /** The flow's chunk could not be loaded (offline). */
  private kitUnloaded = false;

  /** A new flow, which the flow's chunk drives (its client, the events, focus); the widget keeps what its first render needs. */
  private startFlowWith({ startSignin }: Kit): void {
    if (!this.isConnected) return;
    this.pendingStart = undefined;
    this.kitUnloaded = false;
    this.flow?.dispose();
    startSignin({
      element: this,
      adopt: (flow) => (this.flow = flow),
      language: () => this.localize.language(),
      show: (s) => {
        this.flowState = s;
        this.busy = s.busy;
      },
      shownStep: () => this.stepElement?.dataset.ovsStep,
      engaged: () => this.engaged,
      renderedStep: () => this.renderedStep(),
      stepChunk: (state) => {
        this.stepChunk = state;
        // Busy while it loads; not once it failed, so that the banner's "Try again" can be pressed.
        this.busy = state ? !state.failed : !!this.flowState?.busy;
      },
    });
  }

  /** The user has acted in the widget (submitted or chosen something) since it started. */
  private engaged = false;

  /** The step element once the widget has rendered the current step, wherever header content puts it among the children. */
  private async renderedStep(): Promise<HTMLElement | undefined> {
    await this.updateComplete;
    return this.stepElement;
  }

  override render() {
    const s = this.flowState;
    const t = this.localize;
    // An ended transaction's own step already says so, with "Start over". The other steps' chunk that failed
    // to load (offline) is a network error the user can retry like any other.
    const error =
      s?.error && !(s.step.name === 'terminal' && s.error.recovery === 'restart')
        ? s.error
        : this.stepChunk?.failed || this.kitUnloaded
          ? UNLOADED
          : undefined;
    const wait = kit?.secondsToWait(this, error) ?? 0;
    // The words and the button agree: an unknown failure that only a new start gets past says "Start over".
    return html`<div class="base" part="base" aria-busy=${this.busy ? 'true' : 'false'}>
      ${this.busy ? html`<div class="progress" part="progress"></div>` : nothing}
      <slot name="header"></slot>
      ${error
        ? html`<div class="error" part="error" role="alert">
            <span>${kit ? kit.errorWords(error, wait, t) : t.term('errorNetwork')}</span>
            <button class="link" part="error-action" ?disabled=${this.busy || wait > 0} @click=${() => (error === s?.error ? this.flow?.retry() : this.kitUnloaded ? this.startFlow() : this.stepChunk?.retry())}>
              ${t.term(error.recovery === 'retry' ? 'tryAgain' : 'startOver')}
            </button>
          </div>`
        : nothing}
      <slot></slot>
      <slot name="footer"></slot>
      <span class="sr-only" role="status">${this.busy ? t.term('working') : ''}</span>
    </div>`;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The step lives in the light DOM so its native inputs are part of the page's form tree. It is placed by
    // hand rather than by a template, so that a step rendered on the server stays where it is, focus and all.
    const step = this.renderStep();
    const placed = this.placedStep;
    if (step === placed && step?.parentNode === this) return;
    if (step && placed?.parentNode === this) placed.replaceWith(step);
    else if (step) this.append(step);
    else placed?.remove();
    this.placedStep = step;
  }

  /** The step element in the light DOM, if any. */
  private placedStep?: HTMLElement;

  /**
   * The current step's element (`STEP_VIEWS`), given the step's fields and the shared state. A new step gets a
   * fresh element, so nothing typed or focused carries over by accident.
   */
  private renderStep(): HTMLElement | undefined {
    const s = this.flowState ?? firstState(this.firstStep());
    if (!s || s.step.name === 'loading') return undefined;
    const { name } = s.step;
    // Before the flow's chunk, only the optimistic first step can be shown; the flow shows a step once its
    // element's chunk has loaded.
    const view: StepView | undefined = kit?.STEP_VIEWS[name] ?? (name === 'identify' ? FIRST_STEP : undefined);
    if (!view) return undefined;
    if (this.stepElement?.dataset.ovsStep !== name) {
      // The server's rendering of this step (`okta-verify-signin/ssr`) is taken over as it stands; otherwise a
      // new element, by tag rather than by constructor: it may not be defined yet (the page registers it later).
      const rendered = this.stepElement ? null : this.querySelector<HTMLElement>(`:scope > [data-ovs-step="${name}"]`);
      this.stepElement = rendered ?? document.createElement(view.tag);
      this.stepElement.dataset.ovsStep = name;
      if (rendered) this.placedStep = rendered;
    }
    const element = this.stepElement as unknown as Record<string, unknown>;
    // Before the flow's chunk, the first step's element keeps its own defaults, which are the optimistic step's.
    const fields = kit ? kit.viewProperties(s.step, view.fixed) : {};
    const values = { ...fields, busy: s.busy || !!this.stepChunk, reconnecting: !!s.reconnecting, strings: this.strings };
    for (const [key, value] of Object.entries(values)) if (element[key] !== value) element[key] = value;
    return this.stepElement;
  }
}

/** A chunk that could not be loaded (offline): a network error the user can retry like any other. */
const UNLOADED: FlowError = { kind: 'network', recovery: 'retry', detail: 'The steps could not be loaded.', cause: undefined };

/** The first step's element is part of the widget's own module; every other step's is in a chunk `STEP_VIEWS` names. */
const FIRST_STEP: StepView = { tag: OvsCredentialsStep.tag, chunk: 'first' };

function firstState(step: Step | undefined): FlowState | undefined {
  return step && { step, busy: false, reconnecting: false, error: undefined };
}

let kit: Kit | undefined;

const importKit = importOnce(() => import('./signin-kit.js'));

/** Loads the flow's chunk once (again after a failure). */
function loadKit(): Promise<Kit> {
  return importKit().then((module) => (kit = module));
}

declare global {
  interface HTMLElementTagNameMap {
    [OktaVerifySignin.tag]: OktaVerifySignin;
  }
}
