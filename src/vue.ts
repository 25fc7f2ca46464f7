/**
 * `okta-verify-signin/vue`: for `compilerOptions.isCustomElement` in a Vue app's build config, so Vue leaves
 * the widget's tags to the browser. No imports: it loads in Node, where the build config runs. The types of
 * this entry also declare the elements as Vue global components, for `vue-tsc` with `strictTemplates`.
 */
export function isOktaVerifyElement(tag: string): boolean {
  return tag === 'okta-verify-signin' || tag.startsWith('ovs-');
}
