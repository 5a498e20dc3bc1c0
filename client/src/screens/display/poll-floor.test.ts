import {
  buildSummary,
  emptyNarrative,
  hiddenConstituencies,
  sampleSummarySnapshot,
  votingConstituencies,
} from "@trilogue/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { resultRows } from "../decisions/poll-results";

const t = i18next.t;

/**
 * The room's poll charts (the display and the poll cards) withhold the constituencies below the
 * disclosure floor exactly as the summary does: the same groups on screen and in the record.
 */
describe("poll charts and the summary under the disclosure floor", () => {
  for (const size of [4, 16, 40]) {
    it(`show the same constituencies with ${size} delegations`, () => {
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
        const rows = resultRows(t, poll, snapshot.ballots, snapshot.delegations, hidden) ?? [];
        const onScreen = rows.map((row) => row.key).filter((key) => key !== "overall");
        // The screen draws no row for a group with nobody eligible; the record lists it with zeros.
        const recorded = votingConstituencies.filter(
          (c) => inSummary?.byConstituency?.[c] !== undefined && (inSummary.eligible?.byConstituency?.[c] ?? 0) > 0,
        );
        if (inSummary?.byConstituency) expect(onScreen).toEqual(recorded);
        for (const c of hidden) expect(onScreen).not.toContain(c);
      }
      // With 16 delegations the host State stands alone, with 4 a lone T/PCC: withheld on screen and in the record.
      if (size === 16) expect([...hidden]).toContain("host");
      if (size === 4) expect([...hidden]).toContain("tpcc");
    });
  }
});
