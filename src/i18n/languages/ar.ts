/** العربية (right to left). */
import type { TranslationInput } from '../en.js';

const ar = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',

  // Sign-in: username and password.
  signInHeading: 'تسجيل الدخول',
  username: 'اسم المستخدم',
  password: 'كلمة المرور',
  showPassword: 'إظهار',
  showPasswordLabel: (field: string) => `إظهار ${field}`,
  signIn: 'تسجيل الدخول',
  usernameRequired: 'أدخل اسم المستخدم.',
  passwordRequired: 'أدخل كلمة المرور.',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'تحقّق من هويتك بطريقة أمان',
  chooseAuthenticatorIntro: 'اختر أحد الخيارات التالية.',
  selectAuthenticator: (name: string) => `اختيار ${name}`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'كلمة المرور',
  authenticatorPhone: 'الهاتف',
  authenticatorEmail: 'البريد الإلكتروني',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'مفتاح أمان أو مصادقة بيومترية',
  authenticatorSecurityQuestion: 'سؤال الأمان',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `التحقق باستخدام ${authenticator}`,
  chooseMethodIntro: 'كيف تريد التحقق من هويتك؟',
  methodPush: 'تلقي إشعار فوري',
  methodTotp: 'إدخال رمز',
  methodPushHint: 'وافق على إشعار يصل إلى جهازك.',
  methodTotpHint: 'اكتب الرمز المكوّن من 6 أرقام الظاهر في التطبيق.',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'إدخال رمز',
  codeIntro: (authenticator: string) => `أدخل الرمز من ${authenticator}.`,
  codeIntroSentTo: (to: string) => `أدخل الرمز الذي أرسلناه إلى ${to}.`,
  code: 'الرمز',
  verify: 'تحقّق',
  codeRequired: 'أدخل الرمز.',
  codeFormat: 'يتكوّن الرمز من 6 أرقام.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'تلقي إشعار فوري',
  pushSent: 'أُرسل الإشعار الفوري. استجب على جهازك.',
  pushNumberIntro: 'على جهازك، اضغط هذا الرقم:',
  pushNumberLabel: (n: string) => `اضغط ${n} على جهازك`,
  pushReminder: (app: string) => `ألم يصلك الإشعار الفوري بعد؟ افتح ${app} على جهازك أو أرسله مرة أخرى.`,
  resendPush: 'إعادة إرسال الإشعار الفوري',

  // Enrollment: which security methods to set up.
  enrollHeading: 'إعداد طرق الأمان',
  enrollRequiredIntro: 'تطلب مؤسستك إعداد الطريقة التالية لتسجيل الدخول.',
  enrollOptionalIntro: 'يمكنك إعداد طريقة أمان الآن أو لاحقًا.',
  setUpAuthenticator: (name: string) => `إعداد ${name}`,
  setUpLater: 'الإعداد لاحقًا',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'إعداد Okta Verify',
  enrollQrStep1: 'على جهازك المحمول، نزّل تطبيق Okta Verify من App Store أو Google Play.',
  enrollQrStep2: 'افتح Okta Verify وأضف حسابًا.',
  enrollQrStep3: 'امسح رمز QR أدناه باستخدام التطبيق.',
  enrollQrAlt: 'رمز QR لمسحه بتطبيق Okta Verify على جهازك المحمول',
  enrollQrUnavailable: 'يتعذّر عرض رمز QR. اختر «لا يمكنك المسح؟» لتلقي رابط إعداد بدلًا منه.',
  enrollWaiting: 'في انتظار إكمال الإعداد على جهازك…',
  cantScan: 'لا يمكنك المسح؟',
  returnToList: 'العودة إلى قائمة الطرق',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'طرق أخرى للإعداد',
  enrollChannelIntro: 'كيف تريد إعداد Okta Verify؟',
  channelQr: 'مسح رمز QR',
  channelQrHint: 'استخدم كاميرا التطبيق على هذه الشاشة.',
  channelEmail: 'أرسل لي رابط الإعداد بالبريد الإلكتروني',
  channelEmailHint: 'افتح الرابط على جهازك المحمول.',
  channelSms: 'أرسل لي رابط الإعداد برسالة نصية',
  channelSmsHint: 'افتح الرابط على جهازك المحمول.',
  enrollEmailHeading: 'الإعداد برابط عبر البريد الإلكتروني',
  enrollEmailIntro: 'أدخل عنوان بريد إلكتروني يمكنك فتحه على جهازك المحمول.',
  enrollSmsHeading: 'الإعداد برسالة نصية',
  enrollSmsIntro: 'أدخل رقم جهازك المحمول.',
  email: 'البريد الإلكتروني',
  phoneNumber: 'رقم الهاتف',
  sendSetupLink: 'أرسل لي رابط الإعداد',
  emailRequired: 'أدخل عنوان بريد إلكتروني.',
  emailFormat: 'أدخل عنوانًا مثل name@example.com.',
  phoneRequired: 'أدخل رقم هاتف.',
  phoneFormat: 'أدخل الرقم مع رمز الدولة، مثل ‎+966 50 000 0000.',
  enrollSentEmailHeading: 'تحقّق من بريدك الإلكتروني',
  enrollSentSmsHeading: 'تحقّق من رسائلك النصية',
  enrollSentTo: 'أرسلنا رابط إعداد إلى',
  enrollSentEmailIntro: 'افتح الرسالة على جهازك المحمول واضغط الرابط لإعداد Okta Verify.',
  enrollSentSmsIntro: 'اضغط الرابط في الرسالة على جهازك المحمول لإعداد Okta Verify.',
  sendAgain: 'إرسال مرة أخرى',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'انتهت صلاحية كلمة المرور',
  passwordExpiringHeading: 'ستنتهي صلاحية كلمة المرور قريبًا',
  passwordExpiresInDays: (days: number) => (days === 0 ? 'تنتهي صلاحية كلمة المرور اليوم' : `ستنتهي صلاحية كلمة المرور خلال ${days} يوم`),
  passwordExpiredIntro: 'اختر كلمة مرور جديدة لمتابعة تسجيل الدخول.',
  passwordExpiringIntro: 'غيّرها الآن لتتمكن من متابعة تسجيل الدخول.',
  passwordRulesIntro: 'يجب أن تحتوي كلمة المرور على:',
  ruleMinLength: (n: number) => `${n} أحرف على الأقل`,
  ruleLowerCase: 'حرف صغير',
  ruleUpperCase: 'حرف كبير',
  ruleNumber: 'رقم',
  ruleSymbol: 'رمز',
  ruleNoUsername: 'لا جزء من اسم المستخدم',
  ruleNoName: 'لا الاسم الأول ولا اسم العائلة',
  ruleMaxRepeat: (n: number) => `لا يتكرر أي حرف أكثر من ${n} مرات متتالية`,
  ruleHistory: (n: number) => `لا واحدة من آخر ${n} كلمات مرور`,
  newPassword: 'كلمة المرور الجديدة',
  confirmPassword: 'أعد إدخال كلمة المرور الجديدة',
  changePassword: 'تغيير كلمة المرور',
  confirmRequired: 'أدخل كلمة المرور الجديدة مرة أخرى.',
  passwordsDiffer: 'كلمتا المرور غير متطابقتين.',
  remindMeLater: 'ذكّرني لاحقًا',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'إعادة تعيين كلمة المرور',
  resetPasswordIntro: 'اختر كلمة مرور جديدة لحسابك.',
  resetPassword: 'إعادة تعيين كلمة المرور',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'التحقق بطريقة أخرى',
  tryAnotherWay: 'جرّب طريقة أخرى',
  backToSignIn: 'العودة إلى تسجيل الدخول',
  skip: 'تخطٍّ',
  resend: 'إرسال مرة أخرى',
  startOver: 'البدء من جديد',
  tryAgain: 'إعادة المحاولة',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'جارٍ المعالجة…',
  reconnecting: 'انقطع الاتصال. تجري إعادة الاتصال…',
  signedIn: 'تم تسجيل دخولك.',
  errorHeading: 'حدث خطأ ما',
  unsupportedStep: 'هذه الخطوة غير متاحة هنا. ابدأ من جديد أو استخدم طريقة أخرى.',
  handledByPageHeading: 'تابع على هذه الصفحة',
  handledByPage: 'سيرشدك هذا الموقع إلى الخطوة التالية.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'يتعذّر الوصول إلى خدمة تسجيل الدخول. تحقّق من اتصالك وحاول مرة أخرى.',
  errorRateLimited: 'محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  errorRateLimitedWait: (seconds: number) => `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${seconds} ث.`,
  errorServer: 'واجهت خدمة تسجيل الدخول مشكلة. حاول مرة أخرى بعد قليل.',
  errorInvalidResponse: 'أرسلت خدمة تسجيل الدخول ردًا تعذّرت قراءته. حاول مرة أخرى.',
  errorSessionExpired: 'انتهت جلسة تسجيل الدخول. ابدأ من جديد لتسجيل الدخول.',
  errorConfig: 'نموذج تسجيل الدخول هذا غير مُعدّ بشكل صحيح. تواصل مع مسؤول الموقع.',
  errorToken: 'تعذّر إكمال تسجيل الدخول. ابدأ من جديد للمحاولة مرة أخرى.',
  errorUnknown: 'حدث خطأ ما. حاول مرة أخرى.',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'تعذّر تسجيل الدخول. تحقّق من اسم المستخدم وكلمة المرور.',
    incorrectPassword: 'كلمة المرور غير صحيحة.',
    'api.authn.error.PASSCODE_INVALID': 'الرمز غير صالح. حاول مرة أخرى.',
    'idx.session.expired': 'انتهت جلسة تسجيل الدخول. ابدأ من جديد لتسجيل الدخول.',
    'api.authn.poll.error.push_rejected': 'رفضت هذا الإشعار الفوري.',
    'core.system.transaction_resource_not_found': 'انتهت مهلة التحقق. ابدأ من جديد لتسجيل الدخول.',
    E0000010: 'انتهت فترة التحقق. ابدأ من جديد لتسجيل الدخول.',
    tooManyRequests: 'محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
    'security.access_denied': 'ليس لديك إذن بتسجيل الدخول هنا.',
    E0000009: 'واجهت خدمة تسجيل الدخول مشكلة. حاول مرة أخرى بعد قليل.',
    'idx.password.expiring.message': 'عند انتهاء صلاحية كلمة المرور، سيلزمك تغييرها قبل أن تتمكن من تسجيل الدخول.',
    E0000069: 'هذا الحساب مقفل بعد محاولات فاشلة كثيرة. تواصل مع المسؤول لفتحه.',
    'ovs.numberChallengeUnreadable': 'يتعذّر عرض الرقم المطلوب الضغط عليه. أعد إرسال الإشعار الفوري أو تحقّق بطريقة أخرى.',
  },
} satisfies TranslationInput;

export default ar;
