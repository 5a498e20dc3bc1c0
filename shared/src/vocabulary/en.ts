import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in English: the screen and the summary both read these. */
export const en: Vocabulary = {
  constituency: {
    council: { short: "Security Council", long: "Security Council" },
    tpcc: { short: "T/PCC", long: "Troop- or police-contributing country" },
    secretariat: { short: "Secretariat", long: "Secretariat" },
    host: { short: "Host State", long: "Host State" },
    observer: { short: "Observer", long: "Observer" },
  },
  stance: {
    supports: "Supports",
    supports_with_reservations: "Supports with reservations",
    neutral: "Neutral",
    opposes: "Opposes",
  },
  pollKind: {
    yes_no_abstain: "Yes / no / abstain",
    single_choice: "One choice",
    multiple_choice: "Several choices",
  },
  pollOption: {
    yes: "Yes",
    no: "No",
    abstain: "Abstain",
  },
  consensusOutcome: {
    adopted: "Adopted by consensus",
    not_adopted: "Not adopted: an objection stood",
  },
  expectationStatus: {
    draft: "Draft",
    proposed: "Put to consensus",
    agreed: "Agreed",
    agreed_with_reservations: "Agreed with reservations",
    not_agreed: "Not agreed",
  },
  acceptance: {
    accepts: "Accepts",
    accepts_with_reservation: "Accepts with a national caveat",
    does_not_accept: "Does not accept",
  },
  threatActor: {
    host_state_forces: "Host-state forces",
    non_state_armed_group: "Non-state armed group",
    communal_militia: "Communal militia",
    unidentified: "Unidentified",
  },
  pocTier: {
    tier_i: "Tier I: protection through dialogue and engagement",
    tier_ii: "Tier II: provision of physical protection",
    tier_iii: "Tier III: establishment of a protective environment",
  },
  pocPhase: {
    prevention: "Prevention",
    pre_emption: "Pre-emption",
    response: "Response",
    consolidation: "Consolidation",
  },
  forceLevel: {
    presence_deterrence: "Presence and deterrence",
    interposition: "Interposition",
    non_lethal_force: "Non-lethal force",
    deadly_force_last_resort: "Force up to and including deadly force, as a last resort",
  },
  responsibleActor: {
    council: "Security Council",
    tpccs: "T/PCCs",
    secretariat: "Secretariat",
    host_state: "Host State",
    mission: "Mission",
  },
  floorKind: {
    speaker: "Statement",
    point_of_order: "Point of order",
    right_of_reply: "Right of reply",
  },
  paragraphState: {
    bracketed: "Bracketed",
    agreed_ad_referendum: "Agreed ad referendum",
    agreed: "Agreed",
  },
};
