import { formatNumber, plural } from './plural.js';

/**
 * English strings: the reference translation, complete. Every user-visible string in the widget has a key here.
 * Other languages give any of these keys (`TranslationInput`) and register with `registerTranslation`; a key
 * they leave out shows in English. `npm run i18n-report` tells what each shipped language lacks.
 *
 * Grouped by the step that shows them; each language file keeps the same groups in the same order.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',

  // Sign-in: username and password.
  signInHeading: 'Sign in',
  username: 'Username',
  password: 'Password',
  showPassword: 'Show',
  showPasswordLabel: (field: string) => `Show ${field.toLowerCase()}`,
  signIn: 'Sign in',
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',
  rememberMe: 'Keep me signed in',
  signInWith: (provider: string) => `Sign in with ${provider}`,
  orSignInWith: 'or',
  signingInAs: 'Signing in as',
  notYou: 'Not you?',
  recoverHeading: 'Reset your password',
  recoverIntro: 'Enter your username, and we’ll help you reset your password.',
  next: 'Next',
  enterPasswordHeading: 'Verify with your password',

  // Staying signed in after signing in.
  keepSignedInHeading: 'Stay signed in?',
  keepSignedInIntro: 'Stay signed in on this device so you don’t have to sign in again for a while.',
  keepSignedInYes: 'Stay signed in',
  keepSignedInNo: 'Don’t stay signed in',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'Verify it’s you with a security method',
  chooseAuthenticatorIntro: 'Select from the following options.',
  recoverListHeading: 'Verify it’s you to reset your password',
  unlockHeading: 'Unlock your account',
  unlockIntro: 'Enter your username, then choose how to verify it’s you.',
  selectAuthenticator: (name: string) => `Select ${name}`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Password',
  authenticatorPhone: 'Phone',
  authenticatorEmail: 'Email',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Security key or biometric authenticator',
  authenticatorSecurityQuestion: 'Security question',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `Verify with ${authenticator}`,
  chooseMethodIntro: 'How would you like to verify?',
  methodPush: 'Get a push notification',
  methodTotp: 'Enter a code',
  methodPushHint: 'Approve a notification on your device.',
  methodTotpHint: 'Type the 6-digit code shown in the app.',
  autoChallenge: 'Send push automatically',
  methodFastPass: 'Use Okta FastPass',
  methodFastPassHint: 'Confirm with Okta Verify on this device.',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'Enter a code',
  codeIntro: (authenticator: string) => `Enter the code from ${authenticator}.`,
  codeIntroSentTo: (to: string) => `Enter the code we sent to ${to}.`,
  code: 'Code',
  verify: 'Verify',
  codeRequired: 'Enter the code.',
  codeFormat: 'The code is 6 digits.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'Get a push notification',
  pushSent: 'Push notification sent. Respond on your device.',
  pushNumberIntro: 'On your device, tap this number:',
  pushNumberLabel: (n: string) => `Tap ${n} on your device`,
  pushReminder: (app: string) => `Haven’t received a push notification yet? Open ${app} on your device, or send it again.`,
  resendPush: 'Resend push notification',

  // Enrollment: which security methods to set up.
  enrollHeading: 'Set up security methods',
  enrollRequiredIntro: 'Your organization requires you to set up the following method to sign in.',
  enrollOptionalIntro: 'You can set up a security method now, or later.',
  setUpAuthenticator: (name: string) => `Set up ${name}`,
  setUpLater: 'Set up later',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Set up Okta Verify',
  enrollQrStep1: 'On your mobile device, download the Okta Verify app from the App Store or Google Play.',
  enrollQrStep2: 'Open Okta Verify and add an account.',
  enrollQrStep3: 'Scan the QR code below with the app.',
  enrollQrAlt: 'QR code to scan with the Okta Verify app on your mobile device',
  enrollQrUnavailable: 'The QR code can’t be shown. Choose “Can’t scan?” to get a setup link instead.',
  enrollWaiting: 'Waiting for you to finish setting up on your device…',
  cantScan: 'Can’t scan?',
  returnToList: 'Return to the list of methods',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'More ways to set up',
  enrollChannelIntro: 'How would you like to set up Okta Verify?',
  channelQr: 'Scan a QR code',
  channelQrHint: 'Use the app’s camera on this screen.',
  channelEmail: 'Email me a setup link',
  channelEmailHint: 'Open the link on your mobile device.',
  channelSms: 'Text me a setup link',
  channelSmsHint: 'Open the link on your mobile device.',
  enrollEmailHeading: 'Set up with an email link',
  enrollEmailIntro: 'Enter an email address you can open on your mobile device.',
  enrollSmsHeading: 'Set up with a text message',
  enrollSmsIntro: 'Enter the number of your mobile device.',
  email: 'Email',
  phoneNumber: 'Phone number',
  sendSetupLink: 'Send me the setup link',
  emailRequired: 'Enter an email address.',
  emailFormat: 'Enter an email address like name@example.com.',
  phoneRequired: 'Enter a phone number.',
  phoneFormat: 'Enter a phone number with its country code, like +1 555 010 0100.',
  enterPhoneHeading: 'Set up phone authentication',
  enterPhoneIntro: 'Enter your phone number, then choose how to receive the code.',
  phoneMethodSms: 'Text message (SMS)',
  phoneMethodVoice: 'Voice call',
  sendCode: 'Send code',
  enrollSentEmailHeading: 'Check your email',
  enrollSentSmsHeading: 'Check your text messages',
  enrollSentTo: 'We sent a setup link to',
  enrollSentEmailIntro: 'Open the email on your mobile device and tap the link to set up Okta Verify.',
  enrollSentSmsIntro: 'Tap the link in the message on your mobile device to set up Okta Verify.',
  sendAgain: 'Send again',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'Your password has expired',
  passwordExpiringHeading: 'Your password will expire soon',
  passwordExpiresInDays: (days: number) => { const num = formatNumber('en', days); return days === 0 ? 'Your password expires today' : plural('en', days, { one: `Your password will expire in ${num} day`, other: `Your password will expire in ${num} days` }); },
  passwordExpiredIntro: 'Choose a new password to continue signing in.',
  passwordExpiringIntro: 'Change it now so you can keep signing in.',
  passwordRulesIntro: 'Your password needs:',
  ruleMinLength: (n: number) => { const num = formatNumber('en', n); return plural('en', n, { one: `At least ${num} character`, other: `At least ${num} characters` }); },
  ruleLowerCase: 'A lowercase letter',
  ruleUpperCase: 'An uppercase letter',
  ruleNumber: 'A number',
  ruleSymbol: 'A symbol',
  ruleNoUsername: 'No part of your username',
  ruleNoName: 'Not your first or last name',
  ruleMaxRepeat: (n: number) => { const num = formatNumber('en', n); return plural('en', n, { one: 'No character more than once in a row', other: `No character more than ${num} times in a row` }); },
  ruleHistory: (n: number) => { const num = formatNumber('en', n); return plural('en', n, { one: 'Not your last password', other: `Not one of your last ${num} passwords` }); },
  newPassword: 'New password',
  confirmPassword: 'Re-enter the new password',
  changePassword: 'Change password',
  confirmRequired: 'Enter the new password again.',
  passwordsDiffer: 'The passwords don’t match.',
  remindMeLater: 'Remind me later',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'Reset your password',
  resetPasswordIntro: 'Choose a new password for your account.',
  resetPassword: 'Reset password',
  revokeSessions: 'Sign me out of all other devices',
  passwordRulesUnmet: 'Your password doesn’t meet the requirements yet.',
  ruleMet: 'done',
  ruleNotMet: 'not yet',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'Verify with something else',
  tryAnotherWay: 'Try another way',
  backToSignIn: 'Back to sign in',
  forgotPassword: 'Forgot password?',
  unlockAccount: 'Unlock account?',
  continueOnHosted: 'Continue on your organization’s sign-in page',
  skip: 'Skip',
  resend: 'Send again',
  startOver: 'Start over',
  tryAgain: 'Try again',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'Working…',
  reconnecting: 'Connection lost. Reconnecting…',
  signedIn: 'You are signed in.',
  errorHeading: 'Something went wrong',
  unsupportedStep: 'This sign-in step is not available here. Start over or use another method.',
  unsupportedStepHosted: 'This sign-in step is not available here. Continue on your organization’s sign-in page, or start over.',
  noticeHeading: 'Please note',
  passwordResetHeading: 'Your password has been reset',
  accountUnlockedHeading: 'Your account is unlocked',
  returnToTabHeading: 'Return to the original tab',
  codeElsewhereHeading: 'Enter this code in your original browser',
  requestedFrom: 'Requested from',
  handledByPageHeading: 'Continue on this page',
  handledByPage: 'This site will take you through the next step.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'We can’t reach the sign-in service. Check your connection and try again.',
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorRateLimitedWait: (seconds: number) => { const num = formatNumber('en', seconds); return plural('en', seconds, { one: `Too many attempts. Try again in ${num} second.`, other: `Too many attempts. Try again in ${num} seconds.` }); },
  errorServer: 'The sign-in service had a problem. Try again in a moment.',
  errorInvalidResponse: 'The sign-in service sent a response we could not read. Try again.',
  errorSessionExpired: 'Your sign-in session has expired. Start over to sign in.',
  errorConfig: 'This sign-in form is not set up correctly. Contact the site’s administrator.',
  errorToken: 'We could not complete sign-in. Start over to try again.',
  errorUnknown: 'Something went wrong. Try again.',

  // Okta FastPass: Okta Verify on this device signs the user in.
  signInWithFastPass: 'Sign in with Okta FastPass',
  fastPassHeading: 'Sign in with Okta FastPass',
  fastPassVerifyHeading: 'Verify with Okta FastPass',
  fastPassReaching: 'Opening Okta Verify on this device…',
  fastPassLoopbackIntro: 'If Okta Verify asks, confirm that it’s you.',
  fastPassCustomUriIntro: 'If your browser asks, choose “Open Okta Verify”, then confirm in Okta Verify that it’s you.',
  fastPassAppLinkIntro: 'Open Okta Verify on this device and confirm that it’s you.',
  fastPassNoLink: 'Okta Verify can’t be opened from this page. Sign in another way.',
  fastPassWaiting: 'Waiting for Okta Verify…',
  openOktaVerify: 'Open Okta Verify',
  noOktaVerify: 'Don’t have Okta Verify?',
  downloadOktaVerify: 'Download Okta Verify',

  // Setting up Okta Verify on the device showing the page, and enrolling the device itself.
  thisDeviceHeading: 'Set up Okta Verify on this device',
  thisDeviceInstall: 'Install Okta Verify on this device and open it.',
  thisDeviceAddAccount: 'In Okta Verify, add an account for your organization.',
  thisDeviceOrgUrl: 'If Okta Verify asks for your organization’s sign-in address, enter:',
  thisDeviceFromDevices: (devices: string) => `Your account is already in Okta Verify on ${devices}. Open Okta Verify on this device, add your account, and follow its steps.`,
  thisDeviceWaiting: 'This page continues once Okta Verify is set up.',
  enrollDeviceHeading: 'Set up this device',
  enrollDeviceIntro: 'To use this app, this device must first be set up for your organization.',
  enrollDeviceMdmIntro: (vendor: string) => `Enroll this device with ${vendor}: copy the link, open it in your browser and follow the steps.`,
  enrollDeviceThen: 'When you’re done, sign in again.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied.',

  // Local wording for messages the server sends, keyed by their `i18n.key`: a table of its own, so a server key
  // can never pick a UI string (or `$code`). A key with no wording here shows the server's own text.
  $messages: {
    'errors.E0000004': 'Sign-in failed. Check your username and password.',
    'incorrectPassword': 'Password is incorrect.',
    'api.authn.error.PASSCODE_INVALID': 'Invalid code. Try again.',
    'idx.session.expired': 'Your sign-in session has expired. Start over to sign in.',
    'api.authn.poll.error.push_rejected': 'You rejected this push notification.',
    'core.system.transaction_resource_not_found': 'Verification timed out. Start over to sign in.',
    'E0000010': 'The verification window has expired. Start over to sign in.',
    'tooManyRequests': 'Too many attempts. Wait a moment and try again.',
    'security.access_denied': 'You don’t have permission to sign in here.',
    'E0000009': 'The sign-in service had a problem. Try again in a moment.',
    'idx.password.expiring.message': 'When your password expires, you will have to change it before you can sign in.',
    E0000069: 'This account is locked after too many failed attempts. Contact your administrator to unlock it.',
    'idx.recovery.completed': 'You can now sign in with your username and new password.',
    'oie.selfservice.unlock_user.success.message': 'You can sign in with your username and password.',
    'oie.selfservice.unlock_user.failed.message': 'We can’t unlock your account right now. Contact your administrator.',
    'idx.return.to.original.tab': 'You verified your email. Return to the original tab to continue.',
    'idx.enter.otp.in.original.tab': 'Type this code where you started signing in.',
    'ovs.redirectInvalid': 'This sign-in link is no longer valid. Sign in again.',
    'ovs.fastPassUnreachable': 'Okta Verify didn’t respond on this device. Make sure it is installed and open, or sign in another way.',
    'ovs.fastPassFailed': 'Okta Verify on this device couldn’t verify you. Try again, or sign in another way.',
    'ovs.fastPassLocalNetworkDenied': 'Your browser blocked this page from reaching Okta Verify on this device. Allow this site to access apps and devices on your local network in the browser’s site settings, then try again.',
    'ovs.numberChallengeUnreadable': 'The number to tap could not be shown. Send the push again, or verify with something else.',
  } as Record<string, string>,
};

/** The complete shape, English's: every key, each a string or a function that builds one. */
export type Translation = { [K in keyof typeof en]: (typeof en)[K] };
export type TranslationKey = Exclude<keyof Translation, `$${string}`>;

/**
 * A translation as registered, and as each shipped language is written: its code and any of English's keys; a
 * key left out shows in English. A function must take English's arguments (`codeIntro: (n: number) => …` is an
 * error), and a key English lacks is an error too.
 */
export type TranslationInput = Partial<Omit<Translation, '$code' | '$messages'>> & { $code: string; $messages?: Record<string, string> };
