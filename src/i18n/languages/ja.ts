/** 日本語. */
import type { TranslationInput } from '../en.js';

const ja = {
  $code: 'ja',
  $name: '日本語',
  $dir: 'ltr',

  // Sign-in: username and password.
  signInHeading: 'サインイン',
  username: 'ユーザー名',
  password: 'パスワード',
  showPassword: '表示',
  showPasswordLabel: (field: string) => `${field}を表示`,
  signIn: 'サインイン',
  usernameRequired: 'ユーザー名を入力してください。',
  passwordRequired: 'パスワードを入力してください。',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'セキュリティ方法で本人確認してください',
  chooseAuthenticatorIntro: '次のいずれかを選択してください。',
  selectAuthenticator: (name: string) => `${name}を選択`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'パスワード',
  authenticatorPhone: '電話',
  authenticatorEmail: 'メール',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'セキュリティキーまたは生体認証',
  authenticatorSecurityQuestion: '秘密の質問',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `${authenticator} で確認`,
  chooseMethodIntro: 'どの方法で確認しますか?',
  methodPush: 'プッシュ通知を受け取る',
  methodTotp: 'コードを入力する',
  methodPushHint: 'デバイスに届く通知を承認します。',
  methodTotpHint: 'アプリに表示される 6 桁のコードを入力します。',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'コードを入力',
  codeIntro: (authenticator: string) => `${authenticator} のコードを入力してください。`,
  codeIntroSentTo: (to: string) => `${to} に送信したコードを入力してください。`,
  code: 'コード',
  verify: '確認',
  codeRequired: 'コードを入力してください。',
  codeFormat: 'コードは 6 桁の数字です。',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'プッシュ通知を受け取る',
  pushSent: 'プッシュ通知を送信しました。デバイスで応答してください。',
  pushNumberIntro: 'デバイスでこの番号をタップしてください:',
  pushNumberLabel: (n: string) => `デバイスで ${n} をタップ`,
  pushReminder: (app: string) => `プッシュ通知が届きませんか? デバイスで ${app} を開くか、もう一度送信してください。`,
  resendPush: 'プッシュ通知を再送信',

  // Enrollment: which security methods to set up.
  enrollHeading: 'セキュリティ方法の設定',
  enrollRequiredIntro: 'サインインするには、組織の規定により次の方法を設定する必要があります。',
  enrollOptionalIntro: 'セキュリティ方法は今すぐ、または後で設定できます。',
  setUpAuthenticator: (name: string) => `${name}を設定`,
  setUpLater: '後で設定',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Okta Verify の設定',
  enrollQrStep1: 'モバイルデバイスで、App Store または Google Play から Okta Verify アプリをダウンロードします。',
  enrollQrStep2: 'Okta Verify を開いてアカウントを追加します。',
  enrollQrStep3: 'アプリで下の QR コードをスキャンします。',
  enrollQrAlt: 'モバイルデバイスの Okta Verify アプリでスキャンする QR コード',
  enrollQrUnavailable: 'QR コードを表示できません。「スキャンできない場合」を選ぶと、設定用のリンクを受け取れます。',
  enrollWaiting: 'デバイスでの設定の完了を待っています…',
  cantScan: 'スキャンできない場合',
  returnToList: '方法の一覧に戻る',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'その他の設定方法',
  enrollChannelIntro: 'Okta Verify をどの方法で設定しますか?',
  channelQr: 'QR コードをスキャン',
  channelQrHint: 'この画面をアプリのカメラで読み取ります。',
  channelEmail: '設定リンクをメールで送信',
  channelEmailHint: 'モバイルデバイスでリンクを開きます。',
  channelSms: '設定リンクを SMS で送信',
  channelSmsHint: 'モバイルデバイスでリンクを開きます。',
  enrollEmailHeading: 'メールのリンクで設定',
  enrollEmailIntro: 'モバイルデバイスで開けるメールアドレスを入力してください。',
  enrollSmsHeading: 'SMS で設定',
  enrollSmsIntro: 'モバイルデバイスの電話番号を入力してください。',
  email: 'メールアドレス',
  phoneNumber: '電話番号',
  sendSetupLink: '設定リンクを送信',
  emailRequired: 'メールアドレスを入力してください。',
  emailFormat: 'name@example.com のような形式で入力してください。',
  phoneRequired: '電話番号を入力してください。',
  phoneFormat: '+81 90 0000 0000 のように国番号を付けて入力してください。',
  enrollSentEmailHeading: 'メールを確認してください',
  enrollSentSmsHeading: 'SMS を確認してください',
  enrollSentTo: '設定リンクの送信先:',
  enrollSentEmailIntro: 'モバイルデバイスでメールを開き、リンクをタップして Okta Verify を設定してください。',
  enrollSentSmsIntro: 'モバイルデバイスでメッセージのリンクをタップして Okta Verify を設定してください。',
  sendAgain: '再送信',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'パスワードの有効期限が切れました',
  passwordExpiringHeading: 'パスワードの有効期限がまもなく切れます',
  passwordExpiresInDays: (days: number) => (days === 0 ? 'パスワードの有効期限は今日までです' : `パスワードの有効期限はあと ${days} 日です`),
  passwordExpiredIntro: 'サインインを続けるには、新しいパスワードを設定してください。',
  passwordExpiringIntro: '今変更しておくと、引き続きサインインできます。',
  passwordRulesIntro: 'パスワードの条件:',
  ruleMinLength: (n: number) => `${n} 文字以上`,
  ruleLowerCase: '小文字を含む',
  ruleUpperCase: '大文字を含む',
  ruleNumber: '数字を含む',
  ruleSymbol: '記号を含む',
  ruleNoUsername: 'ユーザー名の一部を含まない',
  ruleNoName: '姓や名を含まない',
  ruleMaxRepeat: (n: number) => `同じ文字を ${n} 回を超えて続けない`,
  ruleHistory: (n: number) => `直近 ${n} 回のパスワードと異なる`,
  newPassword: '新しいパスワード',
  confirmPassword: '新しいパスワード (確認)',
  changePassword: 'パスワードを変更',
  confirmRequired: '新しいパスワードをもう一度入力してください。',
  passwordsDiffer: 'パスワードが一致しません。',
  remindMeLater: '後で通知',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'パスワードのリセット',
  resetPasswordIntro: 'アカウントの新しいパスワードを設定してください。',
  resetPassword: 'パスワードをリセット',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: '別の方法で確認',
  tryAnotherWay: '別の方法を試す',
  backToSignIn: 'サインインに戻る',
  skip: 'スキップ',
  resend: '再送信',
  startOver: '最初からやり直す',
  tryAgain: '再試行',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: '処理中…',
  reconnecting: '接続が切れました。再接続しています…',
  signedIn: 'サインインしました。',
  errorHeading: '問題が発生しました',
  unsupportedStep: 'この手順はここでは利用できません。最初からやり直すか、別の方法を使ってください。',
  handledByPageHeading: 'このページで続行してください',
  handledByPage: '次の手順はこのサイトが案内します。',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'サインインサービスに接続できません。接続を確認してもう一度お試しください。',
  errorRateLimited: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
  errorRateLimitedWait: (seconds: number) => `試行回数が多すぎます。${seconds} 秒後にもう一度お試しください。`,
  errorServer: 'サインインサービスで問題が発生しました。しばらくしてからもう一度お試しください。',
  errorInvalidResponse: 'サインインサービスから読み取れない応答がありました。もう一度お試しください。',
  errorSessionExpired: 'サインインのセッションが期限切れです。最初からやり直してください。',
  errorConfig: 'このサインインフォームは正しく設定されていません。サイトの管理者に連絡してください。',
  errorToken: 'サインインを完了できませんでした。最初からやり直してください。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'サインインできませんでした。ユーザー名とパスワードを確認してください。',
    incorrectPassword: 'パスワードが正しくありません。',
    'api.authn.error.PASSCODE_INVALID': 'コードが無効です。もう一度お試しください。',
    'idx.session.expired': 'サインインのセッションが期限切れです。最初からやり直してください。',
    'api.authn.poll.error.push_rejected': 'このプッシュ通知を拒否しました。',
    'core.system.transaction_resource_not_found': '確認の時間切れです。最初からやり直してください。',
    E0000010: '確認の受付時間が終了しました。最初からやり直してください。',
    tooManyRequests: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
    'security.access_denied': 'ここでサインインする権限がありません。',
    E0000009: 'サインインサービスで問題が発生しました。しばらくしてからもう一度お試しください。',
    'idx.password.expiring.message': 'パスワードの有効期限が切れると、サインインの前に変更が必要になります。',
    E0000069: '失敗が多すぎたため、このアカウントはロックされています。ロック解除は管理者に連絡してください。',
    'ovs.numberChallengeUnreadable': 'タップする番号を表示できません。プッシュ通知を再送信するか、別の方法で確認してください。',
  },
} satisfies TranslationInput;

export default ja;
