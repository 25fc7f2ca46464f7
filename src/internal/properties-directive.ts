/**
 * Sets properties on the element it is attached to, only those the element declares, and only when they
 * changed. The orchestrator renders any step element this way from the registry, without a template per step.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class PropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('properties() goes on an element');
  }

  render(_values: Record<string, unknown>) {
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, unknown>]) {
    const element = part.element as unknown as Record<string, unknown>;
    for (const [name, value] of Object.entries(values)) {
      // Step data the element does not declare (such as tokens) never lands on the DOM.
      if (name in element && element[name] !== value) element[name] = value;
    }
    return noChange;
  }
}

export const properties = directive(PropertiesDirective);
