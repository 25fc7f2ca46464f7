/**
 * Which element shows each step, and which chunk brings it: one line per step, exhaustive over the steps the
 * widget shows, so a step without an element does not compile. The elements are named by tag and imported
 * as types only, so this map is small and loads with the flow while each chunk of elements loads on its own:
 * the steps of an everyday sign-in right after the first render, the rarer ones (enrollment, FastPass, a new
 * password, device enrollment) when a step of theirs is shown or about to be. A tag is checked against the
 * one its class declares, and the check below makes each element declare every field of each step it shows,
 * with a type that takes the field's values, so a misspelt or mistyped property is a compile error rather
 * than a value dropped.
 */
import type { Step, StepFields, StepName } from '../flow/model.js';
import type { OvsAuthenticatorListStep } from './authenticator-list-step.js';
import type { OvsCodeStep } from './code-step.js';
import type { OvsControl } from './control.js';
import type { OvsCredentialsStep } from './credentials-step.js';
import type { OvsDeviceEnrollmentStep } from './device-enrollment-step.js';
import type { OvsEnrollAddressStep } from './enroll-address-step.js';
import type { OvsEnrollChannelStep } from './enroll-channel-step.js';
import type { OvsEnrollQrStep } from './enroll-qr-step.js';
import type { OvsEnrollSentStep } from './enroll-sent-step.js';
import type { OvsFastPassStep } from './fastpass-step.js';
import type { OvsKeepSignedInStep } from './keep-signed-in-step.js';
import type { OvsMessageStep } from './message-step.js';
import type { OvsMethodStep } from './method-step.js';
import type { OvsNewPasswordStep } from './new-password-step.js';
import type { OvsPhoneNumberStep } from './phone-number-step.js';
import type { OvsPushStep } from './push-step.js';
import type { OvsThisDeviceStep } from './this-device-step.js';
import type { StepElement } from './step-element.js';
import { viewProperties as fieldsAndFixed, type PAGE_ONLY_FIELDS } from './view-properties.js';

/** Steps an element shows (`loading` shows nothing). */
export type ShownStep = Exclude<StepName, 'loading'>;

/** A step element's class: its tag is declared once, on the class. */
export type StepElementClass<E extends StepElement = StepElement> = { new (): E; readonly tag: string };

/** A chunk of step elements: importing it registers them (a tag already taken is left as it is). */
export type StepChunk = () => Promise<{ readonly elements: ReadonlyArray<CustomElementConstructor & { readonly tag: string }> }>;

/** The chunks, each imported once by whoever needs it first. */
export const STEP_CHUNKS = {
  /** The first step, which the widget's own module carries. */
  first: () => import('./chunks/first-step.js'),
  /** What an everyday sign-in meets after its first step: loaded right after the first render. */
  signIn: () => import('./chunks/sign-in-steps.js'),
  enrollment: () => import('./chunks/enrollment-steps.js'),
  fastPass: () => import('./chunks/fastpass-step.js'),
  newPassword: () => import('./chunks/new-password-step.js'),
  deviceEnrollment: () => import('./chunks/device-enrollment-step.js'),
} satisfies Record<string, StepChunk>;

export type StepChunkName = keyof typeof STEP_CHUNKS;

/** Public properties of an element, for the fixed values a view gives it. */
type ElementProps<E> = Partial<Pick<E, Exclude<keyof E, keyof StepElement>>>;

export interface StepView<C extends StepElementClass = StepElementClass> {
  /** The element's tag, as its class declares it. */
  tag: C['tag'];
  chunk: StepChunkName;
  /** Properties that are the same every time this step is shown (which message the message element shows). */
  fixed?: ElementProps<InstanceType<C>>;
  /** The element's class, for the type checks only: it is never set, so that no class is imported here. */
  readonly element?: C;
}

function view<C extends StepElementClass>(tag: C['tag'], chunk: StepChunkName, fixed?: ElementProps<InstanceType<C>>): StepView<C> {
  return fixed ? { tag, chunk, fixed } : { tag, chunk };
}

