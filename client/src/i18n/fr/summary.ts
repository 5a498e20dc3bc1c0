import type { summary as en } from "../en/summary";
import type { PluralFormsOf, Strings } from "../strings";

/** Résumé du Président : rédaction de l'exposé, arrêt du texte, téléchargements et intégrité. */
export const summary: Strings<typeof en, PluralFormsOf["fr"]> = {
  summary: {
    title: "Résumé du Président",
    loading: "Chargement du résumé…",
    loadError: "Le résumé n'a pas pu être chargé. Il sera relu lorsque vous reviendrez à cette fenêtre.",
    status: {
      draft: "Projet, révision {{revision}}",
      final: "Définitif",
    },
    notYetFinal:
      "Le résumé du Président est en cours d'élaboration. Il apparaîtra ici, prêt à être téléchargé, une fois arrêté par le Président.",
    editorHeading: "Exposé",
    editorHint:
      "Vos modifications sont enregistrées comme nouvelle révision du projet (vous êtes parti de la révision {{revision}}).",
    overview: "Vue d'ensemble",
    itemSummary: "Résumé du débat : point {{number}}, {{title}}",
    followUp: "Suites à donner",
    noFollowUp: "Aucune suite à donner pour l'instant.",
    actionLegend: "Suite à donner n° {{number}}",
    action: "Mesure",
    responsible: "Responsable",
    responsibleIs: "responsable : {{who}}",
    addAction: "Ajouter une suite à donner",
    removeAction: "Supprimer la suite à donner n° {{number}}",
    save: "Enregistrer le projet",
    unsaved: "Modifications non enregistrées",
    conflict:
      "Une autre personne a enregistré le projet avant vous. Vos modifications n'ont pas été enregistrées. Rechargez le projet pour voir son texte, puis apportez à nouveau vos modifications.",
    conflictShort: "Une autre personne a enregistré le projet avant vous.",
    changedElsewhere:
      "Une révision plus récente du projet a été enregistrée par une autre personne. Rechargez-la avant d'enregistrer, afin qu'aucun texte ne soit perdu.",
    reload: "Recharger le projet",
    emptyNarrative: "Aucun exposé n'a encore été rédigé.",
    finalise: "Arrêter le résumé (révision {{revision}})",
    finaliseConfirm:
      "Arrêter le résumé du Président dans sa révision {{revision}} ? Un résumé définitif ne peut plus jamais être modifié.",
    finaliseHint: "Le résumé ne peut pas être arrêté tant qu'un vote indicatif ou un appel au consensus est en cours.",
    downloads: "Télécharger le résumé définitif",
    downloadsDraft: "Télécharger le projet",
    downloadLabel: "Télécharger le résumé au format {{format}}",
    format: {
      md: "Markdown",
      pdf: "PDF",
      docx: "Word (DOCX)",
      json: "JSON (canonique)",
      csv: "Bulletins (CSV)",
    },
    integrity: "Intégrité",
    finalisedAt: "Arrêté le",
    finalisedOn: "{{date}}, {{time}}",
    digest: "Empreinte SHA-256",
    coveredSeq: "Dernier événement couvert",
    coveredHash: "Empreinte de cet événement dans le journal inviolable",
    verify: "Vérifier l'empreinte",
  },
};
