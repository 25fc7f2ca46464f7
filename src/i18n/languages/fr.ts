/** Français. */
import type { TranslationInput } from '../en.js';

const fr = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',

  // Sign-in: username and password.
  signInHeading: 'Connexion',
  username: 'Nom d’utilisateur',
  password: 'Mot de passe',
  showPassword: 'Afficher',
  showPasswordLabel: (field: string) => `Afficher le ${field.toLowerCase()}`,
  signIn: 'Se connecter',
  usernameRequired: 'Saisissez votre nom d’utilisateur.',
  passwordRequired: 'Saisissez votre mot de passe.',

  // Choosing an authenticator, and the authenticators' names.
  chooseAuthenticatorHeading: 'Confirmez votre identité avec une méthode de sécurité',
  chooseAuthenticatorIntro: 'Choisissez parmi les options suivantes.',
  selectAuthenticator: (name: string) => `Choisir ${name}`,
  authenticatorOktaVerify: 'Okta Verify',
  authenticatorPassword: 'Mot de passe',
  authenticatorPhone: 'Téléphone',
  authenticatorEmail: 'E-mail',
  authenticatorGoogleOtp: 'Google Authenticator',
  authenticatorSecurityKey: 'Clé de sécurité ou authentificateur biométrique',
  authenticatorSecurityQuestion: 'Question de sécurité',

  // Choosing how to verify with one authenticator: a push or a code.
  chooseMethodHeading: (authenticator: string) => `Vérifier avec ${authenticator}`,
  chooseMethodIntro: 'Comment souhaitez-vous confirmer votre identité ?',
  methodPush: 'Recevoir une notification push',
  methodTotp: 'Saisir un code',
  methodPushHint: 'Approuvez une notification sur votre appareil.',
  methodTotpHint: 'Saisissez le code à 6 chiffres affiché dans l’application.',

  // Entering a code, from an app or sent by email or text message.
  codeHeading: 'Saisir un code',
  codeIntro: (authenticator: string) => `Saisissez le code fourni par ${authenticator}.`,
  codeIntroSentTo: (to: string) => `Saisissez le code que nous avons envoyé à ${to}.`,
  code: 'Code',
  verify: 'Vérifier',
  codeRequired: 'Saisissez le code.',
  codeFormat: 'Le code comporte 6 chiffres.',

  // Push notifications, and the number to tap on the device.
  pushHeading: 'Recevoir une notification push',
  pushSent: 'Notification push envoyée. Répondez sur votre appareil.',
  pushNumberIntro: 'Sur votre appareil, touchez ce nombre :',
  pushNumberLabel: (n: string) => `Touchez ${n} sur votre appareil`,
  pushReminder: (app: string) => `Vous n’avez pas encore reçu de notification push ? Ouvrez ${app} sur votre appareil, ou renvoyez-la.`,
  resendPush: 'Renvoyer la notification push',

  // Enrollment: which security methods to set up.
  enrollHeading: 'Configurer des méthodes de sécurité',
  enrollRequiredIntro: 'Votre organisation vous demande de configurer la méthode suivante pour vous connecter.',
  enrollOptionalIntro: 'Vous pouvez configurer une méthode de sécurité maintenant ou plus tard.',
  setUpAuthenticator: (name: string) => `Configurer ${name}`,
  setUpLater: 'Configurer plus tard',

  // Enrollment of Okta Verify with a QR code.
  enrollQrHeading: 'Configurer Okta Verify',
  enrollQrStep1: 'Sur votre appareil mobile, téléchargez l’application Okta Verify depuis l’App Store ou Google Play.',
  enrollQrStep2: 'Ouvrez Okta Verify et ajoutez un compte.',
  enrollQrStep3: 'Scannez le code QR ci-dessous avec l’application.',
  enrollQrAlt: 'Code QR à scanner avec l’application Okta Verify sur votre appareil mobile',
  enrollQrUnavailable: 'Le code QR ne peut pas être affiché. Choisissez « Impossible de scanner ? » pour recevoir un lien de configuration.',
  enrollWaiting: 'En attente de la fin de la configuration sur votre appareil…',
  cantScan: 'Impossible de scanner ?',
  returnToList: 'Revenir à la liste des méthodes',

  // Enrollment with a setup link sent by email or text message.
  enrollChannelHeading: 'Autres façons de configurer',
  enrollChannelIntro: 'Comment souhaitez-vous configurer Okta Verify ?',
  channelQr: 'Scanner un code QR',
  channelQrHint: 'Utilisez l’appareil photo de l’application sur cet écran.',
  channelEmail: 'M’envoyer un lien par e-mail',
  channelEmailHint: 'Ouvrez le lien sur votre appareil mobile.',
  channelSms: 'M’envoyer un lien par SMS',
  channelSmsHint: 'Ouvrez le lien sur votre appareil mobile.',
  enrollEmailHeading: 'Configurer avec un lien par e-mail',
  enrollEmailIntro: 'Saisissez une adresse e-mail que vous pouvez ouvrir sur votre appareil mobile.',
  enrollSmsHeading: 'Configurer avec un SMS',
  enrollSmsIntro: 'Saisissez le numéro de votre appareil mobile.',
  email: 'E-mail',
  phoneNumber: 'Numéro de téléphone',
  sendSetupLink: 'M’envoyer le lien de configuration',
  emailRequired: 'Saisissez une adresse e-mail.',
  emailFormat: 'Saisissez une adresse comme nom@exemple.fr.',
  phoneRequired: 'Saisissez un numéro de téléphone.',
  phoneFormat: 'Saisissez un numéro avec son indicatif international, comme +33 6 00 00 00 00.',
  enrollSentEmailHeading: 'Consultez vos e-mails',
  enrollSentSmsHeading: 'Consultez vos SMS',
  enrollSentTo: 'Nous avons envoyé un lien de configuration à',
  enrollSentEmailIntro: 'Ouvrez l’e-mail sur votre appareil mobile et touchez le lien pour configurer Okta Verify.',
  enrollSentSmsIntro: 'Touchez le lien du message sur votre appareil mobile pour configurer Okta Verify.',
  sendAgain: 'Renvoyer',

  // Password expired or expiring: the new password and the rules it must meet.
  passwordExpiredHeading: 'Votre mot de passe a expiré',
  passwordExpiringHeading: 'Votre mot de passe va bientôt expirer',
  passwordExpiresInDays: (days: number) => (days === 0 ? 'Votre mot de passe expire aujourd’hui' : days === 1 ? 'Votre mot de passe expire dans 1 jour' : `Votre mot de passe expire dans ${days} jours`),
  passwordExpiredIntro: 'Choisissez un nouveau mot de passe pour continuer à vous connecter.',
  passwordExpiringIntro: 'Changez-le maintenant pour pouvoir continuer à vous connecter.',
  passwordRulesIntro: 'Votre mot de passe doit contenir :',
  ruleMinLength: (n: number) => `Au moins ${n} caractères`,
  ruleLowerCase: 'Une lettre minuscule',
  ruleUpperCase: 'Une lettre majuscule',
  ruleNumber: 'Un chiffre',
  ruleSymbol: 'Un symbole',
  ruleNoUsername: 'Aucune partie de votre nom d’utilisateur',
  ruleNoName: 'Ni votre prénom ni votre nom',
  ruleMaxRepeat: (n: number) => `Pas plus de ${n} fois le même caractère à la suite`,
  ruleHistory: (n: number) => `Aucun de vos ${n} derniers mots de passe`,
  newPassword: 'Nouveau mot de passe',
  confirmPassword: 'Confirmez le nouveau mot de passe',
  changePassword: 'Changer le mot de passe',
  confirmRequired: 'Saisissez de nouveau le nouveau mot de passe.',
  passwordsDiffer: 'Les mots de passe ne correspondent pas.',
  remindMeLater: 'Me le rappeler plus tard',

  // Password reset (forgotten password), sharing the new-password fields and rules above.
  resetPasswordHeading: 'Réinitialisez votre mot de passe',
  resetPasswordIntro: 'Choisissez un nouveau mot de passe pour votre compte.',
  resetPassword: 'Réinitialiser le mot de passe',

  // Actions offered in a step's footer.
  verifyWithSomethingElse: 'Vérifier avec une autre méthode',
  tryAnotherWay: 'Essayer autrement',
  backToSignIn: 'Retour à la connexion',
  skip: 'Ignorer',
  resend: 'Renvoyer',
  startOver: 'Recommencer',
  tryAgain: 'Réessayer',

  // Progress and outcomes, and a step in place of one that cannot be shown.
  working: 'Traitement…',
  reconnecting: 'Connexion perdue. Reconnexion…',
  signedIn: 'Vous êtes connecté.',
  errorHeading: 'Un problème est survenu',
  unsupportedStep: 'Cette étape n’est pas disponible ici. Recommencez ou utilisez une autre méthode.',
  handledByPageHeading: 'Continuez sur cette page',
  handledByPage: 'Ce site vous guidera pour l’étape suivante.',

  // Failures of the network, the server or the configuration (see src/flow/errors.ts).
  errorNetwork: 'Impossible de joindre le service de connexion. Vérifiez votre connexion et réessayez.',
  errorRateLimited: 'Trop de tentatives. Patientez un instant et réessayez.',
  errorRateLimitedWait: (seconds: number) => `Trop de tentatives. Réessayez dans ${seconds} s.`,
  errorServer: 'Le service de connexion a rencontré un problème. Réessayez dans un instant.',
  errorInvalidResponse: 'Le service de connexion a envoyé une réponse illisible. Réessayez.',
  errorSessionExpired: 'Votre session de connexion a expiré. Recommencez pour vous connecter.',
  errorConfig: 'Ce formulaire de connexion est mal configuré. Contactez l’administrateur du site.',
  errorToken: 'La connexion n’a pas pu aboutir. Recommencez pour réessayer.',
  errorUnknown: 'Un problème est survenu. Réessayez.',

  // Local wording for messages the server sends, by their `i18n.key` (see en.ts).
  $messages: {
    'errors.E0000004': 'Échec de la connexion. Vérifiez votre nom d’utilisateur et votre mot de passe.',
    incorrectPassword: 'Le mot de passe est incorrect.',
    'api.authn.error.PASSCODE_INVALID': 'Code non valide. Réessayez.',
    'idx.session.expired': 'Votre session de connexion a expiré. Recommencez pour vous connecter.',
    'api.authn.poll.error.push_rejected': 'Vous avez refusé cette notification push.',
    'core.system.transaction_resource_not_found': 'Le délai de vérification est dépassé. Recommencez pour vous connecter.',
    E0000010: 'La fenêtre de vérification a expiré. Recommencez pour vous connecter.',
    tooManyRequests: 'Trop de tentatives. Patientez un instant et réessayez.',
    'security.access_denied': 'Vous n’êtes pas autorisé à vous connecter ici.',
    E0000009: 'Le service de connexion a rencontré un problème. Réessayez dans un instant.',
    'idx.password.expiring.message': 'Lorsque votre mot de passe aura expiré, vous devrez le changer avant de pouvoir vous connecter.',
    E0000069: 'Ce compte est verrouillé après trop de tentatives infructueuses. Contactez votre administrateur pour le déverrouiller.',
    'ovs.numberChallengeUnreadable': 'Le nombre à toucher ne peut pas être affiché. Renvoyez la notification push ou vérifiez avec une autre méthode.',
  },
} satisfies TranslationInput;

export default fr;
