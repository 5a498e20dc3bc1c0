import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in French: the screen and the summary both read these. */
export const fr: Vocabulary = {
  constituency: {
    council: { short: "Conseil de sécurité", long: "Conseil de sécurité" },
    tpcc: { short: "PCT/PCP", long: "Pays fournisseur de contingents ou de personnel de police" },
    secretariat: { short: "Secrétariat", long: "Secrétariat" },
    host: { short: "État hôte", long: "État hôte" },
    observer: { short: "Observateur", long: "Observateur" },
  },
  stance: {
    supports: "Appuie",
    supports_with_reservations: "Appuie avec des réserves",
    neutral: "Neutre",
    opposes: "S'oppose",
  },
  pollKind: {
    yes_no_abstain: "Oui / non / abstention",
    single_choice: "Choix unique",
    multiple_choice: "Choix multiple",
  },
  pollOption: {
    yes: "Oui",
    no: "Non",
    abstain: "Abstention",
  },
  consensusOutcome: {
    adopted: "Adopté par consensus",
    not_adopted: "Non adopté : une objection a été maintenue",
  },
  expectationStatus: {
    draft: "Projet",
    proposed: "Soumise pour adoption par consensus",
    agreed: "Convenue",
    agreed_with_reservations: "Convenue avec réserves",
    not_agreed: "Non convenue",
  },
  acceptance: {
    accepts: "Accepte",
    accepts_with_reservation: "Accepte avec une restriction nationale",
    does_not_accept: "N'accepte pas",
  },
  threatActor: {
    host_state_forces: "Forces de l'État hôte",
    non_state_armed_group: "Groupe armé non étatique",
    communal_militia: "Milice communautaire",
    unidentified: "Non identifié",
  },
  pocTier: {
    tier_i: "Niveau I : protection par le dialogue et la concertation",
    tier_ii: "Niveau II : protection physique",
    tier_iii: "Niveau III : instauration d'un environnement protecteur",
  },
  pocPhase: {
    prevention: "Prévention",
    pre_emption: "Préemption",
    response: "Intervention",
    consolidation: "Consolidation",
  },
  forceLevel: {
    presence_deterrence: "Présence et dissuasion",
    interposition: "Interposition",
    non_lethal_force: "Force non létale",
    deadly_force_last_resort: "Force pouvant aller jusqu'à la force létale, en dernier recours",
  },
  responsibleActor: {
    council: "Conseil de sécurité",
    tpccs: "Pays fournisseurs de contingents ou de personnel de police",
    secretariat: "Secrétariat",
    host_state: "État hôte",
    mission: "Mission",
  },
  floorKind: {
    speaker: "Déclaration",
    point_of_order: "Motion d'ordre",
    right_of_reply: "Droit de réponse",
  },
  paragraphState: {
    bracketed: "Entre crochets",
    agreed_ad_referendum: "Convenu ad referendum",
    agreed: "Convenu",
  },
};
