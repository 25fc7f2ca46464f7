/**
 * Text from the server is data, never markup: every step, read from IDX responses whose every string the
 * server controls (messages and their keys, labels, display names, the identifier, the app label, the number
 * challenge, the QR href, the channel, the address) carries an XSS payload, and nothing may run or be injected.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import type { RawField, RawIdx, RawRemediation } from '../../src/flow/idx/raw.js';
import { readStep, STEPS } from '../../src/flow/registry.js';
import { STEP_VIEWS, viewProperties, type ShownStep } from '../../src/steps/step-views.js';
import { INJECTED, PAYLOADS } from '../helpers/hostile.js';

function message(p: string, cls = 'ERROR') {
  return { message: p, i18n: { key: p }, class: cls };
}

function form(name: string, value: unknown[] = [], extra: Record<string, unknown> = {}): RawRemediation {
  return { name, rel: ['create-form'], href: 'http://x/idp/idx/x', method: 'POST', value: value as RawField[], ...extra } as RawRemediation;
}

/** IDX responses for every step, with `p` wherever the server writes a string. */
function responses(p: string): RawIdx[] {
  const messages = { value: [message(p), message(`${p} info`, 'INFO')] };
  const app = { value: { name: p, label: p, id: p } };
  const user = { value: { identifier: p } };
  const option = (key: string) => ({ label: p, value: { form: { value: [{ name: 'id', value: `id-${key}` }, { name: 'methodType', value: p }] } }, relatesTo: `$.authenticators.value[0]` });
  const authenticators = { value: [{ key: p, id: p, displayName: p, methods: [{ type: p }] }] };
  const base = { version: '1.0.0', messages, app, user, cancel: form('cancel'), authenticators } as unknown as RawIdx;
  const ov = (contextualData: Record<string, unknown>) => ({ value: { key: 'okta_verify', id: p, displayName: p, contextualData, resend: form('resend') } });
  const channelChoice = form('select-enrollment-channel', [{ name: 'authenticator', value: { form: { value: [{ name: 'id', value: p }, { name: 'channel', options: [{ value: 'email', label: p }, { value: p, label: p }] }] } } }]);
  return [
    { ...base, remediation: { value: [form('identify', [{ name: 'identifier', label: p, messages: { value: [message(p)] } }, { name: 'credentials', form: { value: [{ name: 'passcode', label: p }] } }])] } },
    { ...base, remediation: { value: [form('select-authenticator-authenticate', [{ name: 'authenticator', options: [option('a'), option('b')] }])] } },
    { ...base, remediation: { value: [form('challenge-authenticator', [{ name: 'credentials', form: { value: [{ name: 'totp', messages: { value: [message(p)] } }] } }]), form('select-authenticator-authenticate', [])] }, currentAuthenticator: ov({}) },
    { ...base, remediation: { value: [form('challenge-poll', [], { refresh: 4000 }), form('select-authenticator-authenticate', [])] }, currentAuthenticator: ov({ correctAnswer: p }) },
    { ...base, remediation: { value: [form('select-authenticator-enroll', [{ name: 'authenticator', options: [option('c')] }]), form('skip')] } },
    { ...base, remediation: { value: [form('enroll-poll', [], { refresh: 4000 }), channelChoice] }, currentAuthenticator: ov({ selectedChannel: 'qrcode', qrcode: { href: p } }) },
    { ...base, remediation: { value: [form('enroll-poll', [], { refresh: 4000 }), channelChoice] }, currentAuthenticator: ov({ selectedChannel: 'email', email: p }) },
    { ...base, remediation: { value: [form('enrollment-channel-data', [{ name: 'email', label: p, messages: { value: [message(p)] } }]), channelChoice] }, currentAuthenticator: ov({ selectedChannel: p }) },
    { ...base, remediation: { value: [channelChoice] }, currentAuthenticator: ov({ selectedChannel: p }) },
    { ...base, remediation: { value: [form('reenroll-authenticator-warning', [{ name: 'credentials', form: { value: [{ name: 'passcode', label: p, messages: { value: [message(p)] } }] } }]), form('skip')] }, currentAuthenticator: { value: { key: 'okta_password', settings: { complexity: { minLength: p, excludeUsername: p }, daysToExpiry: p } } } },
    { ...base, remediation: { value: [form(p)] } },
    { ...base },
    // The sign-in around Okta Verify: identity providers, recovery, the password as a step, unlock, email, phone, keep me signed in.
    {
      ...base,
      remediation: { value: [form('identify', [{ name: 'identifier', label: p }, { name: 'rememberMe', label: p, value: p }]), form('unlock-account'), form('redirect-idp', [], { href: `https://idp.example/${p}`, type: p, idp: { id: p, name: p } })] },
      currentAuthenticator: { value: { key: 'okta_password', recover: form('recover') } },
    },
    { ...base, remediation: { value: [form('identify-recovery', [{ name: 'identifier', label: p }])] } },
    { ...base, remediation: { value: [form('challenge-authenticator', [{ name: 'credentials', form: { value: [{ name: 'passcode', label: p, messages: { value: [message(p)] } }] } }])] }, currentAuthenticatorEnrollment: { value: { key: 'okta_password', id: p, displayName: p, recover: form('recover') } } },
    { ...base, remediation: { value: [form('select-authenticator-unlock-account', [{ name: 'identifier', label: p }, { name: 'authenticator', options: [option('d')] }])] } },
    { ...base, remediation: { value: [form('challenge-authenticator', [{ name: 'credentials', form: { value: [{ name: 'passcode', label: p }] } }])] }, currentAuthenticatorEnrollment: { value: { key: 'okta_email', id: p, displayName: p, methods: [{ type: 'email' }], profile: { email: p }, resend: form('resend'), poll: form('poll', [], { refresh: 4000 }) } } },
    { ...base, remediation: { value: [form('authenticator-enrollment-data', [{ name: 'authenticator', form: { value: [{ name: 'id', value: p }, { name: 'methodType', options: [{ value: 'sms', label: p }, { value: p, label: p }] }, { name: 'phoneNumber', label: p }] } }])] }, currentAuthenticator: { value: { key: 'phone_number', id: p, displayName: p, methods: [] } } },
    { ...base, remediation: { value: [form('reset-authenticator', [{ name: 'credentials', form: { value: [{ name: 'passcode', label: p }, { name: 'revokeSessions', label: p }] } }])] }, currentAuthenticator: { value: { key: 'okta_password', settings: { complexity: { minLength: 8 } } } } },
    { ...base, remediation: { value: [form('keep-me-signed-in', [{ name: 'keepMeSignedIn', label: p }])] } },
    {
      ...base,
      remediation: { value: [form('authenticator-verification-data', [{ name: 'authenticator', label: p, form: { value: [{ name: 'id', value: p }, { name: 'methodType', options: [{ value: 'push', label: p }, { value: p, label: p }] }, { name: 'autoChallenge', label: p, value: false }] } }])] },
      currentAuthenticator: ov({}),
    },
    { ...base, currentAuthenticator: { value: { key: p, contextualData: { otp: p } } }, client: { value: { browser: p, os: p, location: { city: p } } } } as RawIdx,
    // All of Okta Verify: FastPass (each way of reaching the app), same-device and bootstrap enrollment, a custom push app, device enrollment.
    ...['LOOPBACK', 'CUSTOM_URI', 'APP_LINK', p].map(
      (method) =>
        ({
          ...base,
          remediation: { value: [form('device-challenge-poll', [], { refresh: 2000 })] },
          authenticatorChallenge: { type: 'object', value: { challengeMethod: method, challengeRequest: p, domain: p, ports: [p], href: p, downloadHref: p, cancel: form('cancel-polling') } },
        }) as RawIdx,
    ),
    {
      ...base,
      remediation: { value: [form('challenge-poll', [], { refresh: 4000 }), form('select-authenticator-authenticate', [])] },
      currentAuthenticator: { value: { key: 'okta_verify', id: p, displayName: p, methods: [{ type: 'signed_nonce' }], cancel: form('cancel-polling'), contextualData: { challenge: { value: { challengeMethod: 'UNIVERSAL_LINK', href: `https://x/${p}`, downloadHref: `https://x/${p}` } } } } },
    },
    { ...base, remediation: { value: [form('enroll-poll', [], { refresh: 4000 }), channelChoice] }, currentAuthenticator: ov({ selectedChannel: 'samedevice', samedevice: { orgUrl: p, downloadHref: `https://x/${p}`, platform: p } }) },
    { ...base, remediation: { value: [form('enroll-poll', [], { refresh: 4000 }), channelChoice] }, currentAuthenticator: ov({ selectedChannel: 'devicebootstrap', devicebootstrap: { platform: p, enrolledDevices: [p, p] } }) },
    { ...base, remediation: { value: [form('challenge-poll', [], { refresh: 4000 })] }, currentAuthenticator: { value: { key: 'custom_app', id: p, displayName: p, logoUri: p, methods: [{ type: 'push' }] } } },
    { ...base, deviceEnrollment: { type: 'object', value: { name: 'oda', platform: p, signInUrl: p } } } as RawIdx,
    { ...base, deviceEnrollment: { type: 'object', value: { name: p, platform: p, vendor: p, enrollmentLink: `https://x/${p}` } } } as RawIdx,
  ];
}

