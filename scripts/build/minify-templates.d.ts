/** The parts of a `css` template with their whitespace and comments minified; `parts` itself when unsure. */
export function minifyCssParts(parts: readonly string[]): readonly string[];
/** The parts of a lit `html` template with the whitespace between attributes and tags minified; `parts` itself when unsure. */
export function minifyHtmlParts(parts: readonly string[]): readonly string[];
/** A module's code with its lit `css` and `html` templates minified, given its ESTree program (UTF-16 offsets). */
export function minifyModuleTemplates(code: string, ast: unknown): string;
/** Calls `visit` on every node of an ESTree tree, parents first. */
export function walk(node: unknown, visit: (node: { type: string; [key: string]: unknown }) => void): void;
