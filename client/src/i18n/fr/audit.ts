import type { audit as en } from "../en/audit";
import type { PluralFormsOf, Strings } from "../strings";

/** Journal d'audit : qui a fait quoi, et quand, tel que le lisent la présidence et l'opérateur. */
export const audit: Strings<typeof en, PluralFormsOf["fr"]> = {
  audit: {
    title: "Journal d'audit",
    caption: "Qui a fait quoi, et quand, du plus ancien au plus récent",
    secretBallots:
      "Les scrutins secrets n'apparaissent jamais dans le journal d'audit\u00a0: rien n'est conservé de l'identité des votants ni du sens de leur vote.",
    column: {
      seq: "N°",
      time: "Heure",
      who: "Qui",
      what: "Quoi",
    },
    system: "Système / opérateur",
    unknownEvent: "Autre événement ({{type}})",
    loading: "Chargement du journal d'audit…",
    loadError: "Le journal d'audit n'a pas pu être chargé. Réessayez dans un instant.",
    empty: "Aucune entrée pour l'instant.",
    upToDate: "Aucune entrée plus récente.",
    loadMore: "Afficher la suite",
    checkNewer: "Rechercher de nouvelles entrées",
    event: {
      consultation: {
        created: "Consultation créée",
        updated: "Informations de la consultation modifiées",
        "status-changed": "Statut de la consultation modifié",
      },
      display: {
        changed: "Affichage de salle modifié par la présidence",
      },
      delegation: {
        registered: "Délégation inscrite",
        updated: "Informations de la délégation modifiées",
      },
      participant: {
        joined: "Participant connecté",
      },
      item: {
        added: "Point ajouté à l'ordre du jour",
        removed: "Point retiré de l'ordre du jour",
        opened: "Examen du point ouvert",
        "time-box-set": "Durée fixée pour un point de l'ordre du jour",
        edited: "Point de l'ordre du jour corrigé par l'opérateur",
        concluded: "Examen du point clos",
        reopened: "Examen du point rouvert",
      },
      agenda: {
        reordered: "Ordre du jour réorganisé",
      },
      floor: {
        requested: "Demande de parole",
        withdrawn: "Demande de parole retirée",
        given: "Parole donnée",
        "time-set": "Temps de parole fixé",
        "turn-ended": "Fin de l'intervention",
      },
      position: {
        published: "Position publiée",
      },
      poll: {
        created: "Scrutin créé",
        opened: "Scrutin ouvert",
        closed: "Scrutin clos",
        "turnout-changed": "Participation au scrutin mise à jour",
      },
      ballot: {
        counted: "Vote nominatif comptabilisé",
        changed: "Vote nominatif modifié",
      },
      consensus: {
        called: "Appel au consensus lancé",
        objected: "Objection formulée",
        "objection-withdrawn": "Objection retirée",
        closed: "Appel au consensus clos",
      },
      expectation: {
        drafted: "Attente rédigée",
        revised: "Attente révisée",
      },
      amendment: {
        proposed: "Amendement proposé",
        accepted: "Amendement accepté",
        rejected: "Amendement rejeté",
      },
      acceptance: {
        recorded: "Acceptation enregistrée",
      },
      draft: {
        opened: "Projet de texte ouvert",
      },
      paragraph: {
        added: "Paragraphe ajouté",
        edited: "Paragraphe modifié",
        "state-changed": "Statut du paragraphe modifié",
      },
      proposal: {
        submitted: "Proposition soumise",
        withdrawn: "Proposition retirée",
        merged: "Proposition intégrée au texte",
        rejected: "Proposition rejetée",
      },
      joint: {
        posted: "Texte commun soumis aux cosignataires",
      },
      cosignature: {
        confirmed: "Cosignature confirmée",
        declined: "Cosignature refusée",
      },
      breakdown: {
        "disclosure-changed": "Publication de la ventilation modifiée",
      },
      summary: {
        "draft-edited": "Projet de résumé modifié",
        finalised: "Résumé arrêté",
      },
    },
  },
};
