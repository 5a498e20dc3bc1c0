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
  summaryLabels,
  threatActors,
  yesNoAbstainOptions,
} from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { missionStrings } from "../screens/missions/missions-strings";
import { resources } from "./resources";

/**
 * The screen and the chair's summary say the same thing about the same value: for every value of
 * every enum both show, the word on the screen (i18next) is the word in the summary, in each of
 * the six languages.
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
      const summary = summaryLabels[language];
      const register = missionStrings[language].missions;
      const pairs: [string, string, string][] = [
        ...constituencies.map((v) =>
          pair(`constituency ${v}`, screen.constituency[v].short, summary.constituencies[v]),
        ),
        ...stances.map((v) => pair(`stance ${v}`, screen.stance[v], summary.stances[v])),
        ...pollKinds.map((v) => pair(`poll kind ${v}`, screen.polls.kind[v], summary.pollKinds[v])),
        ...yesNoAbstainOptions.map((v) => pair(`poll option ${v}`, screen.polls.option[v], summary.yesNoAbstain[v])),
        ...consensusOutcomes.map((v) => pair(`consensus outcome ${v}`, screen.consensus.state[v], summary.outcomes[v])),
        ...expectationStatuses.map((v) =>
          pair(`expectation status ${v}`, screen.expectations.status[v], summary.expectationStatuses[v]),
        ),
        ...acceptanceKinds.map((v) =>
          pair(`acceptance ${v}`, screen.expectations.acceptance[v], summary.acceptanceKinds[v]),
        ),
        ...threatActors.map((v) => pair(`threat actor ${v}`, screen.expectations.actor[v], summary.threatActors[v])),
        ...pocTiers.map((v) => pair(`tier ${v}`, screen.expectations.tier[v], summary.tiers[v])),
        ...pocPhases.map((v) => pair(`phase ${v}`, screen.expectations.phase[v], summary.phases[v])),
        ...forceLevels.map((v) => pair(`force level ${v}`, screen.expectations.force[v], summary.forceLevels[v])),
        ...responsibleActors.map((v) =>
          pair(`responsible ${v}`, screen.expectations.responsible[v], summary.responsibleActors[v]),
        ),
        ...floorRequestKinds.map((v) => pair(`floor ${v}`, screen.floorKind[v], summary.floorKinds[v])),
        ...paragraphStates.map((v) => pair(`paragraph ${v}`, screen.drafting.state[v], summary.paragraphStates[v])),
        pair("register: accepts", register.kindAccepts, summary.acceptanceKinds.accepts),
        [
          "register: accepts with reservation",
          register.kindReservation,
          summary.acceptanceKinds.accepts_with_reservation,
        ],
        pair("register: does not accept", register.kindNotAccepts, summary.acceptanceKinds.does_not_accept),
      ];
      const differing = pairs.filter(([, onScreen, inSummary]) => onScreen !== inSummary);
      expect(differing).toEqual([]);
      for (const [what, word] of pairs) expect(word.trim(), what).not.toBe("");
    });
  }
});
