// Stands in for @lit-labs/ssr-dom-shim in the browser build: lit's Node builds take HTMLElement and
// customElements from the page when there is one, and fall back to these only where there is none (Node),
// so that importing the bundle on a server defines classes instead of throwing.
export const HTMLElement = class {};
export const customElements = undefined;
