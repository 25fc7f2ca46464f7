// Whitespace minification of lit's `css` and `html` template literals, which no bundler's minifier touches.
// Pure string functions (no Node API), so the browser tests run the very code the build runs.
//
// A template is the list of its literal parts (the text between `${…}`); each function returns the parts
// minified, or the same array when it cannot be sure of the result (a backslash escape, raw-text elements,
// an unterminated comment or string). Expressions are never touched, and never merged with their neighbours.

/** Stands for an expression while a template's parts are read as one text; templates holding it are left alone. */
const HOLE = '\u0000';

const join = (parts) => (parts.some((p) => p.includes(HOLE) || p.includes('\\')) ? undefined : parts.join(HOLE));
const split = (text, parts) => {
  const out = text.split(HOLE);
  return out.length === parts.length ? out : parts;
};
const isSpace = (c) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

/**
 * CSS: comments go; whitespace runs become one space, and none beside `{ } ; ,` or after `:`; a `;` before
 * `}` goes. Strings, `url(…)` and custom property values are copied as they are. A space before `:` stays
 * (`.a :focus` is a selector).
 * @param {readonly string[]} parts
 * @returns {readonly string[]}
 */
export function minifyCssParts(parts) {
  const text = join(parts);
  if (text === undefined) return parts;
  const tight = new Set(['{', '}', ';', ',']);
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (isSpace(c) || (c === '/' && text[i + 1] === '*')) {
      // A gap: whitespace and comments, which separate two words by one space and go beside punctuation.
      while (i < n) {
        if (isSpace(text[i])) i++;
        else if (text[i] === '/' && text[i + 1] === '*') {
          const end = text.indexOf('*/', i + 2);
          if (end < 0) return parts;
          i = end + 2;
        } else break;
      }
      const prev = out[out.length - 1];
      const next = text[i];
      if (prev !== undefined && next !== undefined && !tight.has(prev) && prev !== ':' && !tight.has(next)) out += ' ';
      continue;
    }
    // A custom property's value is kept as written (only trimmed): scripts read it back as text.
    if (c === '-' && text[i + 1] === '-' && (out.endsWith('{') || out.endsWith(';'))) {
      const name = /^--[\w-]*[ \t\n\r\f]*:/.exec(text.slice(i, i + 200));
      if (name) {
        i += name[0].length;
        const end = endOfValue(text, i);
        if (end < 0) return parts;
        out += name[0].replace(/[ \t\n\r\f]+/g, '') + text.slice(i, end).replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
        i = end;
        continue;
      }
    }
    if (c === '"' || c === "'") {
      const end = findQuote(text, i + 1, c);
      if (end < 0) return parts;
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if ((c === 'u' || c === 'U') && /^url\(/i.test(text.slice(i, i + 4)) && !/[\w-]$/.test(out)) {
      const end = text.indexOf(')', i);
      if (end < 0) return parts;
      out += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === '}' && out[out.length - 1] === ';') out = out.slice(0, -1);
    out += c;
    i++;
  }
  return split(out, parts);
}

/** Index of the `;` or `}` that ends a declaration's value, past brackets, strings and comments; -1 if none. */
function endOfValue(text, from) {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = findQuote(text, i + 1, c);
      if (i < 0) return -1;
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) return -1;
      i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if ((c === ';' || c === '}') && depth === 0) return i;
  }
  return -1;
}

/** Index of the closing quote (no escapes: templates with backslashes are never minified). */
function findQuote(text, from, quote) {
  for (let i = from; i < text.length; i++) {
    if (text[i] === quote) return i;
    if (text[i] === '\n') return -1; // a CSS string cannot span lines
  }
  return -1;
}

/**
 * HTML (lit templates): inside a tag, whitespace between attributes becomes one space, and none before `>`.
 * In text, a whitespace run that holds a line break becomes that one line break, which renders the same
 * under every `white-space` value but `pre`, `pre-wrap` and `break-spaces`; runs without a line break, words,
 * attribute values and comments are copied as they are. Templates with `<pre>`, `<textarea>`, `<script>`,
 * `<style>` or `<title>` are left alone.
 * @param {readonly string[]} parts
 * @returns {readonly string[]}
 */
export function minifyHtmlParts(parts) {
  const text = join(parts);
  if (text === undefined || /<(pre|textarea|script|style|title|plaintext|xmp|listing)\b/i.test(text)) return parts;
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return parts;
      out += text.slice(i, end + 3);
      i = end + 3;
      continue;
    }
    if (c === '<' && /[a-zA-Z/]/.test(text[i + 1] ?? '')) {
      const end = readTag(text, i);
      if (end === undefined) return parts;
      out += end.tag;
      i = end.next;
      continue;
    }
    if (isSpace(c)) {
      const start = i;
      while (i < n && isSpace(text[i])) i++;
      const run = text.slice(start, i);
      out += /[\n\r]/.test(run) ? '\n' : run;
      continue;
    }
    out += c;
    i++;
  }
  return split(out, parts);
}

/** One tag from `<` to its `>`, with the whitespace between its attributes collapsed. */
function readTag(text, start) {
  let tag = '';
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      tag += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (isSpace(c)) {
      while (i < n && isSpace(text[i])) i++;
      // `a=b/>` would make the slash part of an unquoted value: the space before `/>` stays.
      if (text[i] !== '>') tag += ' ';
      continue;
    }
    tag += c;
    i++;
    if (c === '>') return { tag, next: i };
  }
  return undefined;
}

/**
 * Rewrites the `css` and `html` tagged templates of one module: those whose tag is an import of that name
 * from lit (`lit`, `lit-html`, `lit-element`, `@lit/reactive-element`). `ast` is the module's ESTree program
 * with UTF-16 offsets (Vite's `parseAst`). Returns the new code, or `code` when nothing changed.
 * @param {string} code
 * @param {any} ast
 * @returns {string}
 */
export function minifyModuleTemplates(code, ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      const name = s.type === 'ImportSpecifier' ? (s.imported.name ?? s.imported.value) : undefined;
      if (name === 'css') tags.set(s.local.name, minifyCssParts);
      if (name === 'html') tags.set(s.local.name, minifyHtmlParts);
    }
  }
  if (!tags.size) return code;
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const minify = tags.get(node.tag.name);
    const quasis = node.quasi.quasis;
    if (!minify || quasis.some((q) => code.slice(q.start, q.end) !== q.value.raw)) return;
    const before = quasis.map((q) => q.value.raw);
    const after = minify(before);
    after.forEach((raw, k) => raw !== before[k] && edits.push({ start: quasis[k].start, end: quasis[k].end, raw }));
  });
  edits.sort((a, b) => b.start - a.start);
  let result = code;
  for (const e of edits) result = result.slice(0, e.start) + e.raw + result.slice(e.end);
  return result;
}

/** Calls `visit` on every node of an ESTree tree, parents first. */
export function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (value && typeof value === 'object' && key !== 'loc' && key !== 'range') walk(value, visit);
  }
}
