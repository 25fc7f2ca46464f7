/**
 * English strings: the reference translation. Every user-visible string in the widget has a key here;
 * other languages implement the same `Translation` shape and register it with `registerTranslation`.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  signInHeading: 'Sign in',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',

  chooseAuthenticatorHeading: 'Verify it’s you with a security method',
  chooseAuthenticatorIntro: 'Select from the following options.',
  selectAuthenticator: (name: string) => `Select ${name}`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Password',
  authenticatorPhone: 'Phone',
  authenticatorEmail: 'Email',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Security key or biometric authenticator',
  authenticatorSecurityQuestion: 'Security question',

  chooseMethodHeading: 'Verify with Okta Verify',
  chooseMethodIntro: 'How would you like to verify?',
  methodPush: 'Get a push notification',
  methodTotp: 'Enter a code',
  methodPushHint: 'Approve a notification on your device.',
  methodTotpHint: 'Type the 6-digit code shown in the app.',

  codeHeading: 'Enter a code',
  codeIntro: 'Enter the 6-digit code from the Okta Verify app.',
  code: 'Code',
  verify: 'Verify',
  codeRequired: 'Enter the code from Okta Verify.',
  codeFormat: 'The code is 6 digits.',

  pushHeading: 'Get a push notification',
  pushSent: 'Push notification sent. Respond on your device.',
  pushNumberIntro: 'On your device, tap this number:',
  pushNumberLabel: (n: string) => `Tap ${n} on your device`,
  pushReminder: 'Haven’t received a push notification yet? Open Okta Verify on your device, or send it again.',
  resendPush: 'Resend push notification',
  reconnecting: 'Connection lost. Reconnecting…',

  verifyWithSomethingElse: 'Verify with something else',
  back: 'Back',
  startOver: 'Start over',
  tryAgain: 'Try again',
  working: 'Working…',
  signedIn: 'You are signed in.',
  errorHeading: 'Something went wrong',
  unsupportedStep: 'This sign-in step is not available here. Start over or use another method.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'We can’t reach the sign-in service. Check your connection and try again.',
  errorRateLimited: 'Too many attempts. Wait a moment and try again.',
  errorServer: 'The sign-in service had a problem. Try again in a moment.',
  errorInvalidResponse: 'The sign-in service sent a response we could not read. Try again.',
  errorSessionExpired: 'Your sign-in session has expired. Start over to sign in.',
  errorConfig: 'This sign-in form is not set up correctly. Contact the site’s administrator.',
  errorToken: 'We could not complete sign-in. Start over to try again.',
  errorUnknown: 'Something went wrong. Try again.',

  // Local wording for messages the server sends, keyed by their `i18n.key`.
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
};

/** The shape every translation implements: same keys as English, strings or functions that build them. */
export type Translation = { [K in keyof typeof en]: (typeof en)[K] };
export type TranslationKey = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