/** Reads a response into its step and renders the element the registry names for it, as the widget does. */
async function renderRead(host: HTMLElement, raw: RawIdx) {
  const step = readStep(raw, raw.remediation ? 'PENDING' : 'TERMINAL');
  const shown = step as Extract<typeof step, { name: ShownStep }>;
  const el = document.createElement(STEP_VIEWS[shown.name].tag) as unknown as HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
  Object.assign(el, viewProperties(shown));
  host.replaceChildren(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return { step, el };
}

describe('hostile server strings in every step', () => {
  afterEach(() => delete window.__xss);

  // Which steps the payloads reached, over all of them: every step read from a response, and the two a response
  // can end in (a transaction that ended, a remediation not rendered), and the device enrollment instructions.
  const reached = new Set<string>();

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} of ${PAYLOADS.length} in every step: nothing runs, nothing is injected, the text shows as text`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      for (const raw of responses(payload)) {
        const { step, el } = await renderRead(host, raw);
        reached.add(step.name);
        const injected = [...el.shadowRoot!.querySelectorAll(INJECTED), ...el.querySelectorAll(INJECTED)];
        expect(injected.map((n) => n.outerHTML.slice(0, 60)), `${step.name} with ${payload}`).to.deep.equal([]);
        expect(window.__xss, `${step.name} with ${payload}`).to.equal(undefined);
      }
    });
  });

  it('the payloads reached every step', () => {
    const read = Object.entries(STEPS).filter(([, definition]) => definition.remediations?.length).map(([name]) => name);
    expect([...reached], 'steps rendered').to.include.members([...read, 'terminal', 'unsupported', 'enroll-device']);
  });

  it('a server message shows as the exact text it is', async () => {
    const payload = PAYLOADS[0]!;
    const step = readStep(responses(payload)[0]!, 'PENDING');
    const el = document.createElement('ovs-credentials-step') as HTMLElement & { messages: unknown; updateComplete: Promise<unknown> };
    el.messages = step.messages;
    await fixture(html`<div>${el}</div>`);
    expect(el.shadowRoot!.querySelector('[part=messages]')!.textContent).to.contain(payload);
  });

  it('a 3000-character word from the server wraps inside the card; nothing leaves it', async () => {
    const word = 'W'.repeat(3000);
    const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"></div>`);
    for (const raw of responses(word)) {
      const { step, el } = await renderRead(host, raw);
      const box = host.getBoundingClientRect();
      expect(document.documentElement.scrollWidth, `${step.name}: the page does not grow wide`).to.be.at.most(window.innerWidth);
      const all = [...el.shadowRoot!.querySelectorAll<HTMLElement>('*'), ...el.querySelectorAll<HTMLElement>('*')].filter((n) => n.getClientRects().length);
      const outside = all.filter((n) => n.getBoundingClientRect().right > box.right + 1).map((n) => n.localName + (n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''));
      expect(outside, `${step.name}: elements past the card's edge`).to.deep.equal([]);
    }
  });
});
