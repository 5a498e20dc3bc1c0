import { en as vocabulary } from "../vocabulary/en.js";

/**
 * The English words of the expectations register (kept in English, the record's language): the
 * field names of an expectation as the register and its redlines write them. The summary's
 * English labels take these same words, so the register and the summary read alike.
 */
export const registerWords = {
  scenario: "Scenario",
  threatActor: "Threat actor",
  response: "Expected response",
  forceLevel: "Highest force level",
  conditions: "Conditions",
  imminentThreat: "imminent threat",
  withinCapabilities: "within capabilities and areas of deployment",
  threatActors: vocabulary.threatActor,
  tiers: vocabulary.pocTier,
  phases: vocabulary.pocPhase,
  forceLevels: vocabulary.forceLevel,
  responsibleActors: vocabulary.responsibleActor,
  acceptanceKinds: vocabulary.acceptance,
};
