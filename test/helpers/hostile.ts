/**
 * Strings a hostile or broken server could send: markup, script URLs, template syntax, a bidi override, and a
 * key that is also a name in the widget's own string tables. Rendered text must show them as text and run none.
 */

declare global {
  interface Window {
    __xss?: number;
  }
}

export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "'><iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">click</a>',
  '<details open ontoggle=window.__xss=1>',
  '<input autofocus onfocus=window.__xss=1>',
  '<video><source onerror=window.__xss=1></video>',
  '<object data="javascript:window.__xss=1"></object>',
  '<body onload=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<!--<img src="--><img src=x onerror=window.__xss=1//">',
  '</p><img src=x onerror=window.__xss=1>',
  '${window.__xss=1}',
  "{{constructor.constructor('window.__xss=1')()}}",
  'data:text/html,<script>window.__xss=1</script>',
  '<style>*{background:url("javascript:window.__xss=1")}</style>',
  '\u202E<img src=x onerror=window.__xss=1>',
  '<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>',
  '<marquee onstart=window.__xss=1>x</marquee>',
  '$code',
];

export const INJECTED = 'script, iframe, svg, object, video, source, details, marquee, math, style:not([data-lit]), a[href^="javascript"], body, input[autofocus], img:not([part~="qr-code"])';

/** Every shadow root under `root` (the widget's, its steps', their controls'), and `root` itself. */
export function allRoots(root: Element | ShadowRoot): Array<Element | ShadowRoot> {
  const out: Array<Element | ShadowRoot> = [root];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...allRoots(el.shadowRoot));
  if (root instanceof Element && root.shadowRoot) out.push(...allRoots(root.shadowRoot));
  return out;
}

/** Elements a payload would have made, anywhere in `root` and its shadow roots. */
export function injectedIn(root: Element): string[] {
  return allRoots(root).flatMap((r) => [...r.querySelectorAll(INJECTED)].map((n) => n.outerHTML.slice(0, 60)));
}
