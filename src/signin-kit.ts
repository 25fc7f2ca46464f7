/**
 * What the widget needs once its first step is on screen, and not before: the headless flow with every step's
 * reader, how the widget drives it (its client, the events it fires, where focus goes, the return from a
 * redirect), the error banner's words, the other steps' words in English, and how a step's fields reach its
 * element. A chunk of its own that the widget starts loading as soon as it appears, beside the SDK and the
 * other steps' elements, so that none of it stands between the page and its first input.
 */
import { createAuthClient, type IdxClient } from './flow/auth-client.js';
import type { FlowError, FlowErrorKind } from './flow/errors.js';
import { statusOf } from './flow/registry.js';
import { redirectReturnOf, withoutRedirectParams, type RedirectRecord, type RedirectReturn } from './flow/redirect.js';
import type { RequestScope } from './flow/scoped-fetch.js';
import { SigninFlow, type FlowState } from './flow/signin-flow.js';
import { documentVisibility } from './flow/poller.js';
import { fire, OktaVerifyErrorEvent, OktaVerifyPasswordExpiredEvent, OktaVerifyStepEvent, OktaVerifySuccessEvent } from './events.js';
import { enEveryday } from './i18n/en-everyday.js';
import { registerTranslation } from './i18n/localize.js';
import type { LocalizeController } from './i18n/localize-controller.js';
import type { OktaVerifySignin } from './okta-verify-signin.js';
import { importOnce } from './import-once.js';
import { hasSavedTransaction, REDIRECT_STORAGE_KEY } from './saved-sign-in.js';
import { STEP_CHUNKS, STEP_VIEWS, stepsAhead, type StepChunkName } from './steps/step-views.js';

// The widget's first render carries only the first step's words; the flow's and the everyday steps' arrive
// here, and the rarer steps bring their own.
registerTranslation(enEveryday);

export { viewProperties } from './steps/view-properties.js';
export { STEP_VIEWS } from './steps/step-views.js';

const chunkLoaders = new Map<StepChunkName, () => Promise<unknown>>();

/** Loads a chunk of step elements once (again after a failure), which registers them. */
export function loadStepChunk(name: StepChunkName): Promise<unknown> {
  let load = chunkLoaders.get(name);
  if (!load) chunkLoaders.set(name, (load = importOnce<unknown>(STEP_CHUNKS[name])));
  return load();
}

/** What the widget lends the flow it starts: its configuration, its state, and where focus goes. */
export interface SigninHost {
  readonly element: OktaVerifySignin;
  /** The flow is the widget's from here on, before anything runs in it. */
  adopt(flow: SigninFlow): void;
  /** The language the widget shows, sent to Okta as `Accept-Language`. */
  language(): string;
  show(state: FlowState): void;
  /** The step the element on screen shows (rendered here or on the server), if any. */
  shownStep(): string | undefined;
  /** The user has acted in the widget since it started. */
  engaged(): boolean;
  /** The step element, once the current step is rendered. */
  renderedStep(): Promise<HTMLElement | undefined>;
  /** The next step's element is on its way (or could not be loaded: `failed`, with `retry`); `undefined` once it is there. */
  stepChunk(state: { failed: boolean; retry(): void } | undefined): void;
}

/**
 * Starts a sign-in for the widget: a new flow, with the client built from the widget's attributes (kept for
 * the transaction's life: its storage holds the PKCE state) unless the page gave one; each state is shown,
 * announced with events, and followed by focus.
 */
