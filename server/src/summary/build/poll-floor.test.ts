import { emptyNarrative, hiddenConstituencies, votingConstituencies } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { buildSummary } from "./build.js";

/**
 * The summary withholds the constituencies below the disclosure floor by the shared rule
 * `hiddenConstituencies`, the one the room's poll charts apply (client/src/screens/display/
 * poll-floor.test.ts checks the screen's side): the same groups on screen and in the record.
 */
describe("the summary's polls under the disclosure floor", () => {
  for (const size of [4, 16, 40]) {
    it(`list every voting group except those the shared rule withholds, with ${size} delegations`, () => {
      const snapshot = sampleSummarySnapshot({ delegations: size, items: 2, polls: 6, confidentiality: "on_record" });
      const at = new Date("2016-11-03T18:00:00Z");
      const document = buildSummary({
        snapshot,
        narrative: emptyNarrative(),
        status: "final",
        generatedAt: at,
        finalisedAt: at,
      });
      const hidden = hiddenConstituencies(snapshot.delegations, snapshot.breakdownDisclosures ?? []);
      const summaryPolls = document.items.flatMap((item) => item.polls ?? []);
      expect(summaryPolls.length).toBe(snapshot.polls.length);
      for (const poll of snapshot.polls) {
        const inSummary = summaryPolls.find((p) => p.question === poll.question && p.closedAt === poll.closedAt);
        const result = poll.result;
        if (!inSummary?.byConstituency || !result) continue;
        expect(Object.keys(inSummary.byConstituency)).toEqual(
          votingConstituencies.filter((c) => result.byConstituency[c] !== undefined && !hidden.has(c)),
        );
      }
      if (size === 16) expect([...hidden]).toContain("host");
      if (size === 4) expect([...hidden]).toContain("tpcc");
    });
  }
});
