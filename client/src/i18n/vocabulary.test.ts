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
import { missionStrings } from "../screens/missions/missions-strings";
import { resources } from "./resources";

/**
 * The screen and the chair's summary say the same thing about the same value: for every value of
 * every enum both show, the word on the screen (i18next) is the shared vocabulary's word, in each
 * of the six languages. The summary's labels (on the server) are checked against the same
 * vocabulary in server/src/summary/labels/vocabulary.test.ts, so both say the same string.
 */
const pair = (what: string, onScreen: string, inSummary: string): [string, string, string] => [
  what,
  onScreen,
  inSummary,
];

describe("one vocabulary for the screen and the summary", () => {
  for (const language of languages) {
    it(`${language}: every enumerated value reads the same on the screen and in the summary`, () => {
      const screen = resources[language].translation;
      const summary = vocabularies[language];
      const register = missionStrings[language].missions;
      const pairs: [string, string, string][] = [
        ...constituencies.map((v) =>
          pair(`constituency ${v}`, screen.constituency[v].short, summary.constituency[v].short),
        ),
        ...stances.map((v) => pair(`stance ${v}`, screen.stance[v], summary.stance[v])),
        ...pollKinds.map((v) => pair(`poll kind ${v}`, screen.polls.kind[v], summary.pollKind[v])),
        ...yesNoAbstainOptions.map((v) => pair(`poll option ${v}`, screen.polls.option[v], summary.pollOption[v])),
        ...consensusOutcomes.map((v) =>
          pair(`consensus outcome ${v}`, screen.consensus.state[v], summary.consensusOutcome[v]),
        ),
        ...expectationStatuses.map((v) =>
          pair(`expectation status ${v}`, screen.expectations.status[v], summary.expectationStatus[v]),
        ),
        ...acceptanceKinds.map((v) =>
          pair(`acceptance ${v}`, screen.expectations.acceptance[v], summary.acceptance[v]),
        ),
        ...threatActors.map((v) => pair(`threat actor ${v}`, screen.expectations.actor[v], summary.threatActor[v])),
        ...pocTiers.map((v) => pair(`tier ${v}`, screen.expectations.tier[v], summary.pocTier[v])),
        ...pocPhases.map((v) => pair(`phase ${v}`, screen.expectations.phase[v], summary.pocPhase[v])),
        ...forceLevels.map((v) => pair(`force level ${v}`, screen.expectations.force[v], summary.forceLevel[v])),
        ...responsibleActors.map((v) =>
          pair(`responsible ${v}`, screen.expectations.responsible[v], summary.responsibleActor[v]),
        ),
        ...floorRequestKinds.map((v) => pair(`floor ${v}`, screen.floorKind[v], summary.floorKind[v])),
        ...paragraphStates.map((v) => pair(`paragraph ${v}`, screen.drafting.state[v], summary.paragraphState[v])),
        pair("register: accepts", register.kindAccepts, summary.acceptance.accepts),
        ["register: accepts with reservation", register.kindReservation, summary.acceptance.accepts_with_reservation],
        pair("register: does not accept", register.kindNotAccepts, summary.acceptance.does_not_accept),
      ];
      const differing = pairs.filter(([, onScreen, inSummary]) => onScreen !== inSummary);
      expect(differing).toEqual([]);
      for (const [what, word] of pairs) expect(word.trim(), what).not.toBe("");
    });
  }
});