export const STEP_VIEWS = {
  identify: view<typeof OvsCredentialsStep>('ovs-credentials-step', 'first'),
  'enter-password': view<typeof OvsCredentialsStep>('ovs-credentials-step', 'first', { passwordOnly: true }),
  'choose-authenticator': view<typeof OvsAuthenticatorListStep>('ovs-authenticator-list-step', 'signIn'),
  'choose-method': view<typeof OvsMethodStep>('ovs-method-step', 'signIn'),
  'enter-code': view<typeof OvsCodeStep>('ovs-code-step', 'signIn'),
  'approve-push': view<typeof OvsPushStep>('ovs-push-step', 'signIn'),
  'use-fastpass': view<typeof OvsFastPassStep>('ovs-fastpass-step', 'fastPass'),
  'scan-qr-code': view<typeof OvsEnrollQrStep>('ovs-enroll-qr-step', 'enrollment'),
  'choose-channel': view<typeof OvsEnrollChannelStep>('ovs-enroll-channel-step', 'enrollment'),
  'enter-phone-number': view<typeof OvsPhoneNumberStep>('ovs-phone-number-step', 'enrollment'),
  'send-setup-link': view<typeof OvsEnrollAddressStep>('ovs-enroll-address-step', 'enrollment'),
  'open-setup-link': view<typeof OvsEnrollSentStep>('ovs-enroll-sent-step', 'enrollment'),
  'set-up-on-this-device': view<typeof OvsThisDeviceStep>('ovs-this-device-step', 'enrollment'),
  'enroll-device': view<typeof OvsDeviceEnrollmentStep>('ovs-device-enrollment-step', 'deviceEnrollment'),
  'set-password': view<typeof OvsNewPasswordStep>('ovs-new-password-step', 'newPassword'),
  'keep-signed-in': view<typeof OvsKeepSignedInStep>('ovs-keep-signed-in-step', 'signIn'),
  'handled-by-page': view<typeof OvsMessageStep>('ovs-message-step', 'signIn', { kind: 'handled-by-page' }),
  success: view<typeof OvsMessageStep>('ovs-message-step', 'signIn', { kind: 'success' }),
  terminal: view<typeof OvsMessageStep>('ovs-message-step', 'signIn', { kind: 'terminal' }),
  unsupported: view<typeof OvsMessageStep>('ovs-message-step', 'signIn', { kind: 'unsupported' }),
} satisfies { [N in ShownStep]: StepView };

/**
 * The steps a shown step may lead to whose elements are not loaded with the everyday ones, so that their
 * chunk is on its way before Okta asks for them: a recovery ends on a new password, an enrollment list leads
 * to enrollment, FastPass may be offered. An expired password, rare on any one sign-in, loads its step when
 * Okta asks for it (the widget shows the busy state meanwhile).
 */
export function stepsAhead(step: Step): ShownStep[] {
  switch (step.name) {
    case 'identify':
      return step.fastPass ? ['use-fastpass'] : [];
    case 'choose-authenticator': {
      const ahead: ShownStep[] = step.purpose === 'enroll' ? ['scan-qr-code'] : step.purpose === 'recover' ? ['set-password'] : [];
      return step.authenticators.some((a) => a.methods.includes('signed_nonce')) ? [...ahead, 'use-fastpass'] : ahead;
    }
    case 'choose-method':
      return step.methods.includes('signed_nonce') ? ['use-fastpass'] : [];
    case 'enter-code':
      return step.purpose === 'recover' ? ['set-password'] : [];
    default:
      return [];
  }
}

/** The fields of step `N` that its element receives. */
export type ViewFields<N extends StepName> = Omit<StepFields<N>, (typeof PAGE_ONLY_FIELDS)[number]>;

/** What the element showing `step` is given besides the shared state (busy, strings): its fields, fixed values and action words. */
export function viewProperties(step: Exclude<Step, { name: 'loading' }>): Record<string, unknown> {
  return fieldsAndFixed(step, STEP_VIEWS[step.name].fixed);
}

/** The element class that shows step `N`. */
export type ElementOf<N extends ShownStep> = InstanceType<ElementTypes[N]>;
type ElementTypes = { [N in ShownStep]: NonNullable<(typeof STEP_VIEWS)[N]['element']> };

/** Each field of `N` the element lacks, or declares with a type its values do not fit, as a readable string. */
type FieldMismatch<N extends ShownStep, E = ElementOf<N>, F = ViewFields<N>> = {
  [K in keyof F]-?: K extends keyof E ? (F[K] extends E[K] ? never : `${N}: ${K & string} has another type on its element`) : `${N}: its element has no property ${K & string}`;
}[keyof F];

/** Every mismatch of every step, each step checked on its own. */
type Mismatches = { [N in ShownStep]: FieldMismatch<N> }[ShownStep];

// A compile error here names the step and the field.
const fieldsFit: [Mismatches] extends [never] ? true : Mismatches = true;
void fieldsFit;

/** Loads every chunk of step elements, for a page (or a story) that uses step elements on their own. */
export function defineEveryStep(): Promise<void> {
  return Promise.all(Object.values(STEP_CHUNKS).map((load) => load())).then(() => undefined);
}

// Typed `document.createElement` and `querySelector`, under the tag each class declares.
declare global {
  interface HTMLElementTagNameMap {
    'ovs-control': OvsControl;
    'ovs-credentials-step': OvsCredentialsStep;
    'ovs-authenticator-list-step': OvsAuthenticatorListStep;
    'ovs-method-step': OvsMethodStep;
    'ovs-code-step': OvsCodeStep;
    'ovs-push-step': OvsPushStep;
    'ovs-enroll-qr-step': OvsEnrollQrStep;
    'ovs-enroll-channel-step': OvsEnrollChannelStep;
    'ovs-enroll-address-step': OvsEnrollAddressStep;
    'ovs-enroll-sent-step': OvsEnrollSentStep;
    'ovs-new-password-step': OvsNewPasswordStep;
    'ovs-phone-number-step': OvsPhoneNumberStep;
    'ovs-keep-signed-in-step': OvsKeepSignedInStep;
    'ovs-message-step': OvsMessageStep;
    'ovs-fastpass-step': OvsFastPassStep;
    'ovs-this-device-step': OvsThisDeviceStep;
    'ovs-device-enrollment-step': OvsDeviceEnrollmentStep;
  }
}