export function startSignin(host: SigninHost): void {
  const { element } = host;
  let ownClient: Promise<IdxClient> | undefined;
  const scope: RequestScope = { language: () => host.language() };
  const client = async (): Promise<IdxClient> => {
    if (element.authClient) return element.authClient;
    if (!element.issuer || !element.clientId) {
      throw { kind: 'config', recovery: 'restart', detail: 'Set the issuer and client-id attributes, or the authClient property.', cause: undefined } satisfies FlowError;
    }
    ownClient ??= createAuthClient({
      issuer: element.issuer,
      clientId: element.clientId,
      redirectUri: element.redirectUri || `${window.location.origin}/`,
      scopes: element.scopes.split(/\s+/).filter(Boolean),
      persist: element.persist,
    }, scope).catch((error: unknown) => {
      ownClient = undefined; // a failed load (offline) is retried on the next request
      throw error;
    });
    return ownClient;
  };
  const flow = new SigninFlow({
    getClient: client,
    visibility: documentVisibility(document),
    scope,
    navigate: leaveFor,
    hostedFallback: element.hostedFallback,
  });
  host.adopt(flow);
  let lastStepName: string | undefined;
  let lastError: FlowError | undefined;

  const focusAfterRender = async (ifLost = false): Promise<void> => {
    const step = (await host.renderedStep()) as (HTMLElement & { focusStep?(): void; updateComplete?: Promise<unknown> }) | undefined;
    if (!step?.isConnected) return;
    await customElements.whenDefined(step.localName);
    await step.updateComplete;
    if (!ifLost || !element.matches(':focus-within')) step.focusStep?.();
  };

  /**
   * A step whose element has not loaded yet is held back (the last one held wins) until its chunk is there,
   * so that the page never sees a step, nor its event, before the step can render.
   */
  let held: FlowState | undefined;
  const holdUntilDefined = (s: FlowState): boolean => {
    const view = s.step.name === 'loading' ? undefined : STEP_VIEWS[s.step.name];
    if (!view || customElements.get(view.tag)) {
      if (held) host.stepChunk(undefined);
      held = undefined;
      return false;
    }
    const waiting = !!held;
    held = s;
    const load = (): void => {
      host.stepChunk({ failed: false, retry: load });
      loadStepChunk(view.chunk).then(
        () => {
          // Nothing more for a flow that has ended (the widget removed, a new start).
          if (!held || scope.signal?.aborted) return;
          held = undefined;
          host.stepChunk(undefined);
          onFlowState(flow.current);
        },
        () => host.stepChunk({ failed: true, retry: load }),
      );
    };
    if (!waiting) load();
    return true;
  };

  const onFlowState = (s: FlowState): void => {
    if (holdUntilDefined(s)) return;
    const wasBusy = element.busy;
    // Focus follows the sign-in only from inside the widget, or from nowhere after the user acted here (a
    // click that does not focus its button, as in Safari): a step never takes it from the rest of the page.
    const inside = element.matches(':focus-within');
    const follow = inside || (host.engaged() && document.activeElement === document.body);
    host.show(s);
    if (s.error && s.error !== lastError) {
      fire(element, new OktaVerifyErrorEvent({ kind: s.error.kind, status: s.error.status, message: s.error.detail, cause: s.error.cause }));
    }
    lastError = s.error;
    const name = s.step.name;
    // The chunks of the steps this one may lead to start loading now, so that none waits when it comes.
    for (const ahead of stepsAhead(s.step)) void loadStepChunk(STEP_VIEWS[ahead].chunk).catch(() => undefined);
    if (name !== lastStepName) {
      const first = lastStepName === undefined || lastStepName === 'loading';
      lastStepName = name;
      if (name === 'loading') return;
      if (s.step.name === 'set-password' && s.step.purpose !== 'reset') {
        const { purpose, username, rules } = s.step;
        const expired = new OktaVerifyPasswordExpiredEvent({ warning: purpose === 'expiring', username, rules });
        fire(element, expired);
        // The page takes over; the flow's hand-off shows (and announces) the step that says so.
        if (expired.defaultPrevented) return flow.handOff();
      }
      const status = statusOf(s.step);
      fire(element, new OktaVerifyStepEvent(status ? { step: name, status } : { step: name }));
      if (s.step.name === 'success') {
        fire(element, new OktaVerifySuccessEvent({ tokens: s.step.tokens, claims: s.step.tokens.idToken?.claims }));
      }
      // `autofocus` is for the first step on load; the org's real first step replacing it is not. The step that
      // was on screen before the flow arrived (rendered here or on the server) keeps whatever focus it has.
      const shown = first && host.shownStep() === name;
      if ((follow && !shown) || (first && element.autofocus && !inside)) void focusAfterRender();
    } else if (wasBusy && !s.busy && follow) {
      // The same step came back (a wrong code, a refused address): to the field in error, or the first field.
      void focusAfterRender();
    } else if (inside) {
      // The same step re-rendered: if what had focus went away (the password field of an identifier-first
      // org, the banner's "Try again"), focus goes to the step rather than to <body>.
      void focusAfterRender(true);
    }
  };

  flow.subscribe(onFlowState);
  onFlowState(flow.current);
  // Back from an identity provider or the org's sign-in page: finish that sign-in.
  const returning = takeRedirectReturn();
  if (returning) return void flow.start({ returning });
  // A saved sign-in is resumed where it was; only a fresh one begins with the optimistic first step.
  const resume = element.persist && !element.authClient && hasSavedTransaction();
  void flow.start({ optimistic: element.optimistic && !resume, resume });
}

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Camel<Tail>}` : Capitalize<S>;

/** Each error kind's text: `rate-limited` → `errorRateLimited` (a kind without a string is a type error). */
const errorText = (kind: FlowErrorKind) => `error${kind.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase())}` as `error${Camel<FlowErrorKind>}`;

/**
 * The error banner's words, which agree with its button: an unknown failure that only a new start gets past
 * says "Start over"; a rate limit counts down the `wait` seconds.
 */
export function errorWords(error: FlowError, wait: number, t: LocalizeController): string {
  return wait ? t.term('errorRateLimitedWait', wait) : t.term(error.kind === 'unknown' && error.recovery === 'restart' ? 'errorToken' : errorText(error.kind));
}

const countdowns = new WeakMap<OktaVerifySignin, ReturnType<typeof setTimeout>>();

/** Seconds until a rate-limited request may be tried again; the widget re-renders each second until then. */
export function secondsToWait(element: OktaVerifySignin, error: FlowError | undefined): number {
  clearTimeout(countdowns.get(element));
  const left = error?.retryAt ? Math.ceil((error.retryAt - Date.now()) / 1000) : 0;
  if (left > 0) countdowns.set(element, setTimeout(() => element.requestUpdate(), 1000));
  return Math.max(0, left);
}

function leaveFor(url: string, record: RedirectRecord): void {
  try {
    sessionStorage.setItem(REDIRECT_STORAGE_KEY, JSON.stringify(record));
  } catch {
    // Storage blocked: the return will say the link is no longer valid, with a way back to sign in.
  }
  window.location.assign(url);
}

/**
 * The return to the redirect URI this page is on, if it is one this element started: its parameters, and what
 * was kept for it (then forgotten, and the parameters taken out of the address bar, so a reload does not
 * replay them). A page whose `code` and `state` belong to someone else is left alone.
 */
function takeRedirectReturn(): { params: RedirectReturn; record?: RedirectRecord } | undefined {
  const url = new URL(window.location.href);
  const params = redirectReturnOf(url);
  let saved: string | null = null;
  try {
    saved = sessionStorage.getItem(REDIRECT_STORAGE_KEY);
    // Kept for one return only: a page loaded any other way (the user came back another way) forgets it, so it
    // can never take over a later `code` and `state` that belong to the host.
    if (saved) sessionStorage.removeItem(REDIRECT_STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (!params || !saved) return undefined;
  history.replaceState(history.state, '', withoutRedirectParams(url));
  try {
    const record = JSON.parse(saved) as Partial<RedirectRecord>;
    return { params, record: typeof record.state === 'string' && typeof record.codeVerifier === 'string' ? (record as RedirectRecord) : undefined };
  } catch {
    return { params };
  }
}
