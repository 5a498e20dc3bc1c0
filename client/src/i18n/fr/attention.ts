import type { attention as en } from "../en/attention";
import type { PluralFormsOf, Strings } from "../strings";

/** Avis de ce que la salle demande à une délégation, et liste de ce qui l'attend encore. */
export const attention: Strings<typeof en, PluralFormsOf["fr"]> = {
  attention: {
    notices: "Demandé à votre délégation",
    kind: {
      poll: "Un sondage est ouvert",
      consensus: "Appel au consensus",
      expectation: "Attente soumise au consensus",
      silence: "Procédure d'approbation tacite",
      floor: "Votre délégation a la parole",
      cosign: "Demande de coparrainage",
    },
    vote: "Voter",
    respond: "Répondre",
    noObjection: "Pas d'objection",
    dismiss: "Masquer",
    close: "Fermer",
    closesIn: "Clôture dans",
    speakingTime: "Temps de parole :",
    answered: "Votre délégation a répondu, ou la question est close.",
    cosignFrom: "{{delegation}} demande à votre délégation de coparrainer.",
    cosignConfirm: "Coparrainer",
    cosignDecline: "Refuser",
    announceCosign: "{{delegation}} demande à votre délégation de coparrainer une déclaration.",
    awaiting: "En attente de votre délégation : {{count}}",
    nothing: "Rien n'attend votre délégation.",
    show: "Afficher",
    sound: "Émettre un son quand quelque chose est demandé à votre délégation",
    shortcut: "Alt+Maj+A mène au dernier avis.",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "Interrompu par une motion d'ordre :",
    leftOnResume: "reprendra avec {{time}} restantes",
  },
};
