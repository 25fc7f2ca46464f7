/** Deutsch. */
import type { TranslationInput } from '../en.js';

const de = {
  $code: 'de',
  $name: 'Deutsch',
  $dir: 'ltr',

  // Sign-in: username and password.
  signInHeading: 'Anmelden',
  username: 'Benutzername',
  password: 'Passwort',
  showPassword: 'Anzeigen',
  showPasswordLabel: (field: string) => `${field} anzeigen`,
  signIn: 'Anmelden',
  usernameRequired: 'Geben Sie Ihren Benutzernamen ein.',
  passwordRequired: 'Geben Sie Ihr Passwort ein.',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'Bestätigen Sie Ihre Identität mit einer Sicherheitsmethode',
  chooseAuthenticatorIntro: 'Wählen Sie eine der folgenden Optionen.',
  selectAuthenticator: (name: string) => `${name} auswählen`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Passwort',
  authenticatorPhone: 'Telefon',
  authenticatorEmail: 'E-Mail',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Sicherheitsschlüssel oder biometrischer Authentifikator',
  authenticatorSecurityQuestion: 'Sicherheitsfrage',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `Mit ${authenticator} bestätigen`,
  chooseMethodIntro: 'Wie möchten Sie Ihre Identität bestätigen?',
  methodPush: 'Push-Benachrichtigung erhalten',
  methodTotp: 'Code eingeben',
  methodPushHint: 'Bestätigen Sie eine Benachrichtigung auf Ihrem Gerät.',
  methodTotpHint: 'Geben Sie den 6-stelligen Code aus der App ein.',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'Code eingeben',
  codeIntro: (authenticator: string) => `Geben Sie den Code aus ${authenticator} ein.`,
  codeIntroSentTo: (to: string) => `Geben Sie den Code ein, den wir an ${to} gesendet haben.`,
  code: 'Code',
  verify: 'Bestätigen',
  codeRequired: 'Geben Sie den Code ein.',
  codeFormat: 'Der Code hat 6 Ziffern.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'Push-Benachrichtigung erhalten',
  pushSent: 'Push-Benachrichtigung gesendet. Antworten Sie auf Ihrem Gerät.',
  pushNumberIntro: 'Tippen Sie auf Ihrem Gerät auf diese Zahl:',
  pushNumberLabel: (n: string) => `Tippen Sie auf Ihrem Gerät auf ${n}`,
  pushReminder: (app: string) => `Noch keine Push-Benachrichtigung erhalten? Öffnen Sie ${app} auf Ihrem Gerät oder senden Sie sie erneut.`,
  resendPush: 'Push-Benachrichtigung erneut senden',

  // Enrollment: which security methods to set up.
  enrollHeading: 'Sicherheitsmethoden einrichten',
  enrollRequiredIntro: 'Ihre Organisation verlangt, dass Sie die folgende Methode einrichten, um sich anzumelden.',
  enrollOptionalIntro: 'Sie können eine Sicherheitsmethode jetzt oder später einrichten.',
  setUpAuthenticator: (name: string) => `${name} einrichten`,
  setUpLater: 'Später einrichten',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Okta Verify einrichten',
  enrollQrStep1: 'Laden Sie auf Ihrem Mobilgerät die App Okta Verify aus dem App Store oder von Google Play herunter.',
  enrollQrStep2: 'Öffnen Sie Okta Verify und fügen Sie ein Konto hinzu.',
  enrollQrStep3: 'Scannen Sie den QR-Code unten mit der App.',
  enrollQrAlt: 'QR-Code zum Scannen mit der App Okta Verify auf Ihrem Mobilgerät',
  enrollQrUnavailable: 'Der QR-Code kann nicht angezeigt werden. Wählen Sie „Scannen nicht möglich?“, um einen Einrichtungslink zu erhalten.',
  enrollWaiting: 'Warten, bis die Einrichtung auf Ihrem Gerät abgeschlossen ist…',
  cantScan: 'Scannen nicht möglich?',
  returnToList: 'Zurück zur Liste der Methoden',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'Weitere Wege zur Einrichtung',
  enrollChannelIntro: 'Wie möchten Sie Okta Verify einrichten?',
  channelQr: 'QR-Code scannen',
  channelQrHint: 'Nutzen Sie die Kamera der App auf diesem Bildschirm.',
  channelEmail: 'Einrichtungslink per E-Mail senden',
  channelEmailHint: 'Öffnen Sie den Link auf Ihrem Mobilgerät.',
  channelSms: 'Einrichtungslink per SMS senden',
  channelSmsHint: 'Öffnen Sie den Link auf Ihrem Mobilgerät.',
  enrollEmailHeading: 'Mit einem E-Mail-Link einrichten',
  enrollEmailIntro: 'Geben Sie eine E-Mail-Adresse ein, die Sie auf Ihrem Mobilgerät öffnen können.',
  enrollSmsHeading: 'Mit einer SMS einrichten',
  enrollSmsIntro: 'Geben Sie die Nummer Ihres Mobilgeräts ein.',
  email: 'E-Mail',
  phoneNumber: 'Telefonnummer',
  sendSetupLink: 'Einrichtungslink senden',
  emailRequired: 'Geben Sie eine E-Mail-Adresse ein.',
  emailFormat: 'Geben Sie eine Adresse wie name@beispiel.de ein.',
  phoneRequired: 'Geben Sie eine Telefonnummer ein.',
  phoneFormat: 'Geben Sie eine Nummer mit Ländervorwahl ein, z. B. +49 151 00000000.',
  enrollSentEmailHeading: 'Prüfen Sie Ihre E-Mails',
  enrollSentSmsHeading: 'Prüfen Sie Ihre SMS',
  enrollSentTo: 'Wir haben einen Einrichtungslink gesendet an',
  enrollSentEmailIntro: 'Öffnen Sie die E-Mail auf Ihrem Mobilgerät und tippen Sie auf den Link, um Okta Verify einzurichten.',
  enrollSentSmsIntro: 'Tippen Sie auf Ihrem Mobilgerät auf den Link in der Nachricht, um Okta Verify einzurichten.',
  sendAgain: 'Erneut senden',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'Ihr Passwort ist abgelaufen',
  passwordExpiringHeading: 'Ihr Passwort läuft bald ab',
  passwordExpiresInDays: (days: number) => (days === 0 ? 'Ihr Passwort läuft heute ab' : days === 1 ? 'Ihr Passwort läuft in 1 Tag ab' : `Ihr Passwort läuft in ${days} Tagen ab`),
  passwordExpiredIntro: 'Wählen Sie ein neues Passwort, um sich weiter anzumelden.',
  passwordExpiringIntro: 'Ändern Sie es jetzt, damit Sie sich weiter anmelden können.',
  passwordRulesIntro: 'Ihr Passwort braucht:',
  ruleMinLength: (n: number) => `Mindestens ${n} Zeichen`,
  ruleLowerCase: 'Einen Kleinbuchstaben',
  ruleUpperCase: 'Einen Großbuchstaben',
  ruleNumber: 'Eine Ziffer',
  ruleSymbol: 'Ein Sonderzeichen',
  ruleNoUsername: 'Keinen Teil Ihres Benutzernamens',
  ruleNoName: 'Weder Vor- noch Nachnamen',
  ruleMaxRepeat: (n: number) => `Kein Zeichen öfter als ${n}-mal hintereinander`,
  ruleHistory: (n: number) => `Keines Ihrer letzten ${n} Passwörter`,
  newPassword: 'Neues Passwort',
  confirmPassword: 'Neues Passwort wiederholen',
  changePassword: 'Passwort ändern',
  confirmRequired: 'Geben Sie das neue Passwort noch einmal ein.',
  passwordsDiffer: 'Die Passwörter stimmen nicht überein.',
  remindMeLater: 'Später erinnern',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'Passwort zurücksetzen',
  resetPasswordIntro: 'Wählen Sie ein neues Passwort für Ihr Konto.',
  resetPassword: 'Passwort zurücksetzen',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'Mit einer anderen Methode bestätigen',
  tryAnotherWay: 'Anders versuchen',
  backToSignIn: 'Zurück zur Anmeldung',
  skip: 'Überspringen',
  resend: 'Erneut senden',
  startOver: 'Neu beginnen',
  tryAgain: 'Erneut versuchen',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'Wird bearbeitet…',
  reconnecting: 'Verbindung unterbrochen. Verbinde erneut…',
  signedIn: 'Sie sind angemeldet.',
  errorHeading: 'Etwas ist schiefgelaufen',
  unsupportedStep: 'Dieser Schritt ist hier nicht verfügbar. Beginnen Sie neu oder nutzen Sie eine andere Methode.',
  handledByPageHeading: 'Weiter auf dieser Seite',
  handledByPage: 'Diese Website führt Sie durch den nächsten Schritt.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorRateLimited: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.',
  errorRateLimitedWait: (seconds: number) => `Zu viele Versuche. Erneut versuchen in ${seconds} s.`,
  errorServer: 'Der Anmeldedienst hatte ein Problem. Versuchen Sie es gleich noch einmal.',
  errorInvalidResponse: 'Der Anmeldedienst hat eine unlesbare Antwort gesendet. Versuchen Sie es erneut.',
  errorSessionExpired: 'Ihre Anmeldesitzung ist abgelaufen. Beginnen Sie neu, um sich anzumelden.',
  errorConfig: 'Dieses Anmeldeformular ist nicht richtig eingerichtet. Wenden Sie sich an die Administration der Website.',
  errorToken: 'Die Anmeldung konnte nicht abgeschlossen werden. Beginnen Sie neu.',
  errorUnknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'Anmeldung fehlgeschlagen. Prüfen Sie Benutzername und Passwort.',
    incorrectPassword: 'Das Passwort ist falsch.',
    'api.authn.error.PASSCODE_INVALID': 'Ungültiger Code. Versuchen Sie es erneut.',
    'idx.session.expired': 'Ihre Anmeldesitzung ist abgelaufen. Beginnen Sie neu, um sich anzumelden.',
    'api.authn.poll.error.push_rejected': 'Sie haben diese Push-Benachrichtigung abgelehnt.',
    'core.system.transaction_resource_not_found': 'Die Zeit für die Bestätigung ist abgelaufen. Beginnen Sie neu, um sich anzumelden.',
    E0000010: 'Das Zeitfenster für die Bestätigung ist abgelaufen. Beginnen Sie neu, um sich anzumelden.',
    tooManyRequests: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.',
    'security.access_denied': 'Sie haben keine Berechtigung, sich hier anzumelden.',
    E0000009: 'Der Anmeldedienst hatte ein Problem. Versuchen Sie es gleich noch einmal.',
    'idx.password.expiring.message': 'Wenn Ihr Passwort abläuft, müssen Sie es ändern, bevor Sie sich anmelden können.',
    E0000069: 'Dieses Konto ist nach zu vielen Fehlversuchen gesperrt. Wenden Sie sich zum Entsperren an Ihre Administration.',
    'ovs.numberChallengeUnreadable': 'Die Zahl zum Antippen kann nicht angezeigt werden. Senden Sie die Push-Benachrichtigung erneut oder bestätigen Sie anders.',
  },
} satisfies TranslationInput;

export default de;
