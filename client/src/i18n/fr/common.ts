import { fr as vocabulary } from "@trilogue/shared/vocabulary/fr";
import type { common as en } from "../en/common";
import type { PluralFormsOf, Strings } from "../strings";

/** Mots communs à tous les écrans (French: no-break space before `:`, `;`, `?`, `!`). */
export const common: Strings<typeof en, PluralFormsOf["fr"]> = {
  app: {
    name: "Trilogue",
    skipToMain: "Aller au contenu principal",
    language: "Langue",
    loading: "Chargement…",
  },
  format: {
    colon: "\u00a0: ",
    separator: " · ",
    parenthetical: "({{text}})",
    listSeparator: "\u00a0; ",
  },
  action: {
    pending: "Envoi en cours…",
    waiting: "En attente de la connexion\u00a0; l'envoi se fera dès votre retour en ligne.",
    confirmed: "✓ Fait",
  },
  errors: {
    VALIDATION: "Une donnée saisie n'est pas acceptée. Veuillez la vérifier et réessayer.",
    UNAUTHENTICATED:
      "Vous n'êtes pas connecté(e), ou votre lien n'est plus valable. Veuillez rouvrir votre lien d'invitation.",
    FORBIDDEN: "Votre rôle ne permet pas cette action.",
    NOT_FOUND: "Cet élément n'existe plus\u00a0; il vient peut-être d'être modifié.",
    CONFLICT: "Cette action n'est pas possible en l'état.",
    RATE_LIMITED: "Trop d'actions à la fois. Veuillez patienter un instant, puis réessayer.",
    UNAVAILABLE: "Le serveur est momentanément injoignable. Veuillez réessayer dans un instant.",
    INTERNAL:
      "Une erreur s'est produite sur le serveur. Veuillez réessayer\u00a0; si le problème persiste, prévenez le Secrétariat.",
    PAYLOAD_TOO_LARGE: "Ce message est trop volumineux pour être envoyé. Veuillez le raccourcir et réessayer.",
    TIMEOUT: "Le serveur ne répond pas. Veuillez vérifier votre connexion et réessayer.",
  },
  connection: {
    idle: "Non connecté",
    connecting: "Connexion…",
    online: "En direct",
    reconnecting: "Reconnexion…",
    offline: "Hors ligne\u00a0: les actions attendent votre retour",
    "signed-out": "Déconnecté",
  },
  countdown: {
    left: "restantes",
    over: "de dépassement",
    speakingSoon: "Plus que 30 secondes de temps de parole.",
    objectionsSoon: "Plus que 30 secondes pour formuler une objection.",
  },
  consultationStatus: {
    scheduled: "Prévue",
    live: "En séance",
    suspended: "Suspendue",
    closed: "Close",
  },
  itemStatus: {
    pending: "Pas encore examiné",
    open: "En cours d'examen",
    concluded: "Examen achevé",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "Président(e)",
    secretary: "Secrétaire",
    delegate: "Délégué(e)",
    adviser: "Conseiller(ère)",
    observer: "Observateur(trice)",
  },
  confidentiality: {
    on_record: "Avec attribution aux délégations",
    chatham_house: "Règle de Chatham House",
    closed: "Restreint (résultats seulement)",
  },
};
