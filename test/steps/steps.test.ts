import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/steps-defined.js';
import type { OvsCodeStep, OvsCredentialsStep, OvsPushStep } from '../../src/index.js';
import type { AuthenticatorChoice, FlowMessage } from '../../src/flow/model.js';

const CHOICES: AuthenticatorChoice[] = [
  { id: 'aut1', key: 'okta_verify', displayName: 'Okta Verify', methods: ['push', 'totp'] },
  { id: 'aut2', key: 'okta_password', displayName: 'Password', methods: ['password'] },
  { id: 'aut3', key: 'custom_app', displayName: '<b>Acme</b> App', methods: ['push'] },
];
const WRONG_PASSWORD: FlowMessage[] = [{ text: 'Authentication failed', key: 'errors.E0000004', level: 'error' }];
const WRONG_CODE: FlowMessage[] = [
  { text: 'Invalid code. Try again.', key: 'api.authn.error.PASSCODE_INVALID', level: 'error', field: 'code' },
];

function submit(el: HTMLElement): void {
  el.querySelector('form')!.requestSubmit();
}

describe('step elements', () => {
  describe('ovs-credentials-step', () => {
    it('native light-DOM inputs with autocomplete, inside a form', async () => {
      const el = await fixture<OvsCredentialsStep>(html`<ovs-credentials-step></ovs-credentials-step>`);
      const user = el.querySelector<HTMLInputElement>('form input[name=username]')!;
      const pass = el.querySelector<HTMLInputElement>('form input[name=password]')!;
      expect(user.autocomplete).to.equal('username');
      expect(pass.autocomplete).to.equal('current-password');
      expect(pass.type).to.equal('password');
      expect(el.querySelector('form button[type=submit]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('refuses empty fields without an event and marks them invalid', async () => {
      const el = await fixture<OvsCredentialsStep>(html`<ovs-credentials-step></ovs-credentials-step>`);
      let fired = false;
      el.addEventListener('ovs-submit', () => (fired = true));
      submit(el);
      await el.updateComplete;
      expect(fired).to.equal(false);
      const user = el.querySelector<HTMLInputElement>('input[name=username]')!;
      expect(user.getAttribute('aria-invalid')).to.equal('true');
      expect(document.getElementById(user.getAttribute('aria-describedby')!)!.textContent).to.contain('Enter your username');
      await expect(el).to.be.accessible();
    });

    it('Enter submits the typed values', async () => {
      const el = await fixture<OvsCredentialsStep>(html`<ovs-credentials-step></ovs-credentials-step>`);
      el.querySelector<HTMLInputElement>('input[name=username]')!.focus();
      await sendKeys({ type: ' ann@example.com ' });
      el.querySelector<HTMLInputElement>('input[name=password]')!.focus();
      await sendKeys({ type: 'pw' });
      const submitted = oneEvent(el, 'ovs-submit');
      await sendKeys({ press: 'Enter' });
      const ev = await submitted;
      expect(ev.detail).to.deep.equal({ username: 'ann@example.com', password: 'pw' });
    });

    it('busy and error states', async () => {
      const el = await fixture<OvsCredentialsStep>(html`<ovs-credentials-step busy .messages=${WRONG_PASSWORD}></ovs-credentials-step>`);
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Check your username and password');
      expect(el.querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('show password', () => {
    it('a toggle beside the password: named, pressed state, shows and hides the text, keeps what was typed', async () => {
      const el = await fixture<OvsCredentialsStep>(html`<ovs-credentials-step></ovs-credentials-step>`);
      const password = el.querySelector<HTMLInputElement>('input[name=password]')!;
      const toggle = el.querySelector<HTMLButtonElement>('button[aria-controls]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(password.id);
      expect(toggle.type).to.equal('button');
      expect(toggle.getAttribute('aria-label')).to.equal('Show password');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      password.value = 'secret';
      toggle.click();
      await el.updateComplete;
      expect(password.type).to.equal('text');
      expect(password.value).to.equal('secret');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await el.updateComplete;
      expect(password.type).to.equal('password');
      await expect(el).to.be.accessible();
    });
  });

  describe('ovs-authenticator-list-step', () => {
    it('one button per authenticator; server names are text, never markup', async () => {
      const el = await fixture(html`<ovs-authenticator-list-step .authenticators=${CHOICES}></ovs-authenticator-list-step>`);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part=choice]')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Okta Verify', 'Password', '<b>Acme</b> App']);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      await expect(el).to.be.accessible();
      setTimeout(() => buttons[0]!.click());
      const ev = await oneEvent(el, 'ovs-submit');
      expect(ev.detail).to.deep.include({ authenticator: CHOICES[0] });
    });

    it('busy state', async () => {
      const el = await fixture(html`<ovs-authenticator-list-step busy .authenticators=${CHOICES}></ovs-authenticator-list-step>`);
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=choice]')!.disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('ovs-method-step', () => {
    it('offers push and code', async () => {
      const el = await fixture(html`<ovs-method-step></ovs-method-step>`);
      const totp = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-method=totp]')!;
      expect(el.shadowRoot!.querySelector('button[data-method=push]')).to.exist;
      await expect(el).to.be.accessible();
      setTimeout(() => totp.click());
      expect((await oneEvent(el, 'ovs-submit')).detail).to.deep.equal({ method: 'totp' });
    });
  });

  describe('ovs-code-step', () => {
    it('one-time-code numeric input', async () => {
      const el = await fixture<OvsCodeStep>(html`<ovs-code-step actions="choose-another"></ovs-code-step>`);
      const input = el.querySelector<HTMLInputElement>('form input[name=code]')!;
      expect(input.autocomplete).to.equal('one-time-code');
      expect(input.inputMode).to.equal('numeric');
      await expect(el).to.be.accessible();
    });

    it('refuses empty and malformed codes before any event', async () => {
      const el = await fixture<OvsCodeStep>(html`<ovs-code-step></ovs-code-step>`);
      let fired = false;
      el.addEventListener('ovs-submit', () => (fired = true));
      submit(el);
      await el.updateComplete;
      expect(el.querySelector('[slot=error]')!.textContent).to.contain('Enter the code');
      el.querySelector<HTMLInputElement>('input')!.value = '12ab';
      submit(el);
      await el.updateComplete;
      expect(el.querySelector('[slot=error]')!.textContent).to.contain('6 digits');
      expect(fired).to.equal(false);
      el.querySelector<HTMLInputElement>('input')!.value = '123 456';
      setTimeout(() => submit(el));
      expect((await oneEvent(el, 'ovs-submit')).detail).to.deep.equal({ code: '123456' });
    });

    it('shows a server code error beside the field and clears the rejected code', async () => {
      const el = await fixture<OvsCodeStep>(html`<ovs-code-step></ovs-code-step>`);
      el.querySelector<HTMLInputElement>('input')!.value = '000000';
      el.messages = WRONG_CODE;
      await el.updateComplete;
      const input = el.querySelector<HTMLInputElement>('input')!;
      expect(input.value).to.equal('');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.querySelector('[slot=error]')!.textContent).to.contain('Invalid code');
      await expect(el).to.be.accessible();
    });
  });

  describe('ovs-push-step', () => {
    it('waiting: progress announced politely, no resend yet', async () => {
      const el = await fixture(html`<ovs-push-step actions="resend choose-another"></ovs-push-step>`);
      const status = el.shadowRoot!.querySelector('[part=progress] [role=status]')!;
      // The live region is in place, empty, before its text arrives: screen readers announce the change.
      expect(status.textContent!.trim()).to.equal('');
      await waitUntil(() => status.textContent!.includes('Push notification sent'), 'status text', { timeout: 1000 });
      expect(el.shadowRoot!.querySelector('[part=resend]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('number challenge: the number in large type with accessible text', async () => {
      const el = await fixture(html`<ovs-push-step correct-answer="42"></ovs-push-step>`);
      const number = el.shadowRoot!.querySelector('[part=number]')!;
      expect(number.textContent).to.equal('42');
      expect(number.getAttribute('aria-label')).to.equal('Tap 42 on your device');
      await expect(el).to.be.accessible();
    });

    it('rejected: says so and offers resend', async () => {
      const rejected: FlowMessage[] = [{ text: 'rejected', key: 'api.authn.poll.error.push_rejected', level: 'error' }];
      const el = await fixture(html`<ovs-push-step .waiting=${false} .messages=${rejected} actions="resend choose-another"></ovs-push-step>`);
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('You rejected this push');
      await expect(el).to.be.accessible();
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=resend]')!.click());
      expect((await oneEvent(el, 'ovs-action')).detail).to.deep.equal({ action: 'resend' });
    });

    it('reminds the user and offers resend after a while without an answer, in a status region that was there before', async () => {
      const el = await fixture<OvsPushStep>(html`<ovs-push-step actions="resend" reminder-delay="50"></ovs-push-step>`);
      expect(el.shadowRoot!.querySelector('[part=reminder]')).to.equal(null);
      const regions = [...el.shadowRoot!.querySelectorAll('[role=status]')];
      const emptyBefore = regions.filter((r) => !r.textContent!.trim());
      await waitUntil(() => el.shadowRoot!.querySelector('[part=reminder]'), 'reminder shown', { timeout: 2000 });
      const region = el.shadowRoot!.querySelector('[part=reminder]')!.closest('[role=status]');
      expect(emptyBefore, 'the reminder fills a region that was in place, empty').to.include(region);
      expect(el.shadowRoot!.querySelector('[part=resend]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('reconnecting state', async () => {
      const el = await fixture(html`<ovs-push-step reconnecting></ovs-push-step>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part=progress]')!.textContent!.includes('Reconnecting'), 'reconnecting', { timeout: 1000 });
      await expect(el).to.be.accessible();
    });
  });

  describe('server text', () => {
    it('only message keys are looked up: a key such as $code or toString shows the server\'s words', async () => {
      const messages: FlowMessage[] = [
        { text: 'Server words one', key: '$code', level: 'error' },
        { text: 'Server words two', key: 'toString', level: 'info' },
      ];
      const el = await fixture(html`<ovs-message-step .messages=${messages}></ovs-message-step>`);
      const messagesText = () => el.shadowRoot!.querySelector('[part=messages]')!.textContent!;
      // The info message goes into its status region once that is in place, a frame later.
      await waitUntil(() => messagesText().includes('Server words two'), 'info message shown', { timeout: 2000 });
      const text = messagesText();
      expect(text).to.contain('Server words one').and.contain('Server words two');
      expect(text).to.not.contain('en');
    });

    it('is isolated for direction, so right-to-left override characters stay inside it', async () => {
      const messages: FlowMessage[] = [{ text: '\u202Edesrever\u202C', level: 'error' }];
      const el = await fixture(html`<ovs-message-step .messages=${messages}></ovs-message-step>`);
      const words = el.shadowRoot!.querySelector('[part=messages] p bdi')!;
      expect(words.textContent, 'the words are isolated in a <bdi>').to.equal('\u202Edesrever\u202C');
      expect(getComputedStyle(words).unicodeBidi).to.equal('isolate');
      const rtl = await fixture(html`<div dir="rtl"><ovs-message-step .messages=${[{ text: 'English words', level: 'error' }]}></ovs-message-step></div>`);
      const box = rtl.querySelector('ovs-message-step')!.shadowRoot!.querySelector('[part=messages] p')!;
      expect(getComputedStyle(box).direction, 'the box follows the widget, whatever the words').to.equal('rtl');
    });
  });

  describe('ovs-message-step', () => {
    it('terminal state with start over', async () => {
      const el = await fixture(html`<ovs-message-step kind="terminal" actions="restart" .messages=${[{ text: 'gone', key: 'idx.session.expired', level: 'error' }]}></ovs-message-step>`);
      expect(el.shadowRoot!.textContent).to.contain('session has expired');
      await expect(el).to.be.accessible();
      setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=restart]')!.click());
      expect((await oneEvent(el, 'ovs-action')).detail).to.deep.equal({ action: 'restart' });
    });
  });
});
