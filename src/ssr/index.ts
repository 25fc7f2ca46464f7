/**
 * `okta-verify-signin/ssr`: the widget rendered on a server, for Node (Next.js, Nuxt, Angular SSR, Astro, or
 * `node:http`). `renderSignin(options)` returns the HTML of `<okta-verify-signin>`: its attributes, its shadow
 * root as declarative shadow DOM (Lit SSR), and the first step's form in its light DOM, in the language asked
 * for, with the markup the browser renders, so that a page shows a working username and password form before
 * any script has run. In the browser, `okta-verify-signin/hydrate` takes that markup over as it stands: what
 * the user typed, the caret and the focus stay. Needs `@lit-labs/ssr` (and, in the browser,
 * `@lit-labs/ssr-client`).
 */
import { render, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { OktaVerifySignin } from '../okta-verify-signin.js';
import { OvsControl } from '../steps/control.js';
import { OvsCredentialsStep } from '../steps/credentials-step.js';
import { register } from '../steps/register.js';
import { inServerLanguage } from '../i18n/localize-controller.js';
import { directionOf, loadLanguage, resolveLanguage } from '../i18n/localize.js';
import { en } from '../i18n/en.js';

export interface RenderSigninOptions {
  /** The Okta authorization server, e.g. `https://example.okta.com/oauth2/default`. */
  issuer?: string;
  /** The OIDC client id of the app. */
  clientId?: string;
  redirectUri?: string;
  scopes?: string;
  /** The language of the widget's text (any of the shipped ones, or one registered with `registerTranslation`); default English. */
  lang?: string;
  /** `ltr` or `rtl`; default: the language's own direction. */
  dir?: 'ltr' | 'rtl';
  theme?: 'light' | 'dark' | 'auto';
  autofocus?: boolean;
  /** `false`: wait for Okta's first step (nothing is rendered in the light DOM). */
  optimistic?: boolean;
  hostedFallback?: boolean;
  persist?: boolean;
  /** More attributes for the element (`id`, `class`, `style`, …), written as they are given. */
  attributes?: Record<string, string>;
}

// Everything a server render uses, and English whole (the package's first chunk carries only part of it).
register([OvsControl, OvsCredentialsStep, OktaVerifySignin], en);

let renders = 0;

/**
 * The widget's HTML for a page rendered on the server. Loads the language first when it is a shipped one; the
 * markup is then rendered in one go. Put it where the widget goes, and load `okta-verify-signin/hydrate` in the
 * page (instead of `okta-verify-signin/define`).
 */
export async function renderSignin(options: RenderSigninOptions = {}): Promise<string> {
  const lang = options.lang ? resolveLanguage(options.lang) : undefined;
  await loadLanguage(lang);
  return renderSigninSync(options);
}

/** `renderSignin` for a language already loaded (English, or one registered or loaded before). */
export function renderSigninSync(options: RenderSigninOptions = {}): string {
  const lang = options.lang || undefined;
  const dir = options.dir ?? directionOf(lang);
  // Ids unique per render, so that two widgets on one page (or one page rendered twice) never share one.
  const uid = `ovs-s${(++renders).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const markup = inServerLanguage(lang, () => collectResultSync(render(signinTemplate(options, lang, dir, uid), RENDER_INFO)));
  // The page's own attributes, written after the tag (a template cannot bind attribute names).
  const extra = Object.entries(options.attributes ?? {})
    .filter(([name]) => /^[a-z][\w:.-]*$/i.test(name))
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return markup.replace('<okta-verify-signin', `<okta-verify-signin${extra}`);
}

const RENDER_INFO: Partial<RenderInfo> = { deferHydration: false };

const flag = (on: boolean | undefined) => (on ? '' : nothing);
const off = (value: boolean | undefined) => (value === false ? 'false' : nothing);

function signinTemplate(o: RenderSigninOptions, lang: string | undefined, dir: string, uid: string): TemplateResult {
  const first = o.optimistic === false ? nothing : firstStep(dir, uid);
  // `data-ovs-ssr` tells the browser's widget that `dir` is its own, not the page's.
  return html`<okta-verify-signin
    data-ovs-ssr
    issuer=${o.issuer || nothing}
    client-id=${o.clientId || nothing}
    redirect-uri=${o.redirectUri || nothing}
    scopes=${o.scopes || nothing}
    lang=${lang ?? nothing}
    dir=${dir}
    theme=${o.theme ?? nothing}
    autofocus=${flag(o.autofocus)}
    optimistic=${off(o.optimistic)}
    hosted-fallback=${off(o.hostedFallback)}
    persist=${flag(o.persist)}
    >${first}</okta-verify-signin
  >`;
}

/** The first step as the browser's widget renders it: the element, its shadow root, and its form in the light DOM. */
function firstStep(dir: string, uid: string): TemplateResult {
  const step = new OvsCredentialsStep() as unknown as { uid: string; renderControls(): TemplateResult };
  step.uid = uid;
  return html`<ovs-credentials-step data-ovs-step="identify" data-ovs-ssr=${uid} dir=${dir}>${step.renderControls()}</ovs-credentials-step>`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
