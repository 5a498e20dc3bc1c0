import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constituencies } from "../domain/enums.js";
import { votingConstituencies } from "./enums.js";
import { type BallotLike, countDelegations, presentCounts, tallyBallots } from "./tally.js";
import { buildDelegation, uuid } from "./test-factories.js";

const senegal = buildDelegation(1, ["council", "tpcc"]);
const france = buildDelegation(2, ["council"]);
const india = buildDelegation(3, ["tpcc"]);
const southSudan = buildDelegation(4, ["host"]);
const au = buildDelegation(5, ["observer"]);
const delegations = [senegal, france, india, southSudan, au];
const ballot = (d: number, ...choices: number[]): BallotLike => ({ delegationId: uuid(d), choices });

describe("tallyBallots", () => {
  it("counts a dual member once overall and in each of its constituencies", () => {
    const tally = tallyBallots(3, [ballot(1, 0), ballot(2, 1), ballot(4, 0)], delegations);
    expect(tally.overall).toEqual([2, 1, 0]);
    expect(tally.byConstituency.council).toEqual([1, 1, 0]);
    expect(tally.byConstituency.tpcc).toEqual([1, 0, 0]);
    expect(tally.byConstituency.host).toEqual([1, 0, 0]);
    expect(tally.turnout).toEqual({ overall: 3, byConstituency: { council: 2, tpcc: 1, secretariat: 0, host: 1 } });
    expect(tally.eligible.overall).toBe(4);
  });

  it("lets the last ballot of a delegation count", () => {
    const tally = tallyBallots(3, [ballot(3, 0), ballot(3, 2), ballot(3, 1)], delegations);
    expect(tally.overall).toEqual([0, 1, 0]);
    expect(tally.turnout.overall).toBe(1);
  });

  it("gives observers no ballot and ignores unknown delegations and bad choices", () => {
    const tally = tallyBallots(2, [ballot(5, 0), ballot(42, 0), ballot(2, 1, 1, 7)], delegations);
    expect(tally.overall).toEqual([0, 1]);
    expect(tally.turnout.overall).toBe(1);
    expect(tally.eligible).toEqual({ overall: 4, byConstituency: { council: 2, tpcc: 2, secretariat: 0, host: 1 } });
  });

  it("counts each marked option of a multiple-choice ballot", () => {
    const tally = tallyBallots(4, [ballot(1, 0, 2, 3), ballot(3, 2)], delegations);
    expect(tally.overall).toEqual([1, 0, 2, 1]);
    expect(tally.byConstituency.tpcc).toEqual([1, 0, 2, 1]);
  });

  it("property: no sequence of casts and changes differs from one ballot per voting delegation", () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray([...constituencies], { minLength: 1 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.tuple(fc.nat(30), fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 })), { maxLength: 80 }),
        (sets, optionCount, casts) => {
          const ds = sets.map((set, index) => buildDelegation(index, set));
          const sequence = casts.map(([d, choices]) => ({
            delegationId: uuid(d % ds.length),
            choices: choices.map((c) => c % optionCount),
          }));
          const finalBallots = new Map(sequence.map((b) => [b.delegationId, b]));
          const viaSequence = tallyBallots(optionCount, sequence, ds);
          const viaFinal = tallyBallots(optionCount, [...finalBallots.values()], ds);
          expect(viaSequence).toEqual(viaFinal);
          // And against a direct count: one ballot per voting delegation.
          for (let option = 0; option < optionCount; option++) {
            for (const c of votingConstituencies) {
              const expected = ds.filter(
                (d) => d.constituencies.includes(c) && new Set(finalBallots.get(d.id)?.choices ?? []).has(option),
              ).length;
              expect(viaSequence.byConstituency[c][option]).toBe(expected);
            }
            const overall = ds.filter(
              (d) =>
                d.constituencies.some((c) => c !== "observer") &&
                new Set(finalBallots.get(d.id)?.choices ?? []).has(option),
            ).length;
            expect(viaSequence.overall[option]).toBe(overall);
          }
          expect(viaSequence.turnout.overall).toBeLessThanOrEqual(viaSequence.eligible.overall);
        },
      ),
    );
  });
});

describe("counts of delegations", () => {
  it("counts voting delegations present: those with a delegate online", () => {
    const participants = [
      { id: uuid(101), role: "delegate" as const, delegationId: senegal.id },
      { id: uuid(102), role: "adviser" as const, delegationId: france.id },
      { id: uuid(103), role: "delegate" as const, delegationId: au.id },
      { id: uuid(104), role: "delegate" as const, delegationId: india.id },
    ];
    const present = presentCounts(delegations, participants, [uuid(101), uuid(102), uuid(103)]);
    expect(present).toEqual({ overall: 1, byConstituency: { council: 1, tpcc: 1, secretariat: 0, host: 0 } });
  });

  it("counts registered voting delegations, dual members in both", () => {
    expect(countDelegations(delegations)).toEqual({
      overall: 4,
      byConstituency: { council: 2, tpcc: 2, secretariat: 0, host: 1 },
    });
  });
});
