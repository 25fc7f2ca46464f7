/**
 * The org words its messages in the language the request asks for (`Accept-Language`, with q-values): English,
 * German, French and Japanese; keys, params and everything else in the answer stay the same.
 */
import { expect } from '@open-wc/testing';
import { MESSAGES, negotiateLanguage, translateMessage } from '../../sim/idx/messages.js';
import { Driver, messageKeys, type Json, type Reply } from './driver.js';

/** A client whose every request asks for `lang`. */
class AskingDriver extends Driver {
  constructor(public lang: string) {
    super();
  }

  override send(path: string, init: Parameters<Driver['send']>[1] = {}): Promise<Reply> {
    return super.send(path, { ...init, headers: { 'accept-language': this.lang, ...init.headers } });
  }
}

/** Every message text in an answer, top level and on fields, in order. */
function texts(body: Json): string[] {
  const found: string[] = (body.messages?.value ?? []).map((m: Json) => m.message);
  const walk = (fields: Json[] | undefined) => {
    for (const f of fields ?? []) {
      for (const m of f.messages?.value ?? []) found.push(m.message);
      walk(f.form?.value);
    }
  };
  for (const r of body.remediation?.value ?? []) walk(r.value);
  return found;
}

describe('simulator: the language of its messages', () => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'en'],
    ['', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['FR-ca', 'fr'],
    ['ja-JP,ja;q=0.9', 'ja'],
    ['es, fr;q=0.5, de;q=0.7', 'de'],
    ['fr;q=0.4, ja;q=0.4', 'fr'],
    ['de;q=0, fr;q=0.1', 'fr'],
    ['de;q=0', 'en'],
    ['ko, *;q=0.1', 'en'],
    ['en-US,en;q=0.9,de;q=0.8', 'en'],
    ['pt-BR, pt;q=0.9', 'en'],
    ['de; q=0.5 , fr ; q=0.6', 'fr'],
    ['de;q=abc, fr;q=0.2', 'fr'],
  ];
  for (const [header, lang] of cases) {
    it(`Accept-Language ${JSON.stringify(header)} → ${lang}`, () => expect(negotiateLanguage(header)).to.equal(lang));
  }

  it('every message the org sends has German, French and Japanese wording', () => {
    const all = Object.values(MESSAGES).map((m) => (typeof m === 'function' ? m(['at least 8 characters', 'a number']) : m));
    for (const lang of ['de', 'fr', 'ja'] as const) {
      for (const message of all) {
        const translated = translateMessage(message, lang);
        expect(translated.message, `${lang} ${message.i18n.key}`).to.not.equal(message.message);
        expect({ ...translated, message: '' }, 'key, params and class unchanged').to.deep.equal({ ...message, message: '' });
      }
    }
  });

  it('field errors, the password policy and lockout in German; the same answer otherwise', async () => {
    const de = new AskingDriver('de-DE,de;q=0.9,en;q=0.5');
    const en = new AskingDriver('en');
    await de.start();
    await en.start();
    const [locked, lockedEn] = [await de.identify('locked@example.com'), await en.identify('locked@example.com')];
    expect(locked.headers.get('content-language')).to.equal('de');
    expect(texts(locked.body)).to.deep.equal(['Dieses Konto ist wegen zu vieler fehlgeschlagener Authentifizierungsversuche gesperrt.']);
    expect(messageKeys(locked.body)).to.deep.equal(messageKeys(lockedEn.body));
    // Each transaction has its own state handle; the rest is the same but for the wording.
    const strip = (body: Json) => JSON.stringify(body, (key, value) => (key === 'message' ? undefined : value)).replace(/02[\w-]{30,}/g, 'STATE');
    expect(strip(locked.body), 'only the wording differs').to.equal(strip(lockedEn.body));

    const expired = await de.identify('expired@example.com');
    expect(expired.status).to.equal(200);
    const change = (passcode: string) => de.idx('/idp/idx/challenge/answer', { credentials: { passcode } });
    expect(texts((await change('Sh0rt')).body)).to.deep.equal(['Die Passwortanforderungen wurden nicht erfüllt. Passwortanforderungen: mindestens 8 Zeichen.']);
    expect(texts((await change('')).body)).to.deep.equal(['Dieses Feld darf nicht leer sein']);
    expect(texts((await change('Okta-Verify-1')).body)).to.deep.equal(['Das Passwort wurde vor Kurzem schon verwendet']);
  });

  it('French and Japanese, and the terminal message of an expired transaction', async () => {
    const fr = new AskingDriver('fr-CH, fr;q=0.9');
    await fr.start();
    expect(texts((await fr.identify('verified@example.com', 'wrong')).body)).to.deep.equal(['Échec de l’authentification']);
    fr.stateHandle = 'unknown';
    const ended = await fr.idx('/idp/idx/identify', { identifier: 'x' });
    expect(ended.status).to.equal(401);
    expect(messageKeys(ended.body)).to.deep.equal(['idx.session.expired']);
    expect(texts(ended.body)[0]).to.match(/^Vous avez été déconnecté/);

    const ja = new AskingDriver('ja');
    await ja.start();
    expect(texts((await ja.identify('locked@example.com')).body)).to.deep.equal(['認証の失敗が多すぎるため、このアカウントはロックされています。']);
  });
});
