/**
 * The simulator's enrollment and password expiry at the protocol level: activation links (one use, one user,
 * one live sign-in), the outbox, address checks, skip, and the password policy with Okta's messages.
 */
import { expect } from '@open-wc/testing';
import { readQr } from '../helpers/qr.js';
import { CATALOG } from '../../sim/index.js';
import { Driver, IDENTIFY_REMEDIATIONS, interactionCodeOf, messageKeys, remediationNames, type Json, type Reply } from './driver.js';

const NEW = 'new@example.com';
const OV_ID = CATALOG.okta_verify.id;

/** The field-level messages of the primary remediation, by field name. */
function fieldMessages(body: Json): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (fields: Json[] | undefined) => {
    for (const f of fields ?? []) {
      if (f.messages?.value?.length) out[f.name] = f.messages.value.map((m: Json) => m.message);
      walk(f.form?.value);
    }
  };
  walk(body.remediation?.value?.[0]?.value);
  return out;
}

describe('simulator: Okta Verify enrollment', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver({ pollRefreshMs: 100 });
    await d.start();
  });

  const enroll = (link: string, username = NEW): Promise<Reply> => d.send(`/sim/users/${encodeURIComponent(username)}/enroll`, { json: { link } });
  const outbox = async (): Promise<Json[]> => (await d.send('/sim/outbox')).body as Json[];

  it('QR code: a real PNG whose link enrolls the device once; the poll then succeeds and tokens follow', async () => {
    expect(remediationNames((await d.identify(NEW)).body)).to.deep.equal(['select-authenticator-enroll']);
    const qr = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    const href = qr.body.currentAuthenticator.value.contextualData.qrcode.href as string;
    expect(href).to.match(/^data:image\/png;base64,/);
    const link = await readQr(href);
    expect(link).to.match(/^oktaverify:\/\/enroll\?t=/);
    expect(remediationNames((await d.idx('/idp/idx/challenge/poll')).body)[0], 'pending before the device').to.equal('enroll-poll');

    expect((await enroll(link, 'verified@example.com')).status, 'another user').to.equal(404);
    expect((await enroll('oktaverify://enroll?t=nope')).status, 'unknown token').to.equal(404);
    expect((await enroll('https://example.com/')).status, 'not a link').to.equal(400);
    expect((await enroll(link)).status).to.equal(200);
    expect((await enroll(link)).status, 'used twice').to.equal(409);

    const done = await d.idx('/idp/idx/challenge/poll');
    expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);
    // The device works like any seeded one.
    expect((await d.send(`/sim/users/${NEW}/totp`)).body.code).to.match(/^\d{6}$/);
    const users = (await d.send('/sim/users')).body as Json[];
    expect(users.find((u) => u.username === NEW)!.authenticators.map((a: Json) => a.key)).to.include('okta_verify');
  });

  it('email: a malformed address is refused on its field; a good one lands in the outbox; resend sends it again', async () => {
    await d.identify(NEW);
    await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'email' } });
    const bad = await d.idx('/idp/idx/challenge/send', { email: 'nia@example' });
    expect(bad.status).to.equal(400);
    expect(fieldMessages(bad.body).email).to.have.length(1);
    expect(remediationNames(bad.body)[0]).to.equal('enrollment-channel-data');
    expect(await outbox()).to.deep.equal([]);

    const sent = await d.idx('/idp/idx/challenge/send', { email: 'nia@example.com' });
    expect(sent.body.currentAuthenticator.value.contextualData).to.include({ selectedChannel: 'email', email: 'nia@example.com' });
    await d.idx('/idp/idx/challenge/resend');
    const messages = await outbox();
    expect(messages.map((m) => [m.channel, m.to, m.username])).to.deep.equal([
      ['email', 'nia@example.com', NEW],
      ['email', 'nia@example.com', NEW],
    ]);
    expect((await enroll(messages[1]!.link)).status).to.equal(200);
    expect((await d.idx('/idp/idx/challenge/poll')).body.successWithInteractionCode).to.exist;
  });

  it('SMS: the number is checked, the link sent', async () => {
    await d.identify(NEW);
    await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'sms' } });
    expect((await d.idx('/idp/idx/challenge/send', { phoneNumber: '12' })).status).to.equal(400);
    expect((await d.idx('/idp/idx/challenge/send', { phoneNumber: '' })).status).to.equal(400);
    const sent = await d.idx('/idp/idx/challenge/send', { phoneNumber: '+1 (555) 010-0142' });
    expect(sent.status).to.equal(200);
    expect((await outbox())[0]).to.include({ channel: 'sms', to: '+1 (555) 010-0142' });
  });

  it('a cancelled sign-in\'s link no longer enrolls: 410, its sign-in has ended', async () => {
    await d.identify(NEW);
    const qr = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    const link = await readQr(qr.body.currentAuthenticator.value.contextualData.qrcode.href);
    await d.idx('/idp/idx/cancel');
    const refused = await enroll(link);
    expect(refused.status, 'its sign-in has ended').to.equal(410);
    expect(refused.body.error).to.contain('ended');
    expect((await d.send(`/sim/users/${NEW}/totp`)).status, 'nothing enrolled').to.equal(404);
  });

  it('an expired sign-in\'s link: 410 as well', async () => {
    await d.identify(NEW);
    const qr = await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID } });
    const link = await readQr(qr.body.currentAuthenticator.value.contextualData.qrcode.href);
    await d.send(`/sim/users/${NEW}/expire`, { method: 'POST' });
    expect((await enroll(link)).status).to.equal(410);
  });

  it('required enrollment cannot be skipped; optional can, and signs in without enrolling', async () => {
    await d.identify(NEW);
    expect((await d.idx('/idp/idx/skip')).status).to.equal(400);
    const o = new Driver();
    await o.start();
    const list = await o.identify('optional@example.com');
    expect(remediationNames(list.body)).to.deep.equal(['select-authenticator-enroll', 'skip']);
    const skipped = await o.idx('/idp/idx/skip');
    expect((await o.exchange(interactionCodeOf(skipped.body))).status).to.equal(200);
  });

  it('reset forgets enrollments, the outbox and the links', async () => {
    await d.identify(NEW);
    await d.idx('/idp/idx/credential/enroll', { authenticator: { id: OV_ID, channel: 'email' } });
    await d.idx('/idp/idx/challenge/send', { email: 'nia@example.com' });
    const [message] = await outbox();
    await d.send('/sim/reset', { method: 'POST' });
    expect(await outbox()).to.deep.equal([]);
    expect((await enroll(message!.link)).status).to.equal(404);
  });
});

