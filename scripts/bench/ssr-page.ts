// The server-rendered bench page: the widget's markup came with the HTML, and works before any script. The
// hydration takes it over once the page has loaded, so that its download and compile never compete with the
// parser on the way to the first input.
const hydrate = () => void import('../../src/ssr/hydrate.js');
if (document.readyState === 'complete') hydrate();
else addEventListener('load', hydrate, { once: true });
