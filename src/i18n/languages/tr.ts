/** Türkçe. */
import type { TranslationInput } from '../en.js';
import { formatNumber, plural } from '../plural.js';

/** A field's label as the object of a verb ("Şifre" → "Şifreyi"), by vowel harmony. */
function accusative(word: string): string {
  const lower = word.toLocaleLowerCase('tr');
  const last = lower.match(/[aıoueiöü]/g)?.pop() ?? 'e';
  const suffix = ({ a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' } as Record<string, string>)[last];
  return /[aıoueiöü]$/.test(lower) ? `${word}y${suffix}` : `${word}${suffix}`;
}

const tr = {
  $code: 'tr',
  $name: 'Türkçe',
  $dir: 'ltr',

  // Sign-in: username and password.
  signInHeading: 'Oturum açın',
  username: 'Kullanıcı adı',
  password: 'Şifre',
  showPassword: 'Göster',
  showPasswordLabel: (field: string) => `${accusative(field)} göster`,
  signIn: 'Oturum aç',
  usernameRequired: 'Kullanıcı adınızı girin.',
  passwordRequired: 'Şifrenizi girin.',
  rememberMe: 'Oturumum açık kalsın',
  signInWith: (provider: string) => `${provider} ile oturum aç`,
  orSignInWith: 'veya',
  signingInAs: 'Oturum açılan hesap:',
  notYou: 'Siz değil misiniz?',
  recoverHeading: 'Şifrenizi sıfırlayın',
  recoverIntro: 'Kullanıcı adınızı girin, şifrenizi sıfırlamanıza yardımcı olalım.',
  next: 'İleri',
  enterPasswordHeading: 'Şifrenizle doğrulayın',

  // Staying signed in after signing in.
  keepSignedInHeading: 'Oturumunuz açık kalsın mı?',
  keepSignedInIntro: 'Bu cihazda oturumunuz açık kalırsa bir süre tekrar oturum açmanız gerekmez.',
  keepSignedInYes: 'Oturumum açık kalsın',
  keepSignedInNo: 'Oturumum açık kalmasın',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'Bir güvenlik yöntemiyle kimliğinizi doğrulayın',
  chooseAuthenticatorIntro: 'Aşağıdaki seçeneklerden birini seçin.',
  recoverListHeading: 'Şifrenizi sıfırlamak için kimliğinizi doğrulayın',
  unlockHeading: 'Hesabınızın kilidini açın',
  unlockIntro: 'Kullanıcı adınızı girin, ardından kimliğinizi nasıl doğrulayacağınızı seçin.',
  selectAuthenticator: (name: string) => `${name} yöntemini seçin`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Şifre',
  authenticatorPhone: 'Telefon',
  authenticatorEmail: 'E-posta',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Güvenlik anahtarı veya biyometrik doğrulayıcı',
  authenticatorSecurityQuestion: 'Güvenlik sorusu',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `${authenticator} ile doğrulayın`,
  chooseMethodIntro: 'Nasıl doğrulamak istersiniz?',
  methodPush: 'Anlık bildirim al',
  methodTotp: 'Kod gir',
  methodPushHint: 'Cihazınızdaki bildirimi onaylayın.',
  methodTotpHint: 'Uygulamada gösterilen 6 haneli kodu yazın.',
  autoChallenge: 'Anlık bildirimi otomatik gönder',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'Kodu girin',
  codeIntro: (authenticator: string) => `${authenticator} kodunu girin.`,
  codeIntroSentTo: (to: string) => `Şuraya gönderdiğimiz kodu girin: ${to}.`,
  code: 'Kod',
  verify: 'Doğrula',
  codeRequired: 'Kodu girin.',
  codeFormat: 'Kod 6 haneli olmalıdır.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'Anlık bildirim alın',
  pushSent: 'Anlık bildirim gönderildi. Cihazınızdan yanıt verin.',
  pushNumberIntro: 'Cihazınızda şu sayıya dokunun:',
  pushNumberLabel: (n: string) => `Cihazınızda şu sayıya dokunun: ${n}`,
  pushReminder: (app: string) => `Henüz anlık bildirim almadınız mı? Cihazınızda ${app} uygulamasını açın veya bildirimi tekrar gönderin.`,
  resendPush: 'Anlık bildirimi tekrar gönder',

  // Enrollment: which security methods to set up.
  enrollHeading: 'Güvenlik yöntemlerini ayarlayın',
  enrollRequiredIntro: 'Kuruluşunuz, oturum açabilmeniz için aşağıdaki yöntemi ayarlamanızı zorunlu tutuyor.',
  enrollOptionalIntro: 'Bir güvenlik yöntemini şimdi veya daha sonra ayarlayabilirsiniz.',
  setUpAuthenticator: (name: string) => `${name} yöntemini ayarlayın`,
  setUpLater: 'Daha sonra ayarla',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Okta Verify uygulamasını ayarlayın',
  enrollQrStep1: 'Mobil cihazınızda App Store veya Google Play üzerinden Okta Verify uygulamasını indirin.',
  enrollQrStep2: 'Okta Verify uygulamasını açın ve bir hesap ekleyin.',
  enrollQrStep3: 'Aşağıdaki QR kodunu uygulamayla tarayın.',
  enrollQrAlt: 'Mobil cihazınızdaki Okta Verify uygulamasıyla taranacak QR kodu',
  enrollQrUnavailable: 'QR kodu gösterilemiyor. Bunun yerine kurulum bağlantısı almak için “Tarayamıyor musunuz?” seçeneğini belirleyin.',
  enrollWaiting: 'Cihazınızda kurulumu tamamlamanız bekleniyor…',
  cantScan: 'Tarayamıyor musunuz?',
  returnToList: 'Yöntem listesine dön',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'Diğer kurulum yolları',
  enrollChannelIntro: 'Okta Verify uygulamasını nasıl ayarlamak istersiniz?',
  channelQr: 'QR kodu tara',
  channelQrHint: 'Bu ekrandaki kodu uygulamanın kamerasıyla tarayın.',
  channelEmail: 'Kurulum bağlantısını e-postayla gönder',
  channelEmailHint: 'Bağlantıyı mobil cihazınızda açın.',
  channelSms: 'Kurulum bağlantısını SMS ile gönder',
  channelSmsHint: 'Bağlantıyı mobil cihazınızda açın.',
  enrollEmailHeading: 'E-posta bağlantısıyla ayarlayın',
  enrollEmailIntro: 'Mobil cihazınızda açabileceğiniz bir e-posta adresi girin.',
  enrollSmsHeading: 'SMS ile ayarlayın',
  enrollSmsIntro: 'Mobil cihazınızın telefon numarasını girin.',
  email: 'E-posta',
  phoneNumber: 'Telefon numarası',
  sendSetupLink: 'Kurulum bağlantısını gönder',
  emailRequired: 'Bir e-posta adresi girin.',
  emailFormat: 'ad@ornek.com gibi bir e-posta adresi girin.',
  phoneRequired: 'Bir telefon numarası girin.',
  phoneFormat: 'Telefon numarasını ülke koduyla birlikte girin, örneğin +90 500 000 00 00.',
  enterPhoneHeading: 'Telefonla kimlik doğrulamayı ayarlayın',
  enterPhoneIntro: 'Telefon numaranızı girin, ardından kodu nasıl almak istediğinizi seçin.',
  phoneMethodSms: 'Kısa mesaj (SMS)',
  phoneMethodVoice: 'Sesli arama',
  sendCode: 'Kod gönder',
  enrollSentEmailHeading: 'E-postanızı kontrol edin',
  enrollSentSmsHeading: 'Mesajlarınızı kontrol edin',
  enrollSentTo: 'Kurulum bağlantısını şuraya gönderdik:',
  enrollSentEmailIntro: 'Okta Verify uygulamasını ayarlamak için e-postayı mobil cihazınızda açıp bağlantıya dokunun.',
  enrollSentSmsIntro: 'Okta Verify uygulamasını ayarlamak için mobil cihazınızdaki mesajda bulunan bağlantıya dokunun.',
  sendAgain: 'Tekrar gönder',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'Şifrenizin süresi doldu',
  passwordExpiringHeading: 'Şifrenizin süresi yakında dolacak',
  passwordExpiresInDays: (days: number) => { const num = formatNumber('tr', days); return days === 0 ? 'Şifrenizin süresi bugün doluyor' : plural('tr', days, { other: `Şifrenizin süresi ${num} gün içinde dolacak` }); },
  passwordExpiredIntro: 'Oturum açmaya devam etmek için yeni bir şifre seçin.',
  passwordExpiringIntro: 'Oturum açmaya devam edebilmek için şifrenizi şimdi değiştirin.',
  passwordRulesIntro: 'Şifre gereksinimleri:',
  ruleMinLength: (n: number) => { const num = formatNumber('tr', n); return plural('tr', n, { other: `En az ${num} karakter` }); },
  ruleLowerCase: 'Bir küçük harf',
  ruleUpperCase: 'Bir büyük harf',
  ruleNumber: 'Bir rakam',
  ruleSymbol: 'Bir simge',
  ruleNoUsername: 'Kullanıcı adınızın hiçbir bölümü olmamalı',
  ruleNoName: 'Adınız veya soyadınız olmamalı',
  ruleMaxRepeat: (n: number) => { const num = formatNumber('tr', n); return plural('tr', n, { one: 'Hiçbir karakter art arda tekrarlanmamalı', other: `Hiçbir karakter art arda ${num} kereden fazla kullanılmamalı` }); },
  ruleHistory: (n: number) => { const num = formatNumber('tr', n); return plural('tr', n, { one: 'Son şifrenizden farklı olmalı', other: `Son ${num} şifrenizden farklı olmalı` }); },
  newPassword: 'Yeni şifre',
  confirmPassword: 'Yeni şifreyi tekrar girin',
  changePassword: 'Şifreyi değiştir',
  confirmRequired: 'Yeni şifreyi bir kez daha girin.',
  passwordsDiffer: 'Şifreler eşleşmiyor.',
  remindMeLater: 'Daha sonra hatırlat',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'Şifrenizi sıfırlayın',
  resetPasswordIntro: 'Hesabınız için yeni bir şifre seçin.',
  resetPassword: 'Şifreyi sıfırla',
  revokeSessions: 'Diğer tüm cihazlarda oturumumu kapat',
  passwordRulesUnmet: 'Şifreniz henüz gereksinimleri karşılamıyor.',
  ruleMet: 'karşılandı',
  ruleNotMet: 'henüz karşılanmadı',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'Başka bir yöntemle doğrula',
  tryAnotherWay: 'Başka bir yol dene',
  backToSignIn: 'Oturum açma ekranına dön',
  forgotPassword: 'Şifrenizi mi unuttunuz?',
  unlockAccount: 'Hesabınız kilitli mi?',
  continueOnHosted: 'Kuruluşunuzun oturum açma sayfasında devam edin',
  skip: 'Atla',
  resend: 'Tekrar gönder',
  startOver: 'Baştan başla',
  tryAgain: 'Tekrar dene',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'İşleniyor…',
  reconnecting: 'Bağlantı kesildi. Yeniden bağlanılıyor…',
  signedIn: 'Oturum açtınız.',
  errorHeading: 'Bir sorun oluştu',
  unsupportedStep: 'Bu oturum açma adımı burada kullanılamıyor. Baştan başlayın veya başka bir yöntem kullanın.',
  unsupportedStepHosted: 'Bu oturum açma adımı burada kullanılamıyor. Kuruluşunuzun oturum açma sayfasında devam edin veya baştan başlayın.',
  noticeHeading: 'Lütfen dikkat',
  passwordResetHeading: 'Şifreniz sıfırlandı',
  accountUnlockedHeading: 'Hesabınızın kilidi açıldı',
  returnToTabHeading: 'Başladığınız sekmeye dönün',
  codeElsewhereHeading: 'Bu kodu başladığınız tarayıcıya girin',
  requestedFrom: 'İsteğin geldiği yer:',
  handledByPageHeading: 'Bu sayfada devam edin',
  handledByPage: 'Bu site sonraki adımda size yol gösterecek.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'Oturum açma hizmetine ulaşılamıyor. Bağlantınızı kontrol edip tekrar deneyin.',
  errorRateLimited: 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  errorRateLimitedWait: (seconds: number) => { const num = formatNumber('tr', seconds); return plural('tr', seconds, { other: `Çok fazla deneme yapıldı. ${num} saniye sonra tekrar deneyin.` }); },
  errorServer: 'Oturum açma hizmetinde bir sorun oluştu. Birazdan tekrar deneyin.',
  errorInvalidResponse: 'Oturum açma hizmeti okunamayan bir yanıt gönderdi. Tekrar deneyin.',
  errorSessionExpired: 'Oturum açma işleminizin süresi doldu. Oturum açmak için baştan başlayın.',
  errorConfig: 'Bu oturum açma formu doğru şekilde ayarlanmamış. Sitenin yöneticisiyle iletişime geçin.',
  errorToken: 'Oturum açma işlemi tamamlanamadı. Tekrar denemek için baştan başlayın.',
  errorUnknown: 'Bir sorun oluştu. Tekrar deneyin.',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'Oturum açılamadı. Kullanıcı adınızı ve şifrenizi kontrol edin.',
    incorrectPassword: 'Şifre yanlış.',
    'api.authn.error.PASSCODE_INVALID': 'Geçersiz kod. Tekrar deneyin.',
    'idx.session.expired': 'Oturum açma işleminizin süresi doldu. Oturum açmak için baştan başlayın.',
    'api.authn.poll.error.push_rejected': 'Bu anlık bildirimi reddettiniz.',
    'core.system.transaction_resource_not_found': 'Doğrulama zaman aşımına uğradı. Oturum açmak için baştan başlayın.',
    E0000010: 'Doğrulama için tanınan süre doldu. Oturum açmak için baştan başlayın.',
    tooManyRequests: 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
    'security.access_denied': 'Burada oturum açma izniniz yok.',
    E0000009: 'Oturum açma hizmetinde bir sorun oluştu. Birazdan tekrar deneyin.',
    'idx.password.expiring.message': 'Şifrenizin süresi dolduğunda, oturum açabilmek için önce şifrenizi değiştirmeniz gerekir.',
    E0000069: 'Bu hesap çok fazla başarısız denemeden sonra kilitlendi. Kilidi açmak için yöneticinizle iletişime geçin.',
    'idx.recovery.completed': 'Artık kullanıcı adınız ve yeni şifrenizle oturum açabilirsiniz.',
    'oie.selfservice.unlock_user.success.message': 'Kullanıcı adınız ve şifrenizle oturum açabilirsiniz.',
    'oie.selfservice.unlock_user.failed.message': 'Hesabınızın kilidi şu anda açılamıyor. Yöneticinizle iletişime geçin.',
    'idx.return.to.original.tab': 'E-posta adresinizi doğruladınız. Devam etmek için başladığınız sekmeye dönün.',
    'idx.enter.otp.in.original.tab': 'Bu kodu, oturum açmaya başladığınız yere yazın.',
    'ovs.redirectInvalid': 'Bu oturum açma bağlantısı artık geçerli değil. Tekrar oturum açın.',
    'ovs.numberChallengeUnreadable': 'Dokunulacak sayı gösterilemedi. Anlık bildirimi tekrar gönderin veya başka bir yöntemle doğrulayın.',
  },
} satisfies TranslationInput;

export default tr;
