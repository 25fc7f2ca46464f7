/**
 * `okta-verify-signin/hydrate`: `okta-verify-signin/define` for a page whose widget was rendered on the server
 * (`okta-verify-signin/ssr`). Lit's hydration support comes first, before any element class is made, so that
 * each element takes over its declarative shadow root instead of rendering it again; the first step's form in
 * the light DOM is taken over too, so what the user typed, the caret and the focus stay.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import type { PropertyValues, TemplateResult } from 'lit';
import { StepElement } from '../steps/step-element.js';

type Hydratable = StepElement & { uid: string; renderControls(): TemplateResult; update(changed: PropertyValues): void };

const proto = StepElement.prototype as unknown as Hydratable;
const update = proto.update;
proto.update = function (this: Hydratable, changed: PropertyValues) {
  // A step the server rendered (`data-ovs-ssr` holds its id prefix): its form is bound where it stands, with the
  // server's ids, before the step renders it for the first time.
  const uid = this.getAttribute('data-ovs-ssr');
  if (uid && !(this as unknown as { _$litPart$?: unknown })._$litPart$) {
    this.uid = uid;
    hydrate(this.renderControls(), this, { host: this });
  }
  update.call(this, changed);
};

export * from '../define.js';
