import {
  type Constituency,
  constituencies,
  type Delegation,
  tallyBallots,
  votingConstituencies,
} from "@trilogue/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalChoices,
  countDelta,
  counterKey,
  pollMaxChoices,
  pollOptions,
  pollVisibility,
  receiptHash,
  type Scope,
  scopes,
  scopesOf,
  secretDisclosure,
  secretResult,
} from "./polls.rules.js";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const delegation = (n: number, cs: Constituency[]): Delegation => ({
  id: id(n),
  name: `D${n}`,
  countryCode: null,
  constituencies: cs,
});
const nonce = (n: number) => n.toString(36).padStart(43, "x");

/** The server's secret ballot box in memory: the same rules the handler applies to its tables. */
function secretBox() {
  const counters = new Map<string, number>();
  const receipts = new Set<string>();
  const voted = new Set<string>();
  return {
    counters,
    receipts,
    voted,
    cast(pollId: string, d: Delegation, choices: number[], n: string, replaces?: { n: string; choices: number[] }) {
      const scopeList = scopesOf(d);
      let replaced: number[] | null = null;
      if (voted.has(d.id)) {
        if (!replaces) return false;
        const old = receiptHash(pollId, d.id, scopeList, replaces.n, replaces.choices);
        if (!receipts.delete(old)) return false;
        replaced = replaces.choices;
      } else if (replaces) return false;
      voted.add(d.id);
      receipts.add(receiptHash(pollId, d.id, scopeList, n, choices));
      for (const [key, by] of countDelta(scopeList, replaced, choices))
        counters.set(key, (counters.get(key) ?? 0) + by);
      return true;
    },
  };
}

describe("poll set-up rules", () => {
  it("fixes yes/no/abstain options and one choice except for multiple choice", () => {
    expect(pollOptions("yes_no_abstain", [])).toEqual(["yes", "no", "abstain"]);
    expect(pollMaxChoices("single_choice", undefined, 4)).toBe(1);
    expect(pollMaxChoices("multiple_choice", undefined, 4)).toBe(4);
    expect(pollMaxChoices("multiple_choice", 2, 4)).toBe(2);
  });

  it("shows a secret poll's results on close only", () => {
    expect(pollVisibility(true, undefined)).toBe("on_close");
    expect(pollVisibility(false, undefined)).toBe("live");
    expect(pollVisibility(false, "on_close")).toBe("on_close");
  });

  it("checks a ballot's choices against the poll", () => {
    const poll = { options: ["a", "b", "c"], maxChoices: 2 };
    expect(canonicalChoices(poll, [2, 0])).toEqual([0, 2]);
    expect(() => canonicalChoices(poll, [3])).toThrow(/option the poll does not have/);
    expect(() => canonicalChoices(poll, [0, 1, 2])).toThrow(/at most 2/);
    expect(() => canonicalChoices({ options: ["yes", "no"], maxChoices: 1 }, [0, 1])).toThrow(/one choice/);
  });
});

