/**
 * Sample fields for every step the widget shows, and the lines the element suites render from them: each line
 * is the element `STEP_VIEWS` names for the step, under the tag its class declares, given the sample's fields
 * and the view's fixed properties, as `viewProperties` gives them. The table is typed over `ShownStep`, so a
 * new step without samples does not compile, and every suite that renders these lines covers it.
 */
import type { AuthenticatorChoice } from '../../src/flow/model.js';
import type { StepElement } from '../../src/steps/step-element.js';
import { STEP_VIEWS, type ElementOf, type ShownStep, type StepView, type ViewFields } from '../../src/steps/step-views.js';

/** Properties that only the element has (no step carries them), such as the push reminder's delay. */
type ElementKnobs<N extends ShownStep> = Partial<Omit<ElementOf<N>, keyof StepElement | keyof ViewFields<N>>>;

export interface StepSample<N extends ShownStep> {
  /** Some of the step's fields; the element's defaults stand in for the rest. */
  fields: Partial<ViewFields<N>>;
  /** Element-only properties, set after the fields. */
  element?: ElementKnobs<N>;
  /** The element shows that it waits (a spinner and a status), as it does while the step is polled. */
  waits?: true;
}

export const CHOICES: AuthenticatorChoice[] = [
  { id: 'aut1', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'aut2', key: 'phone_number', displayName: 'Phone', methods: ['sms'] },
];

export const QR =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 3"><rect width="1" height="1"/><rect x="2" y="2" width="1" height="1"/></svg>');

/** Each step with the fields that make it show everything it can: every variant its element renders differently. */
export const STEP_SAMPLES: { [N in ShownStep]: ReadonlyArray<StepSample<N>> } = {
  identify: [
    { fields: {} },
    { fields: { withPassword: false } },
    { fields: { rememberMe: false, identityProviders: [{ id: 'idp1', name: 'Google', type: 'GOOGLE' }, { id: 'idp2', name: 'Contoso', type: 'SAML2' }] } },
    { fields: { purpose: 'recover', withPassword: false } },
    { fields: { fastPass: true } },
  ],
  'enter-password': [{ fields: {} }],
  'choose-authenticator': [
    { fields: { authenticators: CHOICES } },
    { fields: { authenticators: CHOICES, purpose: 'enroll' } },
    { fields: { authenticators: CHOICES, purpose: 'recover' } },
    { fields: { authenticators: CHOICES, purpose: 'unlock', withUsername: true } },
  ],
  'choose-method': [{ fields: { methods: ['push', 'totp', 'signed_nonce'] } }, { fields: { methods: ['push'], autoChallenge: false } }],
  'enter-code': [{ fields: {} }, { fields: { authenticator: { id: 'e1', key: 'okta_email', displayName: 'Email', methods: ['email'] }, sentTo: 'j•••@example.com' } }],
  // The reminder (and its resend button) at once, rather than after 30 seconds.
  'approve-push': [
    { fields: { correctAnswer: '42' }, element: { reminderDelay: 0 }, waits: true },
    { fields: { waiting: false } },
    { fields: { authenticator: { id: 'c1', key: 'custom_app', displayName: 'Acme Push', methods: ['push'], logoUri: QR } }, waits: true },
  ],
  // The custom URI's frame is left out of the samples: it asks the browser to open an app.
  'use-fastpass': [
    { fields: { launch: 'loopback' }, waits: true },
    { fields: { purpose: 'verify', launch: 'app-link', href: 'https://login.example.com/okta-verify/launch', downloadHref: 'https://apps.apple.com/app/okta-verify/id490179405' }, waits: true },
    { fields: { launch: 'custom-uri' } },
  ],
  // The second is refused: only data: image URLs are shown.
  'scan-qr-code': [{ fields: { qrCode: QR }, waits: true }, { fields: { qrCode: 'https://evil.example/qr.png' } }],
  'choose-channel': [{ fields: { channels: ['qrcode', 'email', 'sms', 'samedevice'] } }],
  'enter-phone-number': [{ fields: { methods: ['sms', 'voice'] } }, { fields: { methods: ['sms'] } }],
  'send-setup-link': [{ fields: { channel: 'email' } }, { fields: { channel: 'sms' } }],
  'open-setup-link': [{ fields: { channel: 'email', to: 'person@example.com' }, waits: true }],
  'set-up-on-this-device': [
    { fields: { how: 'install', orgUrl: 'example.okta.com', downloadHref: 'https://apps.apple.com/app/okta-verify/id490179405', platform: 'ios' }, waits: true },
    { fields: { how: 'from-enrolled-device', enrolledDevices: ['Vera’s phone', 'Vera’s tablet'] }, waits: true },
  ],
  'enroll-device': [
    { fields: { kind: 'oda', platform: 'ios', signInUrl: 'https://example.okta.com' } },
    { fields: { kind: 'mdm', platform: 'android', vendor: 'Airwatch', enrollmentLink: 'https://mdm.example.com/enroll' } },
  ],
  'set-password': [
    { fields: { rules: { minLength: 8, minNumber: 1, excludeUsername: true } } },
    { fields: { purpose: 'expiring', daysToExpiry: 3, rules: {} } },
    { fields: { purpose: 'reset', username: 'ann@example.com', revokeSessions: false, rules: { minLength: 8, minUpperCase: 1, historyCount: 4 } } },
  ],
  'keep-signed-in': [{ fields: {} }],
  'handled-by-page': [{ fields: {} }],
  success: [{ fields: {} }],
  terminal: [{ fields: {} }, { fields: { info: true, otp: '123456', requestedFrom: 'Firefox on Mac OS X, Toronto, Canada' } }],
  unsupported: [{ fields: {} }],
};

/** One element to render: its tag, its properties, and which step and sample it shows. */
export type StepLine = [tag: string, properties: Record<string, unknown>, about: { step: ShownStep; waits: boolean }];

/**
 * The line for step `step` with `fields`: the element and fixed properties from `STEP_VIEWS`; `extra` (shared
 * state such as `busy`, `messages` or `lang`, or element-only properties) goes on last.
 */
export function stepLine<N extends ShownStep>(step: N, fields: Partial<ViewFields<N>>, extra: Record<string, unknown> = {}, waits = false): StepLine {
  const view: StepView = STEP_VIEWS[step];
  return [view.tag, { ...fields, ...view.fixed, ...extra }, { step, waits }];
}

/** Every sample of every shown step, in `STEP_VIEWS` order. */
export function stepLines(): StepLine[] {
  return (Object.keys(STEP_VIEWS) as ShownStep[]).flatMap((step) =>
    (STEP_SAMPLES[step] as ReadonlyArray<StepSample<ShownStep>>).map((sample) => stepLine(step, sample.fields, sample.element, sample.waits ?? false)),
  );
}
