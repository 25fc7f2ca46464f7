// The server-rendered bench page: the widget's markup came with the HTML; this takes it over.
import '../../src/ssr/hydrate.js';
