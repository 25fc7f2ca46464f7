/** What the enrollment and password steps do beyond the shared conformance suite. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import type { OvsNewPasswordStep, OvsEnrollAddressStep, OvsEnrollQrStep } from '../../src/index.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAKHb9pwAAAABJRU5ErkJggg==';

describe('enrollment and password steps', () => {
  describe('ovs-enroll-qr-step', () => {
    it('shows a data: PNG or SVG, with alt text that says what to do and never the link', async () => {
      for (const href of [PNG, 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E']) {
        const el = await fixture<OvsEnrollQrStep>(html`<ovs-enroll-qr-step .qrCode=${href}></ovs-enroll-qr-step>`);
        const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part=qr-code]')!;
        expect(img.getAttribute('src')).to.equal(href);
        expect(img.alt).to.contain('Okta Verify');
        expect(img.alt).to.not.contain('data:');
        expect(el.shadowRoot!.querySelectorAll('ol li')).to.have.length(3);
      }
    });

    for (const href of ['javascript:alert(1)', 'http://evil.example/qr.png', 'https://evil.example/qr.png', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', '']) {
      it(`refuses ${href || 'an empty href'}: no image anywhere, a clear message, the other ways to set up`, async () => {
        const el = await fixture<OvsEnrollQrStep>(html`<ovs-enroll-qr-step .qrCode=${href} actions="switch-channel cancel"></ovs-enroll-qr-step>`);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
        expect(el.querySelector('img')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('can’t be shown');
        expect(el.shadowRoot!.querySelector('[part=switch-channel]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('ovs-enroll-address-step', () => {
    it('email: a native type=email input; malformed values are refused before any event; a good one is sent', async () => {
      const el = await fixture<OvsEnrollAddressStep>(html`<ovs-enroll-address-step channel="email"></ovs-enroll-address-step>`);
      const input = el.querySelector<HTMLInputElement>('form input[name=email]')!;
      expect([input.type, input.autocomplete]).to.deep.equal(['email', 'email']);
      let fired = 0;
      el.addEventListener('ovs-submit', () => fired++);
      for (const bad of ['', 'nia', 'nia@example']) {
        input.value = bad;
        el.querySelector('form')!.requestSubmit();
        await el.updateComplete;
        expect(input.getAttribute('aria-invalid'), bad).to.equal('true');
        expect(document.getElementById(input.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).to.not.equal('');
      }
      expect(fired).to.equal(0);
      input.value = ' nia@example.com ';
      setTimeout(() => el.querySelector('form')!.requestSubmit());
      expect((await oneEvent(el, 'ovs-submit')).detail).to.deep.equal({ email: 'nia@example.com' });
    });

    it('SMS: a native type=tel input with autocomplete=tel', async () => {
      const el = await fixture<OvsEnrollAddressStep>(html`<ovs-enroll-address-step channel="sms"></ovs-enroll-address-step>`);
      const input = el.querySelector<HTMLInputElement>('form input[name=phoneNumber]')!;
      expect([input.type, input.autocomplete, input.inputMode]).to.deep.equal(['tel', 'tel', 'tel']);
      input.value = '+1 555 010 0142';
      setTimeout(() => el.querySelector('form')!.requestSubmit());
      expect((await oneEvent(el, 'ovs-submit')).detail).to.deep.equal({ phoneNumber: '+1 555 010 0142' });
    });

    it('a server error on the field shows beside it', async () => {
      const el = await fixture<OvsEnrollAddressStep>(html`<ovs-enroll-address-step channel="email" .messages=${[{ text: 'Invalid email address.', key: 'x.unknown', level: 'error', field: 'email' }]}></ovs-enroll-address-step>`);
      expect(el.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
      expect(el.querySelector('[slot=error]')!.textContent).to.contain('Invalid email address.');
    });
  });

  describe('ovs-enroll-sent-step', () => {
    it('where the link went is text, never markup', async () => {
      const el = await fixture(html`<ovs-enroll-sent-step channel="email" to="<img src=x onerror=alert(1)>@example.com"></ovs-enroll-sent-step>`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror=alert(1)>@example.com');
    });
  });

  describe('ovs-new-password-step', () => {
    it('lists the rules, read with the new password; a mismatch is caught before any event', async () => {
      const el = await fixture<OvsNewPasswordStep>(html`<ovs-new-password-step .rules=${{ minLength: 8, minNumber: 1, excludeUsername: true }}></ovs-new-password-step>`);
      const [password, confirm] = el.querySelectorAll<HTMLInputElement>('input[type=password]');
      expect(password!.autocomplete).to.equal('new-password');
      expect(confirm!.autocomplete).to.equal('new-password');
      const hint = document.getElementById(password!.getAttribute('aria-describedby')!)!;
      expect([...hint.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['At least 8 characters', 'A number', 'No part of your username']);
      let fired = 0;
      el.addEventListener('ovs-submit', () => fired++);
      password!.value = 'Brand-New-7';
      confirm!.value = 'Brand-New-8';
      el.querySelector('form')!.requestSubmit();
      await el.updateComplete;
      expect(confirm!.getAttribute('aria-invalid')).to.equal('true');
      expect(fired).to.equal(0);
      confirm!.value = 'Brand-New-7';
      setTimeout(() => el.querySelector('form')!.requestSubmit());
      expect((await oneEvent(el, 'ovs-submit')).detail).to.deep.equal({ password: 'Brand-New-7' });
    });

    it('a rejected password shows its message beside the field and both fields are cleared', async () => {
      const el = await fixture<OvsNewPasswordStep>(html`<ovs-new-password-step></ovs-new-password-step>`);
      const inputs = [...el.querySelectorAll<HTMLInputElement>('input[type=password]')];
      for (const input of inputs) input.value = 'weak';
      el.messages = [{ text: 'Password requirements were not met.', key: 'password.complexity.requirements', level: 'error', field: 'password' }];
      await el.updateComplete;
      expect(inputs.map((i) => i.value)).to.deep.equal(['', '']);
      expect(el.querySelector('[slot=error]')!.textContent).to.contain('requirements were not met');
    });

    it('about to expire: days left in the heading and "Remind me later"', async () => {
      const el = await fixture<OvsNewPasswordStep>(html`<ovs-new-password-step purpose="expiring" days-to-expiry="4" actions="skip" .actionLabels=${{ skip: 'remindMeLater' }}></ovs-new-password-step>`);
      expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.contain('4 days');
      const later = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=skip]')!;
      expect(later.textContent!.trim()).to.equal('Remind me later');
      setTimeout(() => later.click());
      expect((await oneEvent(el, 'ovs-action')).detail).to.deep.equal({ action: 'skip' });
    });
  });
});
