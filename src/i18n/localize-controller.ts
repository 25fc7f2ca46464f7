/**
 * Per-element language and direction: the element's own `lang`, else the nearest ancestor's, across shadow
 * roots (a step inside another component's shadow root takes the page's language), else `<html lang>`; `dir`
 * the same way, else the language's own direction. One observer of `lang` / `dir` attributes in the document
 * (and in the shadow roots around each element) serves every connected element, so changing either anywhere
 * re-renders them, and so does registering a translation.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { directionOf, loadLanguage, messageTerm, onTranslationsChange, resolveLanguage, termWith, type StringOverrides, type TermArgs } from './localize.js';
import type { TranslationKey } from './en.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: StringOverrides };

const hosts = new Set<Host>();
/** The `dir` each host was given by its controller (not by the page), so that change is not news. */
const ownDir = new WeakMap<Element, string>();
let observer: MutationObserver | undefined;
const WATCHED: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
const refreshAll = () => hosts.forEach((host) => host.requestUpdate());

/** On a server there is no tree to inherit from: the language a server render asks for (`renderSignin`). */
let serverLanguage: string | undefined;

/** Runs a server render in `lang`; elements there see no ancestors. */
export function inServerLanguage<T>(lang: string | undefined, render: () => T): T {
  const before = serverLanguage;
  serverLanguage = lang;
  try {
    return render();
  } finally {
    serverLanguage = before;
  }
}

function watch(): void {
  observer = new MutationObserver((records) => {
    const ours = (r: MutationRecord) => r.attributeName === 'dir' && ownDir.get(r.target as Element) === (r.target as Element).getAttribute('dir');
    if (!records.every(ours)) refreshAll();
  });
  observer.observe(document.documentElement, WATCHED);
}

onTranslationsChange(refreshAll);

/** The parent, or out of a shadow root to its host. */
const up = (el: Element): Element | null | undefined => el.parentElement ?? (el.getRootNode() as ShadowRoot).host;

/** The first value of `name` on `el` or its composed ancestors. */
function inherited(el: Element | null | undefined, name: string): string | null {
  for (; el; el = up(el)) {
    const value = el.getAttribute(name);
    if (value) return value;
  }
  return null;
}

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    // A server-rendered element (`okta-verify-signin/ssr`) came with the direction its language gave it.
    if (this.host.hasAttribute('data-ovs-ssr') && !ownDir.has(this.host)) ownDir.set(this.host, this.host.getAttribute('dir') ?? '');
    if (!observer) watch();
    // The document's subtree stops at shadow roots: those around the host are watched too.
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer!.observe(root, WATCHED);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The BCP 47 tag in effect for the host. */
  lang(): string {
    if (isServer) return this.host.getAttribute('lang') || serverLanguage || 'en';
    return inherited(this.host, 'lang') || document.documentElement.lang || 'en';
  }

  /** The language the host shows for that tag: a shipped or registered code, else `en` (`resolveLanguage`). */
  language(): string {
    return resolveLanguage(this.lang());
  }

  /** The page's `dir` on the host or an ancestor, else the language's direction. */
  dir(): 'ltr' | 'rtl' {
    if (isServer) return directionOf(this.lang());
    const own = this.host.getAttribute('dir');
    const explicit = own && own !== ownDir.get(this.host) ? own : inherited(up(this.host), 'dir');
    return explicit === 'rtl' || explicit === 'ltr' ? explicit : directionOf(this.lang());
  }

  /** Every element carries its direction, so a step used on its own lays out right to left too. */
  hostUpdated(): void {
    const dir = this.dir();
    if (this.host.getAttribute('dir') === dir) return;
    ownDir.set(this.host, dir);
    this.host.setAttribute('dir', dir);
  }

  /** A UI string: the host's `strings` override, else the language in effect, else English. */
  term<K extends TranslationKey>(key: K, ...args: TermArgs<K>): string {
    return termWith(this.host.strings, this.lang(), key, ...args);
  }

  /** Local wording for a server message key, if the language has one. */
  message(key: string | undefined): string | undefined {
    return messageTerm(this.lang(), key);
  }

  /** A shipped language is loaded when first shown; its arrival re-renders every element. */
  hostUpdate(): void {
    void loadLanguage(this.lang());
  }
}
