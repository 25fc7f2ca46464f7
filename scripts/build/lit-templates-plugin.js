// Vite plugin: minifies the whitespace of lit's `css` and `html` templates in the package's own modules (see
// minify-templates.js). Every rewritten module is parsed again and must keep the same code outside its
// template parts, so the build fails rather than ship a module the transform got wrong.
import { parseAst } from 'vite';
import { minifyModuleTemplates, walk } from './minify-templates.js';

/** @returns {import('vite').Plugin} */
export function litTemplates({ include = /\/src\/.*\.[jt]s$/ } = {}) {
  return {
    name: 'ovs-lit-templates',
    // After TypeScript is stripped, so the parser reads plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!include.test(id) || id.includes('/node_modules/') || !/\b(css|html)`/.test(code)) return;
      const ast = parseAst(code);
      const result = minifyModuleTemplates(code, ast);
      if (result === code) return;
      if (skeleton(result, parseAst(result)) !== skeleton(code, ast)) this.error(`lit template minification changed code outside templates in ${id}`);
      return { code: result, map: null };
    },
  };
}

/** The module's source with every template part cut out: what the transform must leave as it was. */
function skeleton(code, ast) {
  const cuts = [];
  walk(ast, (node) => node.type === 'TemplateElement' && cuts.push([node.start, node.end]));
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts) {
    out += code.slice(at, start) + '\u0000';
    at = end;
  }
  return out + code.slice(at);
}
