/**
 * One suite for every step element, in every state (idle, busy, error, waiting): axe-clean, busy disables every
 * control, `focusStep()` lands on the heading or the first field, and only the events the element documents
 * (in custom-elements.json) ever fire. A new step element gets all of it by adding one line to STEPS.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthenticatorChoice, FlowMessage, StepAction } from '../../src/flow/model.js';

const CHOICES: AuthenticatorChoice[] = [
  { id: 'aut1', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'aut2', key: 'phone_number', displayName: 'Phone', methods: ['sms'] },
];
const QR = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3 3"><rect width="1" height="1"/><rect x="2" y="2" width="1" height="1"/></svg>');
const ALL_ACTIONS: StepAction[] = ['choose-another', 'resend', 'skip', 'switch-channel', 'cancel', 'restart'];

/** Each step element with the properties it needs to show everything it can. */
const STEPS: Array<[tag: string, properties: Record<string, unknown>]> = [
  ['ovs-credentials-step', {}],
  ['ovs-credentials-step', { withPassword: false }],
  ['ovs-authenticator-list-step', { authenticators: CHOICES }],
  ['ovs-authenticator-list-step', { authenticators: CHOICES, purpose: 'enroll' }],
  ['ovs-okta-verify-method-step', { methods: ['push', 'totp'] }],
  ['ovs-code-step', {}],
  ['ovs-push-step', { correctAnswer: '42', reminderDelay: 0 }],
  ['ovs-push-step', { waiting: false }],
  ['ovs-enroll-qr-step', { qrCode: QR }],
  ['ovs-enroll-channel-step', { channels: ['qrcode', 'email', 'sms'] }],
  ['ovs-enroll-address-step', { channel: 'email' }],
  ['ovs-enroll-address-step', { channel: 'sms' }],
  ['ovs-enroll-sent-step', { channel: 'email', to: 'person@example.com' }],
  ['ovs-change-password-step', { rules: { minLength: 8, minNumber: 1, excludeUsername: true } }],
  ['ovs-change-password-step', { warning: true, daysToExpiry: 3, rules: {} }],
  ['ovs-message-step', { kind: 'success' }],
  ['ovs-message-step', { kind: 'terminal' }],
  ['ovs-message-step', { kind: 'unsupported' }],
  ['ovs-message-step', { kind: 'handled-by-page' }],
];

const GENERAL_ERROR: FlowMessage[] = [{ text: 'Something the server said', key: 'E0000009', level: 'error' }];

const STATES: Record<string, Record<string, unknown>> = {
  idle: {},
  busy: { busy: true },
  error: { messages: GENERAL_ERROR },
  waiting: { reconnecting: true },
};

async function mountStep(tag: string, properties: Record<string, unknown>): Promise<HTMLElement & { focusStep(): void; updateComplete: Promise<unknown> }> {
  const el = document.createElement(tag) as HTMLElement & { focusStep(): void; updateComplete: Promise<unknown> };
  Object.assign(el, { actions: ALL_ACTIONS }, properties);
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** Every control of the step: buttons and inputs in its shadow root and in its light DOM. */
function controls(el: HTMLElement): Array<HTMLButtonElement | HTMLInputElement> {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'), ...el.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
}

let documentedEvents: Map<string, Set<string>>;

describe('step conformance: every step element, every state', () => {
  before(async () => {
    // The test server serves JSON as a module.
    const path: string = '/custom-elements.json';
    const manifest = ((await import(path)) as { default: unknown }).default as {
      modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string }> }> }>;
    };
    documentedEvents = new Map();
    for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName) documentedEvents.set(d.tagName, new Set((d.events ?? []).map((e) => e.name)));
  });

  for (const [tag, properties] of STEPS) {
    const label = `${tag} ${JSON.stringify(properties).slice(0, 60)}`;
    describe(label, () => {
      for (const [state, extra] of Object.entries(STATES)) {
        it(`${state}: axe-clean${state === 'busy' ? ', every control disabled' : ''}`, async () => {
          const el = await mountStep(tag, { ...properties, ...extra });
          await new Promise((r) => requestAnimationFrame(r));
          await expect(el).to.be.accessible();
          if (state === 'busy') {
            const enabled = controls(el).filter((c) => !c.disabled);
            expect(enabled.map((c) => c.outerHTML.slice(0, 60)), 'enabled while busy').to.deep.equal([]);
          }
        });
      }

      it('focusStep() lands on the first field, or on the heading when there is nothing to type', async () => {
        const el = await mountStep(tag, properties);
        el.focusStep();
        const field = el.querySelector('input:not([type=hidden])');
        if (field) expect(document.activeElement).to.equal(field);
        else expect(el.shadowRoot!.activeElement?.classList.contains('heading')).to.equal(true);
      });

      it('only documented events fire, whatever is clicked', async () => {
        const el = await mountStep(tag, properties);
        const fired = new Set<string>();
        const original = el.dispatchEvent.bind(el);
        el.dispatchEvent = (event: Event) => {
          fired.add(event.type);
          return original(event);
        };
        el.addEventListener('ovs-submit', (e) => e.stopPropagation());
        el.addEventListener('ovs-action', (e) => e.stopPropagation());
        for (const input of el.querySelectorAll<HTMLInputElement>('input')) input.value = input.type === 'email' ? 'a@example.com' : input.type === 'tel' ? '+15550100' : '123456';
        for (const button of controls(el).filter((c): c is HTMLButtonElement => c instanceof HTMLButtonElement)) {
          button.click();
          await el.updateComplete;
        }
        el.querySelector('form')?.requestSubmit();
        const documented = documentedEvents.get(tag) ?? new Set();
        expect([...fired].filter((name) => !documented.has(name)), `undocumented events of ${tag}`).to.deep.equal([]);
      });
    });
  }
});
