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
  fastPassBiometrics: error(
    'oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop',
    "Your response was received, but your organization requires biometrics. Make sure your device supports biometrics, Okta Verify is up-to-date, biometrics are enabled for your account in Okta Verify and your device's biometric sensors are accessible, then try again.",
  ),
};

// ---------------------------------------------------------------------------------------------------------
// The same messages in other languages: Okta words its messages in the language the request asks for
// (`Accept-Language`), and so does the simulated org, in English, German, French and Japanese.

/** The languages the org words its messages in; English is the default and the fallback. */
export const MESSAGE_LANGUAGES = ['en', 'de', 'fr', 'ja'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The language for an `Accept-Language` header: its ranges by descending q (q=0 refuses one; equal q keep
 * the header's order), each matched exactly or by its shorter prefixes (`de-AT` → `de`); `*` and anything
 * unmatched is English.
 */
export function negotiateLanguage(header: string | null | undefined): MessageLanguage {
  const ranges = (header ?? '')
    .split(',')
    .map((item, order) => {
      const [range = '', ...params] = item.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*(\S*)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      // A q that is no number refuses the range rather than preferring it.
      const weight = q === undefined ? 1 : q === '' ? 0 : Number(q);
      return { range: range.trim().toLowerCase(), q: Number.isFinite(weight) ? Math.min(weight, 1) : 0, order };
    })
    .filter((r) => r.range && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { range } of ranges) {
    if (range === '*') return 'en';
    const subtags = range.split('-');
    for (let n = subtags.length; n > 0; n--) {
      const prefix = subtags.slice(0, n).join('-');
      const found = MESSAGE_LANGUAGES.find((l) => l === prefix);
      if (found) return found;
    }
  }
  return 'en';
}

type Wording = string | ((message: IdxMessage) => string);

/** The rules of the password policy as `passwordRequirements` lists them, each language's way. */
const RULES: Record<Exclude<MessageLanguage, 'en'>, { join: string; rule: (english: string) => string }> = {
  de: {
    join: ', ',
    rule: (r) => ({ 'a lowercase letter': 'ein Kleinbuchstabe', 'an uppercase letter': 'ein Großbuchstabe', 'a number': 'eine Ziffer', 'a symbol': 'ein Sonderzeichen', 'no parts of your username': 'keine Teile Ihres Benutzernamens' })[r] ?? r.replace(/^at least (\d+) characters$/, 'mindestens $1 Zeichen'),
  },
  fr: {
    join: ', ',
    rule: (r) => ({ 'a lowercase letter': 'une lettre minuscule', 'an uppercase letter': 'une lettre majuscule', 'a number': 'un chiffre', 'a symbol': 'un symbole', 'no parts of your username': 'aucune partie de votre nom d’utilisateur' })[r] ?? r.replace(/^at least (\d+) characters$/, 'au moins $1 caractères'),
  },
  ja: {
    join: '、',
    rule: (r) => ({ 'a lowercase letter': '小文字 1 文字', 'an uppercase letter': '大文字 1 文字', 'a number': '数字 1 文字', 'a symbol': '記号 1 文字', 'no parts of your username': 'ユーザー名の一部を含まない' })[r] ?? r.replace(/^at least (\d+) characters$/, '$1 文字以上'),
  },
};

/** The unmet rules of a policy message, translated and listed (both policy keys word them alike). */
function rulesIn(message: IdxMessage, lang: Exclude<MessageLanguage, 'en'>): string {
  const list = /Password requirements: (.*)\.$/.exec(message.message)?.[1] ?? '';
  return list.split(', ').map(RULES[lang].rule).join(RULES[lang].join);
}

/** What follows "Api validation failed: " (the field, or the reason) stays as the org sent it. */
const detailOf = (message: IdxMessage) => message.message.replace(/^[^:]*:\s*/, '');
const orgOf = (message: IdxMessage) => String(message.i18n.params?.[0] ?? ORG_NAME);

/** By `i18n.key`; a key missing here keeps its English text. */
const TRANSLATIONS: Record<Exclude<MessageLanguage, 'en'>, Record<string, Wording>> = {
  de: {
    'errors.E0000004': 'Authentifizierung fehlgeschlagen',
    'model.validation.field.blank': 'Dieses Feld darf nicht leer sein',
    'api.authn.error.PASSCODE_INVALID': 'Ungültiger Code. Versuchen Sie es erneut.',
    incorrectPassword: 'Das Passwort ist falsch',
    'api.authn.poll.error.push_rejected': 'Sie haben diese Anmeldung abgelehnt.',
    'core.system.transaction_resource_not_found': 'Zeitüberschreitung bei der Verifizierung. Bitte versuchen Sie es erneut',
    'idx.session.expired': 'Sie wurden wegen Inaktivität abgemeldet. Aktualisieren Sie die Seite oder kehren Sie zum Anmeldebildschirm zurück.',
    E0000003: 'Der Anfragetext ist nicht wohlgeformt.',
    E0000001: (m) => `API-Validierung fehlgeschlagen: ${detailOf(m)}`,
    'password.complexity.requirements': (m) => `Die Passwortanforderungen wurden nicht erfüllt. Passwortanforderungen: ${rulesIn(m, 'de')}.`,
    'password.passwordRequirementsNotMet': (m) => `Die Passwortanforderungen wurden nicht erfüllt. Passwortanforderungen: ${rulesIn(m, 'de')}.`,
    E0000069: 'Dieses Konto ist wegen zu vieler fehlgeschlagener Authentifizierungsversuche gesperrt.',
    'password.passwordHistory': 'Das Passwort wurde vor Kurzem schon verwendet',
    'idx.password.expiring.message': (m) => `Wenn Ihr Passwort abläuft, müssen Sie es ändern, bevor Sie sich bei Ihrem Konto ${orgOf(m)} anmelden können.`,
    E0000017: 'Das Zurücksetzen des Passworts ist derzeit nicht zulässig.',
    'idx.recovery.completed': 'Sie können sich jetzt mit Ihrem bisherigen Benutzernamen und dem neuen Passwort anmelden.',
    'oie.selfservice.unlock_user.success.message': 'Sie können sich mit Ihrem bisherigen Benutzernamen und Passwort anmelden',
    'oie.selfservice.unlock_user.failed.message': 'Ihr Konto kann derzeit nicht entsperrt werden. Wenden Sie sich an Ihren Administrator',
    'idx.return.to.original.tab': 'Bitte kehren Sie zum ursprünglichen Tab zurück.',
    'idx.enter.otp.in.original.tab': 'Geben Sie das Einmalpasswort im ursprünglichen Browser oder auf dem ursprünglichen Gerät ein.',
    'registration.error.invalidEmail': 'Ungültige E-Mail-Adresse.',
    'api.factors.error.sms.invalid_phone': 'Ungültige Telefonnummer.',
    'oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop': 'Ihre Antwort ist eingegangen, aber Ihre Organisation verlangt biometrische Daten. Stellen Sie sicher, dass Ihr Gerät Biometrie unterstützt, Okta Verify aktuell ist, Biometrie für Ihr Konto in Okta Verify aktiviert ist und die biometrischen Sensoren Ihres Geräts zugänglich sind, und versuchen Sie es dann erneut.',
  },
  fr: {
    'errors.E0000004': 'Échec de l’authentification',
    'model.validation.field.blank': 'Ce champ ne peut pas être vide',
    'api.authn.error.PASSCODE_INVALID': 'Code non valide. Réessayez.',
    incorrectPassword: 'Le mot de passe est incorrect',
    'api.authn.poll.error.push_rejected': 'Vous avez choisi de refuser cette connexion.',
    'core.system.transaction_resource_not_found': 'Le délai de vérification a expiré. Veuillez réessayer',
    'idx.session.expired': 'Vous avez été déconnecté pour cause d’inactivité. Actualisez la page ou revenez à l’écran de connexion.',
    E0000003: 'Le corps de la requête est mal formé.',
    E0000001: (m) => `Échec de la validation de l’API : ${detailOf(m)}`,
    'password.complexity.requirements': (m) => `Les exigences relatives au mot de passe ne sont pas respectées. Exigences : ${rulesIn(m, 'fr')}.`,
    'password.passwordRequirementsNotMet': (m) => `Les exigences relatives au mot de passe ne sont pas respectées. Exigences : ${rulesIn(m, 'fr')}.`,
    E0000069: 'Ce compte est verrouillé après un trop grand nombre d’échecs d’authentification.',
    'password.passwordHistory': 'Ce mot de passe a été utilisé trop récemment',
    'idx.password.expiring.message': (m) => `Lorsque votre mot de passe expirera, vous devrez le changer avant de pouvoir vous connecter à votre compte ${orgOf(m)}.`,
    E0000017: 'La réinitialisation du mot de passe n’est pas autorisée pour le moment.',
    'idx.recovery.completed': 'Vous pouvez maintenant vous connecter avec votre nom d’utilisateur et votre nouveau mot de passe.',
    'oie.selfservice.unlock_user.success.message': 'Vous pouvez vous connecter avec votre nom d’utilisateur et votre mot de passe',
    'oie.selfservice.unlock_user.failed.message': 'Nous ne pouvons pas déverrouiller votre compte pour le moment, contactez votre administrateur',
    'idx.return.to.original.tab': 'Revenez à l’onglet d’origine.',
    'idx.enter.otp.in.original.tab': 'Saisissez le code à usage unique dans le navigateur ou sur l’appareil d’origine.',
    'registration.error.invalidEmail': 'Adresse e-mail non valide.',
    'api.factors.error.sms.invalid_phone': 'Numéro de téléphone non valide.',
    'oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop': 'Votre réponse a été reçue, mais votre organisation exige la biométrie. Assurez-vous que votre appareil prend en charge la biométrie, qu’Okta Verify est à jour, que la biométrie est activée pour votre compte dans Okta Verify et que les capteurs biométriques de votre appareil sont accessibles, puis réessayez.',
  },
  ja: {
    'errors.E0000004': '認証に失敗しました',
    'model.validation.field.blank': 'このフィールドは空欄にできません',
    'api.authn.error.PASSCODE_INVALID': 'コードが無効です。もう一度お試しください。',
    incorrectPassword: 'パスワードが正しくありません',
    'api.authn.poll.error.push_rejected': 'このログインを拒否しました。',
    'core.system.transaction_resource_not_found': '確認がタイムアウトしました。もう一度お試しください',
    'idx.session.expired': '操作がなかったためログアウトしました。ページを更新するか、サインイン画面に戻ってください。',
    E0000003: 'リクエスト本文の形式が正しくありません。',
    E0000001: (m) => `API の検証に失敗しました: ${detailOf(m)}`,
    'password.complexity.requirements': (m) => `パスワードの要件を満たしていません。パスワードの要件: ${rulesIn(m, 'ja')}。`,
    'password.passwordRequirementsNotMet': (m) => `パスワードの要件を満たしていません。パスワードの要件: ${rulesIn(m, 'ja')}。`,
    E0000069: '認証の失敗が多すぎるため、このアカウントはロックされています。',
    'password.passwordHistory': 'このパスワードは最近使用されています',
    'idx.password.expiring.message': (m) => `パスワードの有効期限が切れると、${orgOf(m)} アカウントにログインする前にパスワードを変更する必要があります。`,
    E0000017: '現在、パスワードのリセットは許可されていません。',
    'idx.recovery.completed': '既存のユーザー名と新しいパスワードでサインインできるようになりました。',
    'oie.selfservice.unlock_user.success.message': '既存のユーザー名とパスワードでログインできます',
    'oie.selfservice.unlock_user.failed.message': '現在アカウントのロックを解除できません。管理者に連絡してください',
    'idx.return.to.original.tab': '元のタブに戻ってください。',
    'idx.enter.otp.in.original.tab': '元のブラウザーまたはデバイスでワンタイムパスワードを入力してください。',
    'registration.error.invalidEmail': 'メールアドレスが無効です。',
    'api.factors.error.sms.invalid_phone': '電話番号が無効です。',
    'oie.authenticator.oktaverify.method.fastpass.verify.enable.biometrics.desktop': '応答を受信しましたが、組織では生体認証が必要です。デバイスが生体認証に対応していること、Okta Verify が最新であること、Okta Verify でアカウントの生体認証が有効になっていること、デバイスの生体認証センサーが使用可能であることを確認してから、もう一度お試しください。',
  },
};

/** One message in `lang`: same key, params and class, the text in that language (English when it has none). */
export function translateMessage(message: IdxMessage, lang: MessageLanguage): IdxMessage {
  if (lang === 'en') return message;
  const table = TRANSLATIONS[lang];
  const wording = Object.hasOwn(table, message.i18n.key) ? table[message.i18n.key] : undefined;
  if (wording === undefined) return message;
  return { ...message, message: typeof wording === 'function' ? wording(message) : wording };
}

function isIdxMessage(value: Record<string, unknown>): value is Record<string, unknown> & IdxMessage {
  const i18n = value.i18n as { key?: unknown } | undefined;
  return typeof value.message === 'string' && typeof i18n?.key === 'string';
}

/** A copy of an answer with every message in it (top level and field level) in `lang`. */
export function localizeMessages<T>(json: T, lang: MessageLanguage): T {
  if (lang === 'en' || !json || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map((item) => localizeMessages(item, lang)) as T;
  const object = json as Record<string, unknown>;
  if (isIdxMessage(object)) return translateMessage(object, lang) as T;
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, localizeMessages(value, lang)])) as T;
}
