// English comes in three parts in the package build (scripts/build/english-parts-plugin.js): the first render's,
// the everyday one (the flow and an everyday sign-in's steps) and the rarer steps'. Together they are all of
// English, each key in one part, and a rarer step's key is named by no module outside the rarer steps' chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';
import { englishParts } from '../../scripts/build/english-parts-plugin.js';

const { en } = await tsImport('../../src/i18n/en.ts', import.meta.url);

test('the three parts of English are all of it, each key once', () => {
  const { first, everyday, rarer } = englishParts(en);
  const words = (list) => list.filter((key) => !key.startsWith('$'));
  const all = [...words(first), ...words(everyday), ...words(rarer)];
  assert.deepEqual([...all].sort(), Object.keys(en).filter((key) => !key.startsWith('$')).sort());
  assert.equal(new Set(all).size, all.length, 'a key in two parts');
  for (const part of [everyday, rarer]) assert.ok(part.includes('$code'), 'each part registers as English');
  assert.ok(everyday.includes('$messages'), "Okta's message keys come with the flow");
});

test('the rarer steps have words of their own, and the everyday steps keep theirs', () => {
  const { everyday, rarer } = englishParts(en);
  assert.ok(rarer.length > 20, `only ${rarer.length} keys for the rarer steps`);
  // Shown by the push step, the authenticator list and every step's actions: an everyday sign-in has them.
  for (const key of ['pushHeading', 'resendPush', 'chooseAuthenticatorHeading', 'authenticatorOktaVerify', 'backToSignIn']) assert.ok(everyday.includes(key), key);
  // Shown only while setting up Okta Verify.
  assert.ok(rarer.some((key) => /^enroll/i.test(key)), 'no enrollment key among the rarer ones');
});
