/** Español. */
import type { TranslationInput } from '../en.js';

const es = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  // Sign-in: username and password.
  signInHeading: 'Iniciar sesión',
  username: 'Nombre de usuario',
  password: 'Contraseña',
  showPassword: 'Mostrar',
  showPasswordLabel: (field: string) => `Mostrar ${field.toLowerCase()}`,
  signIn: 'Iniciar sesión',
  usernameRequired: 'Introduzca su nombre de usuario.',
  passwordRequired: 'Introduzca su contraseña.',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'Verifique su identidad con un método de seguridad',
  chooseAuthenticatorIntro: 'Elija una de las siguientes opciones.',
  selectAuthenticator: (name: string) => `Elegir ${name}`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Contraseña',
  authenticatorPhone: 'Teléfono',
  authenticatorEmail: 'Correo electrónico',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Llave de seguridad o autenticador biométrico',
  authenticatorSecurityQuestion: 'Pregunta de seguridad',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `Verificar con ${authenticator}`,
  chooseMethodIntro: '¿Cómo quiere verificar su identidad?',
  methodPush: 'Recibir una notificación push',
  methodTotp: 'Introducir un código',
  methodPushHint: 'Apruebe una notificación en su dispositivo.',
  methodTotpHint: 'Escriba el código de 6 dígitos que muestra la aplicación.',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'Introducir un código',
  codeIntro: (authenticator: string) => `Introduzca el código de ${authenticator}.`,
  codeIntroSentTo: (to: string) => `Introduzca el código que hemos enviado a ${to}.`,
  code: 'Código',
  verify: 'Verificar',
  codeRequired: 'Introduzca el código.',
  codeFormat: 'El código tiene 6 dígitos.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'Recibir una notificación push',
  pushSent: 'Notificación push enviada. Responda en su dispositivo.',
  pushNumberIntro: 'En su dispositivo, toque este número:',
  pushNumberLabel: (n: string) => `Toque ${n} en su dispositivo`,
  pushReminder: (app: string) => `¿Aún no ha recibido la notificación push? Abra ${app} en su dispositivo o envíela de nuevo.`,
  resendPush: 'Reenviar la notificación push',

  // Enrollment: which security methods to set up.
  enrollHeading: 'Configurar métodos de seguridad',
  enrollRequiredIntro: 'Su organización le pide configurar el siguiente método para iniciar sesión.',
  enrollOptionalIntro: 'Puede configurar un método de seguridad ahora o más tarde.',
  setUpAuthenticator: (name: string) => `Configurar ${name}`,
  setUpLater: 'Configurar más tarde',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Configurar Okta Verify',
  enrollQrStep1: 'En su dispositivo móvil, descargue la aplicación Okta Verify desde App Store o Google Play.',
  enrollQrStep2: 'Abra Okta Verify y añada una cuenta.',
  enrollQrStep3: 'Escanee con la aplicación el código QR de abajo.',
  enrollQrAlt: 'Código QR para escanear con la aplicación Okta Verify en su dispositivo móvil',
  enrollQrUnavailable: 'No se puede mostrar el código QR. Elija «¿No puede escanear?» para recibir un enlace de configuración.',
  enrollWaiting: 'Esperando a que termine la configuración en su dispositivo…',
  cantScan: '¿No puede escanear?',
  returnToList: 'Volver a la lista de métodos',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'Otras formas de configurar',
  enrollChannelIntro: '¿Cómo quiere configurar Okta Verify?',
  channelQr: 'Escanear un código QR',
  channelQrHint: 'Use la cámara de la aplicación en esta pantalla.',
  channelEmail: 'Enviarme un enlace por correo electrónico',
  channelEmailHint: 'Abra el enlace en su dispositivo móvil.',
  channelSms: 'Enviarme un enlace por SMS',
  channelSmsHint: 'Abra el enlace en su dispositivo móvil.',
  enrollEmailHeading: 'Configurar con un enlace por correo',
  enrollEmailIntro: 'Introduzca una dirección de correo que pueda abrir en su dispositivo móvil.',
  enrollSmsHeading: 'Configurar con un mensaje de texto',
  enrollSmsIntro: 'Introduzca el número de su dispositivo móvil.',
  email: 'Correo electrónico',
  phoneNumber: 'Número de teléfono',
  sendSetupLink: 'Enviarme el enlace de configuración',
  emailRequired: 'Introduzca una dirección de correo electrónico.',
  emailFormat: 'Introduzca una dirección como nombre@ejemplo.com.',
  phoneRequired: 'Introduzca un número de teléfono.',
  phoneFormat: 'Introduzca un número con su prefijo internacional, como +34 600 000 000.',
  enrollSentEmailHeading: 'Revise su correo',
  enrollSentSmsHeading: 'Revise sus mensajes de texto',
  enrollSentTo: 'Hemos enviado un enlace de configuración a',
  enrollSentEmailIntro: 'Abra el correo en su dispositivo móvil y toque el enlace para configurar Okta Verify.',
  enrollSentSmsIntro: 'Toque el enlace del mensaje en su dispositivo móvil para configurar Okta Verify.',
  sendAgain: 'Enviar de nuevo',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'Su contraseña ha caducado',
  passwordExpiringHeading: 'Su contraseña caducará pronto',
  passwordExpiresInDays: (days: number) => (days === 0 ? 'Su contraseña caduca hoy' : days === 1 ? 'Su contraseña caducará en 1 día' : `Su contraseña caducará en ${days} días`),
  passwordExpiredIntro: 'Elija una contraseña nueva para seguir iniciando sesión.',
  passwordExpiringIntro: 'Cámbiela ahora para poder seguir iniciando sesión.',
  passwordRulesIntro: 'Su contraseña necesita:',
  ruleMinLength: (n: number) => `Al menos ${n} caracteres`,
  ruleLowerCase: 'Una letra minúscula',
  ruleUpperCase: 'Una letra mayúscula',
  ruleNumber: 'Un número',
  ruleSymbol: 'Un símbolo',
  ruleNoUsername: 'Ninguna parte de su nombre de usuario',
  ruleNoName: 'Ni su nombre ni su apellido',
  ruleMaxRepeat: (n: number) => `Ningún carácter más de ${n} veces seguidas`,
  ruleHistory: (n: number) => `Ninguna de sus últimas ${n} contraseñas`,
  newPassword: 'Contraseña nueva',
  confirmPassword: 'Repita la contraseña nueva',
  changePassword: 'Cambiar la contraseña',
  confirmRequired: 'Introduzca de nuevo la contraseña nueva.',
  passwordsDiffer: 'Las contraseñas no coinciden.',
  remindMeLater: 'Recordármelo más tarde',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'Restablezca su contraseña',
  resetPasswordIntro: 'Elija una contraseña nueva para su cuenta.',
  resetPassword: 'Restablecer la contraseña',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'Verificar con otro método',
  tryAnotherWay: 'Probar de otra forma',
  backToSignIn: 'Volver a iniciar sesión',
  skip: 'Omitir',
  resend: 'Enviar de nuevo',
  startOver: 'Empezar de nuevo',
  tryAgain: 'Reintentar',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'Procesando…',
  reconnecting: 'Se perdió la conexión. Reconectando…',
  signedIn: 'Ha iniciado sesión.',
  errorHeading: 'Algo salió mal',
  unsupportedStep: 'Este paso no está disponible aquí. Empiece de nuevo o use otro método.',
  handledByPageHeading: 'Continúe en esta página',
  handledByPage: 'Este sitio le guiará en el siguiente paso.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'No podemos conectar con el servicio de inicio de sesión. Compruebe su conexión y vuelva a intentarlo.',
  errorRateLimited: 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
  errorRateLimitedWait: (seconds: number) => `Demasiados intentos. Vuelva a intentarlo en ${seconds} s.`,
  errorServer: 'El servicio de inicio de sesión tuvo un problema. Vuelva a intentarlo en un momento.',
  errorInvalidResponse: 'El servicio de inicio de sesión envió una respuesta que no pudimos leer. Vuelva a intentarlo.',
  errorSessionExpired: 'Su sesión de inicio ha caducado. Empiece de nuevo para iniciar sesión.',
  errorConfig: 'Este formulario de inicio de sesión no está bien configurado. Contacte con el administrador del sitio.',
  errorToken: 'No pudimos completar el inicio de sesión. Empiece de nuevo para reintentarlo.',
  errorUnknown: 'Algo salió mal. Vuelva a intentarlo.',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'No se pudo iniciar sesión. Compruebe su nombre de usuario y contraseña.',
    incorrectPassword: 'La contraseña no es correcta.',
    'api.authn.error.PASSCODE_INVALID': 'Código no válido. Vuelva a intentarlo.',
    'idx.session.expired': 'Su sesión de inicio ha caducado. Empiece de nuevo para iniciar sesión.',
    'api.authn.poll.error.push_rejected': 'Ha rechazado esta notificación push.',
    'core.system.transaction_resource_not_found': 'Se agotó el tiempo de verificación. Empiece de nuevo para iniciar sesión.',
    E0000010: 'El plazo de verificación ha caducado. Empiece de nuevo para iniciar sesión.',
    tooManyRequests: 'Demasiados intentos. Espere un momento y vuelva a intentarlo.',
    'security.access_denied': 'No tiene permiso para iniciar sesión aquí.',
    E0000009: 'El servicio de inicio de sesión tuvo un problema. Vuelva a intentarlo en un momento.',
    'idx.password.expiring.message': 'Cuando su contraseña caduque, tendrá que cambiarla antes de poder iniciar sesión.',
    E0000069: 'Esta cuenta está bloqueada por demasiados intentos fallidos. Contacte con su administrador para desbloquearla.',
    'ovs.numberChallengeUnreadable': 'No se puede mostrar el número que debe tocar. Reenvíe la notificación push o verifique con otro método.',
  },
} satisfies TranslationInput;

export default es;
