/**
 * Okta Verify enrollment: choosing it from the list (`/idp/idx/credential/enroll`, by QR code or, after
 * "Can't scan?", by email or SMS), the address for the link (`/idp/idx/challenge/send`), polling until the
 * virtual device has used the activation link, resending the link, and skipping optional enrollment.
 */
import type { Context, Hono } from 'hono';
import { obj, str, type JsonObject } from '../body.js';
import { originOf, type SimState } from '../context.js';
import { activationLink, newActivation, sendLink } from '../outbox.js';
import { qrPngDataUrl } from '../qr-png.js';
import type { Transaction } from '../transactions.js';
import { CATALOG, ENROLLABLE, pendingEnrollments } from '../users.js';
import { MESSAGES } from './messages.js';
import type { RouteKit } from './route-kit.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** E.164-ish: a plus and 8–15 digits once spaces, dots, dashes and brackets are dropped. */
const PHONE = /^\+\d{8,15}$/;

export function enrollmentHandlers(state: SimState, kit: RouteKit) {
  /** The transaction's activation, made on first use so every channel of one enrollment carries the same link. */
  const tokenFor = (tx: Transaction) => tx.activation ?? (tx.activation = newActivation(state, tx));

  /** `select-authenticator-enroll` and `select-enrollment-channel`: Okta Verify, by QR code or by a link. */
  const choose = async (c: Context, tx: Transaction, body: JsonObject) => {
    if (!['select-enroll', 'enroll', 'enroll-address'].includes(tx.state.name)) return kit.reject(c, tx);
    const choice = obj(body.authenticator);
    const key = ENROLLABLE.find((k) => CATALOG[k].id === choice.id);
    if (!key) return kit.reject(c, tx, MESSAGES.invalidAuthenticator);
    const channel = str(choice.channel) || 'qrcode';
    if (channel === 'qrcode') {
      tx.state = { name: 'enroll', channel: 'qrcode', qrcode: await qrPngDataUrl(activationLink(originOf(c), tokenFor(tx))) };
      return kit.render(c, tx);
    }
    if (channel !== 'email' && channel !== 'sms') return kit.reject(c, tx, MESSAGES.invalidAuthenticator);
    tx.state = { name: 'enroll-address', channel };
    return kit.render(c, tx);
  };

  /** `enrollment-channel-data`: a well-formed address gets the link, a malformed one Okta's field error. */
  const send = (c: Context, tx: Transaction, body: JsonObject) => {
    const s = tx.state;
    if (s.name !== 'enroll-address') return kit.reject(c, tx);
    const field = s.channel === 'sms' ? 'phoneNumber' : 'email';
    const raw = str(body[field]).trim();
    const value = s.channel === 'sms' ? raw.replace(/[\s().-]/g, '') : raw;
    if (!value) return kit.fieldError(c, tx, 400, { [field]: MESSAGES.fieldBlank });
    if (!(s.channel === 'sms' ? PHONE : EMAIL).test(value)) return kit.fieldError(c, tx, 400, { [field]: s.channel === 'sms' ? MESSAGES.invalidPhone : MESSAGES.invalidEmail });
    sendLink(state, tx, s.channel, raw, activationLink(originOf(c), tokenFor(tx)));
    tx.state = { name: 'enroll', channel: s.channel, to: raw };
    return kit.render(c, tx);
  };

  return {
    choose,
    send,
    /** `enroll-poll`: pending until the device has used the link, then on with the sign-in. */
    poll(c: Context, tx: Transaction) {
      if (!tx.enrolled) return kit.render(c, tx);
      tx.amr.add('mfa').add('swk');
      return kit.continueSignIn(c, tx);
    },
    /** The link again, to the same address. */
    resend(c: Context, tx: Transaction) {
      const s = tx.state;
      if (s.name !== 'enroll' || s.channel === 'qrcode' || !s.to || !tx.activation) return kit.reject(c, tx);
      sendLink(state, tx, s.channel, s.to, activationLink(originOf(c), tx.activation));
      return kit.render(c, tx);
    },
    /** "Set up later": only when nothing is required. */
    skip(c: Context, tx: Transaction) {
      if (pendingEnrollments(tx.user!, false).required.length) return kit.reject(c, tx);
      tx.enrollSkipped = true;
      return kit.continueSignIn(c, tx);
    },
  };
}

export function registerEnrollRoutes(app: Hono, kit: RouteKit, handlers: ReturnType<typeof enrollmentHandlers>): void {
  app.post('/idp/idx/credential/enroll', kit.remediation(handlers.choose));
  app.post('/idp/idx/challenge/send', kit.remediation(handlers.send));
}
