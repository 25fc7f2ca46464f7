/**
 * Choosing the language from any BCP 47 tag (one answer for loading, lookup and direction), counts in each
 * language's grammar, and the push number challenge left as Okta Verify shows it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../helpers/steps-defined.js';
import type { OvsPushStep } from '../../src/index.js';
import { en } from '../../src/i18n/en.js';
import { LANGUAGES, SHIPPED_LANGUAGES } from '../../src/i18n/languages/index.js';
import { directionOf, loadLanguage, registerTranslation, resolveLanguage, term } from '../../src/i18n/localize.js';
import { formatNumber, plural } from '../../src/i18n/plural.js';

describe('choosing the language', () => {
  const cases: Array<[string, string]> = [
    ['de', 'de'],
    ['DE', 'de'],
    ['de-AT', 'de'],
    ['de_CH', 'de'],
    ['fr-CA', 'fr'],
    ['en-GB', 'en'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-AO', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['no', 'nb'],
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['nn', 'nb'],
    ['nn-NO', 'nb'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['he-IL', 'he'],
    ['in', 'id'],
    ['in-ID', 'id'],
    ['ar-EG', 'ar'],
    ['ja-JP', 'ja'],
    ['sr', 'en'],
    ['fa-IR', 'en'],
    ['x-nothing', 'en'],
    ['', 'en'],
  ];
  for (const [tag, code] of cases) {
    it(`${JSON.stringify(tag)} → ${code}`, () => expect(resolveLanguage(tag)).to.equal(code));
  }
  it('undefined → en', () => expect(resolveLanguage(undefined)).to.equal('en'));

  it('31 languages: English built in, 30 each loaded on demand from a module of its own', () => {
    expect(SHIPPED_LANGUAGES).to.have.length(31);
    expect(Object.keys(LANGUAGES)).to.have.length(30);
    expect(new Set(Object.values(LANGUAGES).map(String)).size, 'a separate import each').to.equal(30);
    for (const code of SHIPPED_LANGUAGES) expect(resolveLanguage(code), code).to.equal(code);
  });

  it('every shipped module names itself, in its own language, and says its direction', async () => {
    for (const [code, load] of Object.entries(LANGUAGES)) {
      const table = (await load()).default;
      expect(table.$code, code).to.equal(code);
      expect(table.$name, code).to.be.a('string').and.not.equal(en.$name);
      expect(table.$dir, code).to.equal(code === 'ar' || code === 'he' ? 'rtl' : 'ltr');
    }
  });

  it('loading and direction follow the same answer: iw loads Hebrew, right to left before it arrives', async () => {
    expect(directionOf('iw')).to.equal('rtl');
    expect(directionOf('zh-Hant')).to.equal('ltr');
    expect(directionOf('fa'), 'not shipped: English, left to right').to.equal('ltr');
    await loadLanguage('iw-IL');
    expect(term('iw', 'signIn'), 'the table in use is he (a placeholder shows English)').to.be.a('string');
    await loadLanguage('de-AT');
    expect(term('de-AT', 'codeHeading')).to.equal('Code eingeben');
  });

  it('a page\'s registered language wins over an alias, and a region falls back to it key by key', () => {
    registerTranslation({ $code: 'qzz', codeHeading: 'QZZ heading' });
    registerTranslation({ $code: 'qzz-Hant', verify: 'QZZ-Hant verify' });
    expect(resolveLanguage('qzz-Hant-TW')).to.equal('qzz-Hant');
    expect(term('qzz-hant-tw', 'verify')).to.equal('QZZ-Hant verify');
    expect(term('qzz-hant-tw', 'codeHeading')).to.equal('QZZ heading');
    registerTranslation({ $code: 'pt', signIn: 'Entrar (pt)' });
    expect(resolveLanguage('pt-PT'), 'registered pt is shown for pt-PT').to.equal('pt');
    expect(resolveLanguage('pt-BR'), 'the shipped table still serves pt-BR').to.equal('pt-BR');
  });
});

describe('counts in each language', () => {
  it('plural picks the form by Intl.PluralRules, other when a form is missing', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: 'x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, forms)).join('')).to.equal('zotfmx');
    expect([1, 2, 5, 22, 25].map((n) => plural('pl', n, forms)).join('')).to.equal('ofmfm');
    expect([1, 3, 5, 21].map((n) => plural('ru', n, forms)).join('')).to.equal('ofmo');
    expect([0, 1, 2].map((n) => plural('fr', n, forms)).join('')).to.equal('oox');
    expect(plural('ja', 1, { one: 'o', other: 'x' })).to.equal('x');
    expect(plural('en', 1, { other: 'x' })).to.equal('x');
    expect(plural('not a tag!', 1, { one: 'o', other: 'x' }), 'a malformed tag counts as English').to.equal('o');
  });

  it('formatNumber writes digits and grouping the language\'s way', () => {
    expect(formatNumber('en', 1234)).to.equal('1,234');
    expect(formatNumber('de', 1234)).to.equal('1.234');
    expect(formatNumber('ar', 30)).to.equal(new Intl.NumberFormat('ar').format(30));
  });

  it('"Try again in N seconds" and the password rules agree with N', async () => {
    expect(term('en', 'errorRateLimitedWait', 1)).to.equal('Too many attempts. Try again in 1 second.');
    expect(term('en', 'errorRateLimitedWait', 30)).to.equal('Too many attempts. Try again in 30 seconds.');
    expect(term('en', 'ruleMinLength', 1)).to.equal('At least 1 character');
    expect(term('en', 'passwordExpiresInDays', 0)).to.equal('Your password expires today');
    expect(term('en', 'passwordExpiresInDays', 1)).to.equal('Your password will expire in 1 day');
    await Promise.all(['ar', 'de', 'fr'].map((l) => loadLanguage(l)));
    expect(term('de', 'errorRateLimitedWait', 1)).to.contain('1 Sekunde.');
    expect(term('de', 'errorRateLimitedWait', 5)).to.contain('5 Sekunden.');
    expect(term('fr', 'ruleMinLength', 1)).to.equal('Au moins 1 caractère');
    expect(term('ar', 'errorRateLimitedWait', 2)).to.contain('ثانيتين');
    expect(term('ar', 'errorRateLimitedWait', 5)).to.contain(`${formatNumber('ar', 5)} ثوانٍ`);
    expect(term('ar', 'errorRateLimitedWait', 30)).to.contain(`${formatNumber('ar', 30)} ثانية`);
  });
});

describe('the push number challenge', () => {
  it('shows the digits Okta Verify shows, never localised, in Arabic too', async () => {
    const el = await fixture<OvsPushStep>(html`<ovs-push-step lang="ar-EG" correct-answer="42" waiting></ovs-push-step>`);
    await loadLanguage('ar');
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'ar', { timeout: 3000 });
    await el.updateComplete;
    const number = el.shadowRoot!.querySelector('[part=number]')!;
    expect(number.textContent!.trim()).to.equal('42');
    expect(number.getAttribute('aria-label')).to.contain('42');
    // Egypt writes Arabic-Indic digits: localising the number would have shown ٤٢ here.
    expect(formatNumber('ar-EG', 42), 'what localising would have shown').to.equal('٤٢');
  });
});
