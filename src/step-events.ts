/**
 * The step elements' own events, apart from the widget's public ones (`events.ts`, which re-exports these), so
 * that the first step's chunk does not carry the public events' classes, which only the flow's chunk fires.
 */
import type { StepAction, StepValues, SubmittableStep } from './flow/model.js';

export function eventInit<T>(detail: T, composed = true, cancelable = false): CustomEventInit<T> {
  return { detail, bubbles: true, composed, cancelable };
}

/**
 * Events the presentational steps send up; the orchestrator turns them into flow calls and stops them there.
 * Two are enough for every step: a form's values (the orchestrator adds which step the element was showing,
 * so one element can serve several steps), and an action from the step's `actions`.
 */
export interface StepEventDetails {
  'ovs-submit': StepValues[SubmittableStep];
  'ovs-action': { action: StepAction };
}

export type StepEventName = keyof StepEventDetails;

export class StepEvent<N extends StepEventName> extends CustomEvent<StepEventDetails[N]> {
  constructor(name: N, detail: StepEventDetails[N]) {
    super(name, eventInit(detail, false));
  }
}

/**
 * Dispatches one of the widget's events. Elements send their events through here so the generated manifest
 * lists them once, as their JSDoc `@fires` documents them, rather than once per call site.
 */
export function fire(target: EventTarget, event: Event): void {
  target.dispatchEvent(event);
}
