/** Les mots de la connexion des opérateurs, de leurs rôles et des invitations par courriel. */
export const operatorAccess = {
  signInWith: "Se connecter avec {{provider}}",
  orToken: "Ou se connecter avec le jeton d'opérateur",
  outcome: {
    refused: "Votre compte n'a pas de rôle d'opérateur Trilogue. Demandez-en un à votre administrateur.",
    failed: "La connexion n'a pas abouti. Réessayez.",
    unavailable: "Le service de connexion est injoignable. Réessayez plus tard.",
  },
  signedInAs: "Connecté(e) : {{name}}",
  role: {
    administrator: "Administrateur",
    conference_officer: "Fonctionnaire des conférences",
    auditor: "Auditeur",
  },
  auditorNote:
    "En tant qu'auditeur, vous pouvez lire la piste d'audit et vérifier le journal ; vous ne pouvez rien modifier.",
  email: "Courriel",
  emailFor: "Adresse électronique pour {{who}}",
  send: "Envoyer",
  sendFor: "Envoyer le lien à {{who}} par courriel",
  sendConfirm: "Envoyer un nouveau lien à {{who}} par courriel ? Le lien affiché auparavant cessera de fonctionner.",
  mail: {
    none: "Non envoyé",
    queued: "En attente",
    sent: "Envoyé",
    failed: "Échec : {{reason}}",
    retrying: "Échec : {{reason}} (nouvel essai prévu)",
  },
} as const;
