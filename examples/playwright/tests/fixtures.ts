// `sim`: the simulator's control API; `signIn`: the app, on the sign-in form, for a username and password.
import { test as base, expect, type Page } from '@playwright/test';
import { SimulatorClient } from 'okta-verify-signin/sim/client';

export const test = base.extend<{ sim: SimulatorClient; signIn: (username: string, password: string) => Promise<Page> }>({
  sim: async ({}, use) => {
    await use(new SimulatorClient(process.env.SIM_URL));
  },
  signIn: async ({ page }, use) => {
    await use(async (username, password) => {
      await page.goto(`${process.env.APP_URL}?issuer=${encodeURIComponent(process.env.SIM_ISSUER!)}`);
      await page.locator('input[name=username]').fill(username);
      await page.locator('input[name=password]').fill(password);
      await page.locator('input[name=password]').press('Enter');
      // The password is right: the list of authenticators; Okta Verify, which asks for push or code.
      await page.locator('button[data-key=okta_verify]').click();
      return page;
    });
  },
});

export { expect };
