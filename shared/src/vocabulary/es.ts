import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in Spanish: the screen and the summary both read these. */
export const es: Vocabulary = {
  constituency: {
    council: { short: "Consejo de Seguridad", long: "Consejo de Seguridad" },
    tpcc: { short: "PAC/PAP", long: "País que aporta contingentes o fuerzas de policía" },
    secretariat: { short: "Secretaría", long: "Secretaría" },
    host: { short: "Estado anfitrión", long: "Estado anfitrión" },
    observer: { short: "Observador", long: "Observador" },
  },
  stance: {
    supports: "Apoya",
    supports_with_reservations: "Apoya con reservas",
    neutral: "Neutral",
    opposes: "Se opone",
  },
  pollKind: {
    yes_no_abstain: "Sí / no / abstención",
    single_choice: "Opción única",
    multiple_choice: "Opción múltiple",
  },
  pollOption: {
    yes: "Sí",
    no: "No",
    abstain: "Abstención",
  },
  consensusOutcome: {
    adopted: "Aprobado por consenso",
    not_adopted: "No aprobado: se mantuvo una objeción",
  },
  expectationStatus: {
    draft: "Proyecto",
    proposed: "Sometida a consenso",
    agreed: "Acordada",
    agreed_with_reservations: "Acordada con reservas",
    not_agreed: "No acordada",
  },
  acceptance: {
    accepts: "Acepta",
    accepts_with_reservation: "Acepta con una salvedad nacional",
    does_not_accept: "No acepta",
  },
  threatActor: {
    host_state_forces: "Fuerzas del Estado anfitrión",
    non_state_armed_group: "Grupo armado no estatal",
    communal_militia: "Milicia comunitaria",
    unidentified: "No identificado",
  },
  pocTier: {
    tier_i: "Nivel I: protección mediante el diálogo y la interacción",
    tier_ii: "Nivel II: protección física",
    tier_iii: "Nivel III: creación de un entorno de protección",
  },
  pocPhase: {
    prevention: "Prevención",
    pre_emption: "Anticipación",
    response: "Respuesta",
    consolidation: "Consolidación",
  },
  forceLevel: {
    presence_deterrence: "Presencia y disuasión",
    interposition: "Interposición",
    non_lethal_force: "Fuerza no letal",
    deadly_force_last_resort: "Fuerza, incluida la letal, como último recurso",
  },
  responsibleActor: {
    council: "Consejo de Seguridad",
    tpccs: "Países que aportan contingentes y fuerzas de policía",
    secretariat: "Secretaría",
    host_state: "Estado anfitrión",
    mission: "Misión",
  },
  floorKind: {
    speaker: "Declaración",
    point_of_order: "Cuestión de orden",
    right_of_reply: "Derecho de respuesta",
  },
  paragraphState: {
    bracketed: "Entre corchetes",
    agreed_ad_referendum: "Acordado ad referendum",
    agreed: "Acordado",
  },
};
