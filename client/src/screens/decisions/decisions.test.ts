import { type Delegation, itemFigures, type Poll } from "@trilogue/shared";
import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { id, senegal, southSudan } from "../../test/fixtures";
import { newReceiptNonce, optionColumns, resultRows } from "./poll-results";

const t = i18next.t;
const at = "2016-11-03T10:00:00.000Z";
const poll = (change: Partial<Poll> = {}): Poll => ({
  id: id(500),
  itemId: id(101),
  subject: { kind: "item", itemId: id(101) },
  indicative: true,
  question: "Lead with the political strategy?",
  kind: "yes_no_abstain",
  options: ["yes", "no", "abstain"],
  maxChoices: 1,
  secret: false,
  resultsVisibility: "live",
  status: "open",
  createdAt: at,
  openedAt: at,
  closedAt: null,
  result: null,
  ...change,
});
const delegations: Delegation[] = [senegal, southSudan];
const ballot = (delegationId: string, choices: number[]) => ({
  id: id(600 + (choices[0] ?? 0)),
  pollId: id(500),
  delegationId,
  choices,
  castBy: id(9),
  castAt: at,
});

describe("poll results for the screen", () => {
  it("tallies a named live poll by constituency, a dual member counting in both", () => {
    const rows = resultRows(t, poll(), [ballot(senegal.id, [0]), ballot(southSudan.id, [1])], delegations);
    expect(rows?.map((r) => [r.key, r.counts])).toEqual([
      ["overall", [1, 1, 0]],
      ["council", [1, 0, 0]],
      ["tpcc", [1, 0, 0]],
      ["host", [0, 1, 0]],
    ]);
    expect(optionColumns(t, poll()).map((c) => c.label)).toEqual(["Yes", "No", "Abstain"]);
  });

  it("shows nothing of a secret or on-close poll before it closes", () => {
    expect(resultRows(t, poll({ secret: true, resultsVisibility: "on_close" }), [], delegations)).toBeNull();
  });

  it("publishes a closed poll only as far as its disclosure allows", () => {
    const counts = { overall: 2, byConstituency: { council: 1, tpcc: 1, secretariat: 0, host: 1 } };
    const result = { turnout: counts, eligible: counts, overall: [1, 1, 0], byConstituency: {} };
    expect(
      resultRows(t, poll({ status: "closed", result: { ...result, disclosure: "withheld" } }), [], delegations),
    ).toEqual([]);
    const overallOnly = resultRows(
      t,
      poll({ status: "closed", result: { ...result, disclosure: "overall_only" } }),
      [],
      delegations,
    );
    expect(overallOnly?.map((r) => r.counts)).toEqual([[1, 1, 0], null, null, null]);
  });

  it("makes 32-byte base64url receipt nonces", () => {
    expect(newReceiptNonce()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newReceiptNonce()).not.toBe(newReceiptNonce());
  });
});

describe("convergence", () => {
  const position = (delegationId: string, stance: "supports" | "opposes") => ({
    id: id(700 + (delegationId === senegal.id ? 1 : 2)),
    itemId: id(101),
    delegationId,
    stance,
    statement: "",
    version: 1,
    publishedBy: id(9),
    publishedAt: at,
  });

  it("finds each constituency's leaning by the shared figures, never converging on one delegation", () => {
    // Each constituency here has a single delegation: the chair has allowed all three.
    const allowed = [{ id: "council" as const }, { id: "tpcc" as const }, { id: "host" as const }];
    const same = itemFigures(
      { delegations, positions: [position(senegal.id, "supports")], breakdownDisclosures: allowed },
      id(101),
    );
    expect(same.leaning).toEqual({ council: "supports", tpcc: "supports" });
    // Senegal alone sits in both constituencies: that is no convergence.
    expect(same.convergence).toBe("too_few");
    const split = itemFigures(
      {
        delegations,
        positions: [position(senegal.id, "supports"), position(southSudan.id, "opposes")],
        breakdownDisclosures: allowed,
      },
      id(101),
    );
    expect(split.leaning.host).toBe("opposes");
    expect(split.convergence).toBe("diverge");
  });
});