describe('simulator: password expiry', () => {
  let d: Driver;
  beforeEach(async () => {
    d = new Driver();
    await d.start();
  });

  const change = (passcode: string) => d.idx('/idp/idx/challenge/answer', { credentials: { passcode } });

  it('expired: the policy is enforced with Okta\'s messages on the field; a good password signs in and stays', async () => {
    const expired = await d.identify('expired@example.com');
    expect(remediationNames(expired.body)).to.deep.equal(['reenroll-authenticator']);
    expect(expired.body.currentAuthenticator.value.settings.complexity.minLength).to.equal(8);
    for (const [candidate, rule] of [
      ['Sh0rt', 'at least 8 characters'],
      ['no-digits-Here', 'a number'],
      ['ALLUPPER123', 'a lowercase letter'],
      ['Expired-Elsa-1', 'no parts of your username'],
      ['', 'blank'],
    ]) {
      const reply = await change(candidate!);
      expect(reply.status, candidate).to.equal(400);
      const message = fieldMessages(reply.body).passcode?.[0] ?? '';
      expect(message, candidate).to.contain(rule === 'blank' ? 'cannot be left blank' : rule);
    }
    expect(fieldMessages((await change('Okta-Verify-1')).body).passcode?.[0], 'the old password').to.contain('used too recently');
    const done = await change('Brand-New-Pass-7');
    expect((await d.exchange(interactionCodeOf(done.body))).status).to.equal(200);

    const again = new Driver();
    // Same simulator: a new sign-in with the new password.
    Object.assign(again, { sim: d.sim });
    await again.start();
    expect(remediationNames((await again.identify('expired@example.com', 'Okta-Verify-1')).body)).to.deep.equal(IDENTIFY_REMEDIATIONS);
    expect((await again.identify('expired@example.com', 'Brand-New-Pass-7')).body.successWithInteractionCode).to.exist;
  });

  it('about to expire: the warning message, and skip signs in', async () => {
    const warning = await d.identify('expiring@example.com');
    expect(remediationNames(warning.body)).to.deep.equal(['reenroll-authenticator-warning', 'skip']);
    expect(messageKeys(warning.body)).to.deep.equal(['idx.password.expiring.message']);
    const skipped = await d.idx('/idp/idx/skip');
    expect((await d.exchange(interactionCodeOf(skipped.body))).status).to.equal(200);
  });
});
