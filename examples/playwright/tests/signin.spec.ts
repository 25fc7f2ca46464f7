// Each test makes its own user, so the tests run in parallel on one simulator without touching each other.
import { expect, test } from './fixtures.js';

test('signs in with a code from the user\'s Okta Verify', async ({ sim, signIn }) => {
  const user = await sim.createUser({ oktaVerify: { push: false } });
  const page = await signIn(user.username, user.password);
  const { code } = await sim.totp(user.username);
  await page.locator('input[name=code]').fill(code);
  await page.locator('input[name=code]').press('Enter');
  await expect(page.locator('#result')).toHaveText(`Signed in as ${user.username}`);
});

test('signs in with a push, approved on the device with the number shown', async ({ sim, signIn }) => {
  const user = await sim.createUser({ oktaVerify: { totp: false, numberChallenge: true } });
  const page = await signIn(user.username, user.password);
  // This sign-in's own transaction, and the push it sent.
  const [transaction] = await sim.transactions({ username: user.username });
  const push = await sim.waitForPush({ transactionId: transaction!.id });
  await expect(page.locator('[part=number]')).toHaveText(push.correctAnswer!);
  await sim.approvePush({ transactionId: transaction!.id }, push.correctAnswer);
  await expect(page.locator('#result')).toHaveText(`Signed in as ${user.username}`);
});