describe("secret ballot rules", () => {
  const senegal = delegation(1, ["council", "tpcc"]);
  const au = delegation(2, ["observer"]);

  it("counts a ballot in 'all' and in each voting constituency; observers have no scope", () => {
    expect(scopesOf(senegal)).toEqual(["all", "council", "tpcc"]);
    expect(scopesOf(au)).toEqual([]);
    expect(Object.fromEntries(countDelta(scopesOf(senegal), null, [1]))).toEqual({
      "all:1": 1,
      "council:1": 1,
      "tpcc:1": 1,
    });
  });

  it("moves a changed ballot and leaves an unchanged one at zero", () => {
    expect(Object.fromEntries(countDelta(["all", "host"], [0], [2]))).toEqual({
      "all:0": -1,
      "host:0": -1,
      "all:2": 1,
      "host:2": 1,
    });
    expect(countDelta(["all", "host"], [1], [1]).size).toBe(0);
  });

  it("hashes receipts so that they differ by nonce, delegation, constituencies and choices", () => {
    const base = receiptHash(id(9), id(1), ["all", "council"], nonce(1), [1, 0]);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHash(id(9), id(1), ["all", "council"], nonce(1), [0, 1])).toBe(base);
    expect(receiptHash(id(9), id(1), ["all", "council"], nonce(2), [0, 1])).not.toBe(base);
    expect(receiptHash(id(9), id(3), ["all", "council"], nonce(1), [0, 1])).not.toBe(base);
    expect(receiptHash(id(9), id(1), ["all", "tpcc"], nonce(1), [0, 1])).not.toBe(base);
    expect(receiptHash(id(9), id(1), ["all", "council"], nonce(1), [0])).not.toBe(base);
  });

  it("refuses a change without the right receipt, and a first ballot that claims to replace one", () => {
    const box = secretBox();
    expect(box.cast(id(9), senegal, [0], nonce(1), { n: nonce(0), choices: [0] })).toBe(false);
    expect(box.cast(id(9), senegal, [0], nonce(1))).toBe(true);
    expect(box.cast(id(9), senegal, [1], nonce(2))).toBe(false);
    expect(box.cast(id(9), senegal, [1], nonce(2), { n: nonce(1), choices: [1] })).toBe(false);
    expect(box.cast(id(9), senegal, [1], nonce(2), { n: nonce(1), choices: [0] })).toBe(true);
    expect(box.counters.get("all:0")).toBe(0);
    expect(box.counters.get("council:1")).toBe(1);
    expect(box.receipts.size).toBe(1);
  });

  it("property: no sequence of secret casts and changes differs from one ballot per voting delegation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray([...constituencies], { minLength: 1 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 2, max: 5 }),
        fc.array(
          fc.record({
            who: fc.nat(40),
            choices: fc.uniqueArray(fc.nat(4), { minLength: 1, maxLength: 3 }),
            honest: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (sets, optionCount, steps) => {
          const ds = sets.map((set, index) => delegation(index, set));
          const pollId = id(999);
          const box = secretBox();
          const held = new Map<string, { n: string; choices: number[] }>();
          const counted: { delegationId: string; choices: number[] }[] = [];
          steps.forEach((step, index) => {
            const d = ds[step.who % ds.length];
            if (!d || scopesOf(d).length === 0) return;
            const choices = [...new Set(step.choices.map((c) => c % optionCount))];
            const previous = held.get(d.id);
            // A dishonest client claims a ballot it did not cast.
            const claim =
              previous && !step.honest ? { n: previous.n, choices: [(previous.choices[0] ?? 0) + 1] } : previous;
            const accepted = box.cast(pollId, d, choices, nonce(index + 1), claim);
            expect(accepted).toBe(!previous || step.honest);
            if (accepted) {
              held.set(d.id, { n: nonce(index + 1), choices });
              counted.push({ delegationId: d.id, choices });
            }
          });
          const tally = tallyBallots(optionCount, counted, ds);
          for (let option = 0; option < optionCount; option++) {
            expect(box.counters.get(counterKey("all", option)) ?? 0).toBe(tally.overall[option]);
            for (const c of votingConstituencies) {
              expect(box.counters.get(counterKey(c, option)) ?? 0).toBe(tally.byConstituency[c][option]);
            }
          }
          expect(box.receipts.size).toBe(box.voted.size);
          expect(box.voted.size).toBe(tally.turnout.overall);
        },
      ),
    );
  });
});

describe("secret disclosure", () => {
  const council = (n: number) => delegation(n, ["council"]);
  const tpcc = (n: number) => delegation(n, ["tpcc"]);
  const dual = (n: number) => delegation(n, ["council", "tpcc"]);

  it("withholds everything below the floor of three ballots", () => {
    expect(secretDisclosure([council(1), tpcc(2)])).toBe("withheld");
  });

  it("publishes by constituency only when every group of like delegations holds three ballots", () => {
    expect(secretDisclosure([council(1), council(2), council(3), tpcc(4), tpcc(5), tpcc(6)])).toBe("by_constituency");
    // One dual member alone would be isolated by council + T/PCC − overall.
    expect(secretDisclosure([council(1), council(2), council(3), tpcc(4), tpcc(5), tpcc(6), dual(7)])).toBe(
      "overall_only",
    );
  });

  it("builds the published result within its disclosure", () => {
    const counters = new Map<string, number>();
    for (const scope of scopes)
      for (let option = 0; option < 2; option++) counters.set(counterKey(scope as Scope, option), 1);
    const voters = [council(1), council(2), tpcc(3)];
    const turnout = { overall: 3, byConstituency: { council: 2, tpcc: 1, secretariat: 0, host: 0 } };
    const result = secretResult({ optionCount: 2, counters, voters, turnout, eligible: turnout });
    expect(result.disclosure).toBe("overall_only");
    expect(result.overall).toEqual([1, 1]);
    expect(result.byConstituency).toEqual({});
  });
});
