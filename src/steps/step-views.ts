/**
 * Which element shows each step: one line per step, exhaustive over the steps the widget shows, so a step
 * without an element does not compile. The orchestrator hands an element its step's fields by name; the
 * check below makes each element declare every field of each step it shows, with a type that takes the
 * field's values, so a misspelt or mistyped property is a compile error rather than a value dropped.
 * `define.ts` registers the elements listed here, each under the tag its class declares.
 */
import type { Step, StepFields, StepName } from '../flow/model.js';
import { OvsAuthenticatorListStep } from './authenticator-list-step.js';
import { OvsCodeStep } from './code-step.js';
import { OvsControl } from './control.js';
import { OvsCredentialsStep } from './credentials-step.js';
import { OvsDeviceEnrollmentStep } from './device-enrollment-step.js';
import { OvsEnrollAddressStep } from './enroll-address-step.js';
import { OvsEnrollChannelStep } from './enroll-channel-step.js';
import { OvsEnrollQrStep } from './enroll-qr-step.js';
import { OvsEnrollSentStep } from './enroll-sent-step.js';
import { OvsFastPassStep } from './fastpass-step.js';
import { OvsKeepSignedInStep } from './keep-signed-in-step.js';
import { OvsMessageStep } from './message-step.js';
import { OvsMethodStep } from './method-step.js';
import { OvsNewPasswordStep } from './new-password-step.js';
import { OvsPhoneNumberStep } from './phone-number-step.js';
import { OvsPushStep } from './push-step.js';
import { OvsThisDeviceStep } from './this-device-step.js';
import type { StepElement } from './step-element.js';
import { viewProperties as fieldsAndFixed, type PAGE_ONLY_FIELDS } from './view-properties.js';

/** Steps an element shows (`loading` shows nothing). */
export type ShownStep = Exclude<StepName, 'loading'>;

/** A step element's class: its tag is declared once, on the class. */
export type StepElementClass<E extends StepElement = StepElement> = { new (): E; readonly tag: string };

/** Public properties of an element, for the fixed values a view gives it. */
type ElementProps<E> = Partial<Pick<E, Exclude<keyof E, keyof StepElement>>>;

export interface StepView<E extends StepElement = StepElement> {
  element: StepElementClass<E>;
  /** Properties that are the same every time this step is shown (which message the message element shows). */
  fixed?: ElementProps<E>;
}

function view<E extends StepElement>(element: StepElementClass<E>, fixed?: ElementProps<E>): StepView<E> {
  return fixed ? { element, fixed } : { element };
}

export const STEP_VIEWS = {
  identify: view(OvsCredentialsStep),
  'enter-password': view(OvsCredentialsStep, { passwordOnly: true }),
  'choose-authenticator': view(OvsAuthenticatorListStep),
  'choose-method': view(OvsMethodStep),
  'enter-code': view(OvsCodeStep),
  'approve-push': view(OvsPushStep),
  'use-fastpass': view(OvsFastPassStep),
  'scan-qr-code': view(OvsEnrollQrStep),
  'choose-channel': view(OvsEnrollChannelStep),
  'enter-phone-number': view(OvsPhoneNumberStep),
  'send-setup-link': view(OvsEnrollAddressStep),
  'open-setup-link': view(OvsEnrollSentStep),
  'set-up-on-this-device': view(OvsThisDeviceStep),
  'enroll-device': view(OvsDeviceEnrollmentStep),
  'set-password': view(OvsNewPasswordStep),
  'keep-signed-in': view(OvsKeepSignedInStep),
  'handled-by-page': view(OvsMessageStep, { kind: 'handled-by-page' }),
  success: view(OvsMessageStep, { kind: 'success' }),
  terminal: view(OvsMessageStep, { kind: 'terminal' }),
  unsupported: view(OvsMessageStep, { kind: 'unsupported' }),
} satisfies { [N in ShownStep]: StepView };

/** The fields of step `N` that its element receives. */
export type ViewFields<N extends StepName> = Omit<StepFields<N>, (typeof PAGE_ONLY_FIELDS)[number]>;

/** What the element showing `step` is given besides the shared state (busy, strings): its fields, fixed values and action words. */
export function viewProperties(step: Exclude<Step, { name: 'loading' }>): Record<string, unknown> {
  return fieldsAndFixed(step, STEP_VIEWS[step.name].fixed);
}

type ElementOf<N extends ShownStep> = InstanceType<(typeof STEP_VIEWS)[N]['element']>;

/** Each field of `N` the element lacks, or declares with a type its values do not fit, as a readable string. */
type FieldMismatch<N extends ShownStep, E = ElementOf<N>, F = ViewFields<N>> = {
  [K in keyof F]-?: K extends keyof E ? (F[K] extends E[K] ? never : `${N}: ${K & string} has another type on its element`) : `${N}: its element has no property ${K & string}`;
}[keyof F];

/** Every mismatch of every step, each step checked on its own. */
type Mismatches = { [N in ShownStep]: FieldMismatch<N> }[ShownStep];

// A compile error here names the step and the field.
const fieldsFit: [Mismatches] extends [never] ? true : Mismatches = true;
void fieldsFit;

/** Every element the steps use, and the control shell they share; each once. */
export const STEP_ELEMENTS: ReadonlyArray<CustomElementConstructor & { readonly tag: string }> = [
  OvsControl,
  ...new Set<StepElementClass>(Object.values(STEP_VIEWS).map((v: StepView) => v.element)),
];

// Typed `document.createElement` and `querySelector`, under the tag each class declares.
declare global {
  interface HTMLElementTagNameMap {
    [OvsControl.tag]: OvsControl;
    [OvsCredentialsStep.tag]: OvsCredentialsStep;
    [OvsAuthenticatorListStep.tag]: OvsAuthenticatorListStep;
    [OvsMethodStep.tag]: OvsMethodStep;
    [OvsCodeStep.tag]: OvsCodeStep;
    [OvsPushStep.tag]: OvsPushStep;
    [OvsEnrollQrStep.tag]: OvsEnrollQrStep;
    [OvsEnrollChannelStep.tag]: OvsEnrollChannelStep;
    [OvsEnrollAddressStep.tag]: OvsEnrollAddressStep;
    [OvsEnrollSentStep.tag]: OvsEnrollSentStep;
    [OvsNewPasswordStep.tag]: OvsNewPasswordStep;
    [OvsPhoneNumberStep.tag]: OvsPhoneNumberStep;
    [OvsKeepSignedInStep.tag]: OvsKeepSignedInStep;
    [OvsMessageStep.tag]: OvsMessageStep;
    [OvsFastPassStep.tag]: OvsFastPassStep;
    [OvsThisDeviceStep.tag]: OvsThisDeviceStep;
    [OvsDeviceEnrollmentStep.tag]: OvsDeviceEnrollmentStep;
  }
}
