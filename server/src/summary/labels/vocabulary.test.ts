import {
  acceptanceKinds,
  consensusOutcomes,
  constituencies,
  expectationStatuses,
  floorRequestKinds,
  forceLevels,
  languages,
  paragraphStates,
  pocPhases,
  pocTiers,
  pollKinds,
  responsibleActors,
  stances,
  threatActors,
  vocabularies,
  yesNoAbstainOptions,
} from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { summaryLabels } from "./index.js";

/**
 * The summary's word for every enumerated value is the shared vocabulary's, in each language; the
 * client's vocabulary test checks the screen against the same vocabulary, so the screen and the
 * summary print the same string.
 */
describe("the summary speaks the shared vocabulary", () => {
  for (const language of languages) {
    it(`${language}: every enumerated value reads as the vocabulary says`, () => {
      const words = vocabularies[language];
      const summary = summaryLabels[language];
      const pairs = [
        ...constituencies.map((v) => [`constituency ${v}`, summary.constituencies[v], words.constituency[v].short]),
        ...stances.map((v) => [`stance ${v}`, summary.stances[v], words.stance[v]]),
        ...pollKinds.map((v) => [`poll kind ${v}`, summary.pollKinds[v], words.pollKind[v]]),
        ...yesNoAbstainOptions.map((v) => [`poll option ${v}`, summary.yesNoAbstain[v], words.pollOption[v]]),
        ...consensusOutcomes.map((v) => [`outcome ${v}`, summary.outcomes[v], words.consensusOutcome[v]]),
        ...expectationStatuses.map((v) => [`status ${v}`, summary.expectationStatuses[v], words.expectationStatus[v]]),
        ...acceptanceKinds.map((v) => [`acceptance ${v}`, summary.acceptanceKinds[v], words.acceptance[v]]),
        ...threatActors.map((v) => [`threat actor ${v}`, summary.threatActors[v], words.threatActor[v]]),
        ...pocTiers.map((v) => [`tier ${v}`, summary.tiers[v], words.pocTier[v]]),
        ...pocPhases.map((v) => [`phase ${v}`, summary.phases[v], words.pocPhase[v]]),
        ...forceLevels.map((v) => [`force level ${v}`, summary.forceLevels[v], words.forceLevel[v]]),
        ...responsibleActors.map((v) => [`responsible ${v}`, summary.responsibleActors[v], words.responsibleActor[v]]),
        ...floorRequestKinds.map((v) => [`floor ${v}`, summary.floorKinds[v], words.floorKind[v]]),
        ...paragraphStates.map((v) => [`paragraph ${v}`, summary.paragraphStates[v], words.paragraphState[v]]),
      ];
      expect(pairs.filter(([, inSummary, inVocabulary]) => inSummary !== inVocabulary)).toEqual([]);
    });
  }
});
