import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { devicePanel } from './support/device-panel.js';
import {
  chooseOktaVerify,
  errorBanner,
  pressInStep,
  pressOnDevice,
  pressRetry,
  pressSubmit,
  signIn,
  startEnrollment,
  stepAlert,
  stepRoot,
  typeInto,
  untilSignedIn,
  untilStep,
  untilText,
  widgetIn,
} from './support/play.js';
import { CLIENT_ID, currentCode, ISSUER, prepareOrg, type OrgSetup } from './support/simulator.js';

/**
 * Whole sign-ins: `<okta-verify-signin>` against the local Okta simulator, which runs in this page behind
 * MSW's service worker, and the user's virtual Okta Verify beside it. Every user's password is
 * `Okta-Verify-1`. Stories with a play function sign in by themselves; the others, and any story after
 * "Reset the org", are yours to try.
 */
interface FlowArgs {
  /** Whose device the panel shows. */
  user: string;
  lang: string;
  theme: 'light' | 'dark' | 'auto';
}

/** A story's `parameters.org`: faults and user settings on top of the demo org. */
const orgOf = (parameters: Record<string, unknown>) => parameters.org as OrgSetup | undefined;

const meta: Meta<FlowArgs> = {
  title: 'Flows',
  args: { user: 'verified@example.com', lang: 'en', theme: 'light' },
  argTypes: {
    user: { control: 'select', options: ['verified@example.com', 'number@example.com', 'new@example.com', 'optional@example.com', 'expired@example.com', 'expiring@example.com', 'multi@example.com', 'fastpass@example.com'] },
    lang: { control: 'select', options: ['en', 'es', 'fr', 'de', 'ja', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  parameters: { layout: 'padded' },
  // Each story starts on a fresh org: the simulator outlives a story when the page is not reloaded.
  loaders: [
    async ({ parameters }) => {
      await prepareOrg(orgOf(parameters));
    },
  ],
  render: (args, { parameters }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 2rem; align-items: flex-start">
      <div style="inline-size: 24rem">
        <okta-verify-signin issuer=${ISSUER} client-id=${CLIENT_ID} lang=${args.lang} theme=${args.theme}></okta-verify-signin>
      </div>
      ${devicePanel(args.user, () => prepareOrg(orgOf(parameters)))}
    </div>`,
};
export default meta;
type Story = StoryObj<FlowArgs>;

/** Password, then the code the device shows. */
export const SignInWithCode: Story = {
  name: 'Sign in with a code',
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await chooseOktaVerify(el, 'totp');
    await typeInto(canvasElement, 'Code', await currentCode(args.user));
    await pressSubmit(canvasElement, 'Verify');
    await untilSignedIn(canvasElement, el);
  },
};

/** Password, then a push that the device approves. */
export const PushApproved: Story = {
  name: 'Push approved',
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await chooseOktaVerify(el, 'push');
    await pressOnDevice(canvasElement, 'Approve');
    await untilSignedIn(canvasElement, el);
  },
};

/** The widget shows a number; the device offers three and the user taps the one shown. */
export const NumberChallenge: Story = {
  name: 'Number challenge',
  args: { user: 'number@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await chooseOktaVerify(el, 'push');
    const number = () => stepRoot(el).querySelector('[part=number]');
    await untilText(number, /^\s*\d{1,3}\s*$/);
    await pressOnDevice(canvasElement, number()!.textContent!.trim());
    await untilSignedIn(canvasElement, el);
  },
};

/** The device denies the push; the widget says so and offers to resend; the second one is approved. */
export const PushDeniedThenResend: Story = {
  name: 'Push denied, then resent',
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await chooseOktaVerify(el, 'push');
    await pressOnDevice(canvasElement, 'Deny');
    await untilText(stepAlert(el), /rejected/);
    await pressInStep(el, '[part=resend]');
    await pressOnDevice(canvasElement, 'Approve');
    await untilSignedIn(canvasElement, el);
  },
};

/** A wrong password is refused with Okta's message; what was typed stays, and the right one goes on. */
export const WrongPassword: Story = {
  name: 'Wrong password',
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user, { password: 'not-the-password' });
    await untilText(stepAlert(el), /Check your username and password/);
    await expect(el.querySelector<HTMLInputElement>('input[name=username]')!.value).toBe(args.user);
    await signIn(canvasElement, args.user, { until: 'choose-authenticator' });
  },
};

/** Okta answers the password with 429: the widget counts down, then "Try again" goes on. */
export const RateLimited: Story = {
  name: 'Rate limited (429)',
  parameters: { org: { faults: [{ path: '/idp/idx/identify', method: 'POST', status: 429, resetSeconds: 2 }] } satisfies OrgSetup },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await untilText(errorBanner(el), /Too many attempts\. Try again in \d+ seconds?\./);
    await expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part=error-action]')!.disabled).toBe(true);
    await pressRetry(el);
    await untilStep(el, 'choose-authenticator');
  },
};

/** Okta answers the password with 503: the widget says so, keeps the input, and "Try again" goes on. */
export const ServiceUnavailable: Story = {
  name: 'Service unavailable (503)',
  parameters: { org: { faults: [{ path: '/idp/idx/identify', method: 'POST', status: 503 }] } satisfies OrgSetup },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user);
    await untilText(errorBanner(el), /had a problem/);
    await pressRetry(el);
    await untilStep(el, 'choose-authenticator');
  },
};

/** Okta FastPass: Okta Verify on this computer answers over loopback; nothing is typed. */
export const SignInWithFastPass: Story = {
  name: 'Sign in with Okta FastPass',
  args: { user: 'fastpass@example.com' },
  play: async ({ canvasElement }) => {
    const el = widgetIn(canvasElement);
    await pressInStep(el, '[part=fastpass]');
    await untilSignedIn(canvasElement, el);
  },
};

/** Required Okta Verify enrollment: the device scans the QR code in the widget and the sign-in goes on. */
export const EnrollByQrCode: Story = {
  name: 'Enroll by QR code',
  args: { user: 'new@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await startEnrollment(canvasElement, args.user);
    await pressOnDevice(canvasElement, 'Scan the QR code');
    await untilSignedIn(canvasElement, el);
  },
};

/** "Can't scan?": the setup link goes to the outbox by email, and the device opens it. */
export const EnrollByEmailLink: Story = {
  name: 'Enroll by email link',
  args: { user: 'new@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await startEnrollment(canvasElement, args.user);
    await pressInStep(el, '[part=switch-channel]', 'choose-channel');
    await pressInStep(el, 'button[data-channel=email]', 'send-setup-link');
    await typeInto(canvasElement, 'Email', 'nia@example.com');
    await pressSubmit(canvasElement, 'Send me the setup link');
    await untilStep(el, 'open-setup-link');
    await pressOnDevice(canvasElement, 'Open link');
    await untilSignedIn(canvasElement, el);
  },
};

/** Optional enrollment: "Set up later" signs in without Okta Verify. */
export const OptionalEnrollment: Story = {
  name: 'Optional enrollment: set up later',
  args: { user: 'optional@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user, { until: 'choose-authenticator' });
    await pressInStep(el, '[part=skip]');
    await untilSignedIn(canvasElement, el);
  },
};

/** The password has expired: the widget asks for a new one under the org's rules, then signs in. */
export const PasswordExpired: Story = {
  name: 'Password expired',
  args: { user: 'expired@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user, { until: 'set-password' });
    await typeInto(canvasElement, 'New password', 'Brand-New-Pass-7');
    await typeInto(canvasElement, 'Re-enter the new password', 'Brand-New-Pass-7');
    await pressSubmit(canvasElement, 'Change password');
    await untilSignedIn(canvasElement, el);
  },
};

/** The password expires in a few days: "Remind me later" signs in with the old one. */
export const PasswordExpiring: Story = {
  name: 'Password expiring: remind me later',
  args: { user: 'expiring@example.com' },
  play: async ({ canvasElement, args }) => {
    const el = await signIn(canvasElement, args.user, { until: 'set-password' });
    await pressInStep(el, '[part=skip]');
    await untilSignedIn(canvasElement, el);
  },
};

/** No play function: sign in as any demo user, and answer on the device yourself. */
export const TryIt: Story = {
  name: 'Try it',
  args: { user: 'multi@example.com' },
};
