/**
 * What the widget gives the element showing a step, apart from the shared state: the step's fields, the view's
 * fixed properties and the action words. Kept apart from the step → element map (`step-views.ts`), which
 * imports every element, so that the first step can be shown before that map has loaded.
 */
import { actionLabels } from '../flow/actions.js';
import type { Step } from '../flow/model.js';

/** Step fields that are for the page, never for an element: the tokens, the name of a remediation not rendered. */
export const PAGE_ONLY_FIELDS = ['tokens', 'remediation'] as const;

export function viewProperties(step: Exclude<Step, { name: 'loading' }>, fixed?: object): Record<string, unknown> {
  const { name: _name, poll: _poll, ...data } = step;
  for (const field of PAGE_ONLY_FIELDS) delete (data as Record<string, unknown>)[field];
  return { ...data, ...fixed, actionLabels: actionLabels(step) };
}
