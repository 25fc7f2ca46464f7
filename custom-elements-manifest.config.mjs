// Generates custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop, @slot). Each element
// declares its tag once, as `static readonly tag = '…'` on its class; the manifest reads it from there. Only
// what a user can use is listed: private and protected members, and anything marked @internal, are left out.
export default {
  globs: ['src/**/*.ts'],
  // The framework entries declare no element; their typings are generated from this manifest.
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/react.ts', 'src/vue.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'tag-from-static-field',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const tag = node.members.find(
          (m) => ts.isPropertyDeclaration(m) && m.name?.getText() === 'tag' && m.modifiers?.some((k) => k.kind === ts.SyntaxKind.StaticKeyword),
        );
        const value = tag?.initializer && ts.isStringLiteral(tag.initializer) ? tag.initializer.text : undefined;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        if (!value || !declaration) return;
        declaration.tagName = value;
        declaration.customElement = true;
      },
    },
    {
      name: 'public-only',
      packageLinkPhase({ customElementsManifest }) {
        const internal = (item) => /@internal\b/.test(item.description ?? '') || item.privacy === 'private' || item.privacy === 'protected';
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => !internal(m) && !m.name.startsWith('#'));
          }
        }
      },
    },
    {
      // Attributes documented with @attr that set a property of another name (`clientid` is `clientId`) or an
      // HTMLElement one (`lang`, `dir`): wrapper generators need the property's name.
      name: 'attribute-fields',
      packageLinkPhase({ customElementsManifest }) {
        const fields = { clientid: 'clientId', redirecturi: 'redirectUri', lang: 'lang', dir: 'dir' };
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            for (const attribute of d.attributes ?? []) attribute.fieldName ??= fields[attribute.name];
          }
        }
      },
    },
    {
      // The file system lists files in no fixed order; sorted modules keep the generated file stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
