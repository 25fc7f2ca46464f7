/**
 * One suite for every step element, in every state (idle, busy, error, field error, reconnecting, and waiting
 * for the steps that wait), in the light and the dark theme: axe-clean (contrast included), busy disables
 * every control, only parts and events the element documents (in custom-elements.json) appear, and
 * `focusStep()` lands on the heading or the first field; in the idle state, every event it documents fires.
 * The lines are the step samples (test/helpers/step-samples.ts), one or more for each step of `STEP_VIEWS`,
 * so a new step is covered once it has samples (their type demands them); a step element in the manifest
 * that no step shows fails the suite.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import type { FlowMessage, StepAction } from '../../src/flow/model.js';
import { STEP_VIEWS } from '../../src/steps/step-views.js';
import { stepLines } from '../helpers/step-samples.js';

const ALL_ACTIONS: StepAction[] = ['choose-another', 'resend', 'skip', 'switch-channel', 'cancel', 'restart'];

/** Every sample of every shown step, as its element shows it; `waits` for the samples that wait. */
const STEPS = stepLines();

/** Elements that are not steps. */
const NOT_STEPS = new Set(['okta-verify-signin', 'ovs-control']);

const GENERAL_ERROR: FlowMessage[] = [{ text: 'Something the server said', key: 'E0000009', level: 'error' }];
const FIELD_ERROR_TEXT = 'The server refused this field';

type State = 'idle' | 'busy' | 'error' | 'field-error' | 'reconnecting' | 'waiting';
const STATES: Record<State, Record<string, unknown>> = {
  idle: {},
  busy: { busy: true },
  error: { messages: GENERAL_ERROR },
  'field-error': {},
  reconnecting: { reconnecting: true },
  waiting: {},
};
const THEMES = { light: '#ffffff', dark: '#1b1b1f' } as const;

type StepUnderTest = HTMLElement & { focusStep(): void; updateComplete: Promise<unknown>; messages: FlowMessage[]; busy: boolean };

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

async function mountStep(tag: string, properties: Record<string, unknown>, theme: keyof typeof THEMES = 'light'): Promise<StepUnderTest> {
  const el = document.createElement(tag) as StepUnderTest;
  el.setAttribute('theme', theme);
  Object.assign(el, { actions: ALL_ACTIONS }, properties);
  await fixture(html`<div style="background: ${THEMES[theme]}; padding: 8px">${el}</div>`);
  await el.updateComplete;
  return el;
}

/** Every control of the step: buttons and inputs in its shadow root and in its light DOM. */
function controls(el: HTMLElement): Array<HTMLButtonElement | HTMLInputElement> {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'), ...el.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
}

/** Clicks every button and submits the form, with plausible values typed; returns the events the step fired. */
async function exercise(el: StepUnderTest): Promise<Set<string>> {
  const fired = new Set<string>();
  const original = el.dispatchEvent.bind(el);
  el.dispatchEvent = (event: Event) => {
    fired.add(event.type);
    return original(event);
  };
  el.addEventListener('ovs-submit', (e) => e.stopPropagation());
  el.addEventListener('ovs-action', (e) => e.stopPropagation());
  for (const input of el.querySelectorAll<HTMLInputElement>('input')) input.value = input.type === 'email' ? 'a@example.com' : input.type === 'tel' ? '+15550100' : input.type === 'password' ? 'Correct-Horse-Battery-9' : '123456';
  for (const button of controls(el).filter((c): c is HTMLButtonElement => c instanceof HTMLButtonElement)) {
    button.click();
    await el.updateComplete;
  }
  el.querySelector('form')?.requestSubmit();
  await el.updateComplete;
  return fired;
}

/** The part names the step's shadow root renders. */
const renderedParts = (el: HTMLElement) => new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((p) => p.getAttribute('part')!.split(/\s+/)));

const label = ([tag, properties]: (typeof STEPS)[number]) => `${tag} ${JSON.stringify(properties)}`;

let documented: Map<string, { events: Set<string>; parts: Set<string> }>;

