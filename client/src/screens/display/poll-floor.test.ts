import { hiddenConstituencies, votingConstituencies } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { resultRows } from "../decisions/poll-results";

const t = i18next.t;

/**
 * The room's poll charts (the display and the poll cards) withhold the constituencies below the
 * disclosure floor by the shared rule `hiddenConstituencies`, the one the summary's builder applies
 * (server/src/summary/build/poll-floor.test.ts checks the summary's side): the same groups on
 * screen and in the record.
 */
describe("poll charts under the disclosure floor", () => {
  for (const size of [4, 16, 40]) {
    it(`show every group with voters except those the shared rule withholds, with ${size} delegations`, () => {
      const snapshot = sampleSummarySnapshot({ delegations: size, items: 2, polls: 6, confidentiality: "on_record" });
      const hidden = hiddenConstituencies(snapshot.delegations, snapshot.breakdownDisclosures ?? []);
      for (const poll of snapshot.polls) {
        const rows = resultRows(t, poll, snapshot.ballots, snapshot.delegations, hidden) ?? [];
        const onScreen = rows.map((row) => row.key).filter((key) => key !== "overall");
        const result = poll.result;
        if (!result || result.disclosure === "withheld") continue;
        expect(onScreen).toEqual(
          votingConstituencies.filter((c) => result.eligible.byConstituency[c] > 0 && !hidden.has(c)),
        );
      }
      // With 16 delegations the host State stands alone, with 4 a lone T/PCC: withheld on screen and in the record.
      if (size === 16) expect([...hidden]).toContain("host");
      if (size === 4) expect([...hidden]).toContain("tpcc");
    });
  }
});
