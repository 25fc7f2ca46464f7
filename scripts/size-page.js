// A page that uses the widget: it imports the `define` entry for its side effects only (see size.mjs).
import '../src/define.ts';
