/**
 * The messages the simulated org sends, with Okta's `i18n.key`s and English wording, so a client can
 * prefer its own translation for the key and fall back to the text.
 */
export interface IdxMessage {
  message: string;
  i18n: { key: string; params?: unknown[] };
  class: 'ERROR' | 'INFO' | 'WARNING';
}

function error(key: string, message: string): IdxMessage {
  return { message, i18n: { key }, class: 'ERROR' };
}

function info(key: string, message: string): IdxMessage {
  return { message, i18n: { key }, class: 'INFO' };
}

const ORG_NAME = 'okta-verify-signin demo';

export const MESSAGES = {
  authenticationFailed: error('errors.E0000004', 'Authentication failed'),
  fieldBlank: error('model.validation.field.blank', 'This field cannot be left blank'),
  passcodeInvalid: error('api.authn.error.PASSCODE_INVALID', 'Invalid code. Try again.'),
  passwordIncorrect: error('incorrectPassword', 'Password is incorrect'),
  pushRejected: error('api.authn.poll.error.push_rejected', 'You have chosen to reject this login.'),
  verificationTimedOut: error('core.system.transaction_resource_not_found', 'Verification timed out. Please try again'),
  sessionExpired: error('idx.session.expired', 'You have been logged out due to inactivity. Refresh or return to the sign in screen.'),
  malformedRequest: error('E0000003', 'The request body was not well-formed.'),
  invalidAuthenticator: error('E0000001', 'Api validation failed: authenticator'),
  unexpectedStep: error('E0000001', 'Api validation failed: this step is not available now'),
  /** Password policy: the list names the rules the new password broke, in Okta's wording. */
  passwordRequirements: (unmet: string[]): IdxMessage => ({
    message: `Password requirements were not met. Password requirements: ${unmet.join(', ')}.`,
    i18n: { key: 'password.complexity.requirements', params: [unmet.join(', ')] },
    class: 'ERROR',
  }),
  accountLocked: error('E0000069', 'This account is locked because of too many failed authentication attempts.'),
  passwordReused: error('password.passwordHistory', 'Password has been used too recently'),
  passwordExpiring: (_user: unknown): IdxMessage => ({
    message: `When your password expires, you will have to change your password before you can login to your ${ORG_NAME} account.`,
    i18n: { key: 'idx.password.expiring.message', params: [ORG_NAME] },
    class: 'INFO',
  }),
  /** The reset password's policy message, as Okta words it on `reset-authenticator`. */
  passwordRequirementsNotMet: (unmet: string[]): IdxMessage => {
    const rules = `Password requirements: ${unmet.join(', ')}.`;
    return { message: `Password requirements were not met. ${rules}`, i18n: { key: 'password.passwordRequirementsNotMet', params: [rules] }, class: 'ERROR' };
  },
  recoveryNotAllowed: error('E0000017', 'Reset password is not allowed at this time.'),
  recoveryCompleted: info('idx.recovery.completed', 'You can now sign in with your existing username and new password.'),
  unlockSucceeded: { message: 'You can log in using your existing username and password', i18n: { key: 'oie.selfservice.unlock_user.success.message', params: [] }, class: 'INFO' } as IdxMessage,
  unlockFailed: { message: 'We are unable to unlock your account at this time, please contact your administrator', i18n: { key: 'oie.selfservice.unlock_user.failed.message', params: [] }, class: 'ERROR' } as IdxMessage,
  returnToOriginalTab: info('idx.return.to.original.tab', 'Please return to the original tab.'),
  enterCodeInOriginalTab: info('idx.enter.otp.in.original.tab', 'Enter the OTP in your original browser or device.'),
  invalidEmail: error('registration.error.invalidEmail', 'Invalid email address.'),
  invalidPhone: error('api.factors.error.sms.invalid_phone', 'Invalid Phone Number.'),
};