describe('step conformance: every step element, every state, both themes', () => {
  before(async () => {
    // The test server serves JSON as a module.
    const path: string = '/custom-elements.json';
    const manifest = ((await import(path)) as { default: unknown }).default as {
      modules: Array<{ declarations?: Array<{ tagName?: string; events?: Array<{ name: string }>; cssParts?: Array<{ name: string }> }> }>;
    };
    documented = new Map();
    for (const m of manifest.modules) {
      for (const d of m.declarations ?? []) {
        if (d.tagName) documented.set(d.tagName, { events: new Set((d.events ?? []).map((e) => e.name)), parts: new Set((d.cssParts ?? []).map((p) => p.name)) });
      }
    }
  });

  it('covers every step element in the manifest and every shown step, each line once', () => {
    expect(Object.keys(STEP_VIEWS).filter((step) => !STEPS.some(([, , about]) => about.step === step)), 'steps without a sample').to.deep.equal([]);
    const covered = new Set(STEPS.map(([tag]) => tag));
    expect([...documented.keys()].filter((tag) => !NOT_STEPS.has(tag) && !covered.has(tag)), 'step elements missing from STEPS').to.deep.equal([]);
    expect([...covered].filter((tag) => !documented.has(tag)), 'STEPS lines for elements not in the manifest').to.deep.equal([]);
    const labels = STEPS.map(label);
    expect(labels.filter((l, i) => labels.indexOf(l) !== i), 'repeated lines').to.deep.equal([]);
  });

  for (const line of STEPS) {
    const [tag, properties, { waits }] = line;
    describe(label(line), () => {
      for (const theme of Object.keys(THEMES) as Array<keyof typeof THEMES>) {
        for (const [state, extra] of Object.entries(STATES) as Array<[State, Record<string, unknown>]>) {
          if (state === 'waiting' && !waits) continue;
          it(`${theme}, ${state}: axe-clean, documented parts and events${state === 'busy' ? ', every control disabled, no event' : ''}`, async () => {
            const el = await mountStep(tag, { ...properties, ...extra }, theme);
            const field = el.querySelector('input')?.name;
            if (state === 'field-error') {
              el.messages = [{ text: FIELD_ERROR_TEXT, level: 'error', field: field ?? 'username' }];
              await el.updateComplete;
            }
            // Live regions are filled a frame after they appear.
            await frame();
            await expect(el).to.be.accessible();
            const { parts, events } = documented.get(tag)!;
            expect([...renderedParts(el)].filter((p) => !parts.has(p)), `undocumented parts of ${tag}`).to.deep.equal([]);

            if (state === 'busy') {
              const enabled = controls(el).filter((c) => !c.disabled);
              expect(enabled.map((c) => c.outerHTML.slice(0, 60)), 'enabled while busy').to.deep.equal([]);
            }
            if (state === 'field-error' && field) {
              const input = el.querySelector<HTMLInputElement>(`input[name=${field}]`)!;
              expect(input.getAttribute('aria-invalid')).to.equal('true');
              const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
              expect(described.join(' '), 'the field\'s error is read with it').to.contain(FIELD_ERROR_TEXT);
              expect(el.shadowRoot!.querySelector('[role=alert]'), 'not repeated as a general alert').to.equal(null);
              el.focusStep();
              expect(document.activeElement === input, 'focusStep() goes to the field in error').to.equal(true);
            }
            if (state === 'field-error' && !field) {
              expect(el.shadowRoot!.querySelector('[part=messages] [role=alert]')?.textContent, 'a message for a field the step lacks is general').to.contain(FIELD_ERROR_TEXT);
            }
            const status = el.shadowRoot!.querySelector('[part=progress] [role=status]')?.textContent ?? '';
            if (state === 'waiting') {
              expect(el.shadowRoot!.querySelector('[part=progress] .spinner'), 'a spinner').to.exist;
              expect(status.trim(), 'the status says what it waits for').to.not.equal('');
              expect(status).to.not.contain('Reconnecting');
              if (properties.correctAnswer) expect(status).to.contain(`Tap ${properties.correctAnswer as string} on your device`);
            }
            if (state === 'reconnecting' && waits) expect(status).to.contain('Reconnecting');

            const fired = await exercise(el);
            expect([...fired].filter((name) => !events.has(name)), `undocumented events of ${tag}`).to.deep.equal([]);
            if (state === 'busy') expect([...fired].filter((name) => name.startsWith('ovs-')), 'events while busy').to.deep.equal([]);
          });
        }
      }

      it('idle, every action offered, plausible values typed: every event it documents fires', async () => {
        const el = await mountStep(tag, properties);
        await frame();
        const fired = await exercise(el);
        expect([...documented.get(tag)!.events].filter((name) => !fired.has(name)), `documented events of ${tag} that did not fire`).to.deep.equal([]);
      });

      it('focusStep() lands on the first field, or on the heading when there is nothing to type', async () => {
        const el = await mountStep(tag, properties);
        el.focusStep();
        const field = el.querySelector('input:not([type=hidden])');
        if (field) expect(document.activeElement === field, 'focus on the first field').to.equal(true);
        else expect(el.shadowRoot!.activeElement?.classList.contains('heading')).to.equal(true);
      });

      it('busy keeps the focused control where it is: aria-disabled and inert; the others disabled', async () => {
        const el = await mountStep(tag, properties);
        const target = el.querySelector<HTMLElement>('button[type=submit]') ?? el.shadowRoot!.querySelector<HTMLElement>('button');
        if (!target) return;
        target.focus();
        el.busy = true;
        await el.updateComplete;
        expect(target.matches(':focus'), 'still focused').to.equal(true);
        expect(target.getAttribute('aria-disabled')).to.equal('true');
        expect(controls(el).filter((c) => c !== target && !c.disabled).map((c) => c.outerHTML.slice(0, 60)), 'the others enabled').to.deep.equal([]);
        const fired: string[] = [];
        el.addEventListener('ovs-submit', (e) => (fired.push(e.type), e.stopPropagation()));
        el.addEventListener('ovs-action', (e) => (fired.push(e.type), e.stopPropagation()));
        target.click();
        await el.updateComplete;
        expect(fired, 'events from the held control').to.deep.equal([]);
        el.busy = false;
        await el.updateComplete;
        expect(target.hasAttribute('aria-disabled') || (target as HTMLButtonElement).disabled, 'enabled again').to.equal(false);
      });
    });
  }
});
