import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { constituencies } from "../domain/enums.js";
import {
  decidingDelegations,
  decisionRuleLocked,
  decisionRules,
  eligibleVoters,
  isMemberStateDelegation,
  mayObject,
  mayVote,
} from "./decision-rule.js";
import { buildDelegation } from "./test-factories.js";

const france = buildDelegation(1, ["council"]);
const senegal = buildDelegation(2, ["council", "tpcc"]);
const india = buildDelegation(3, ["tpcc"]);
const southSudan = buildDelegation(4, ["host"]);
const ohchr = buildDelegation(5, ["secretariat"]);
const au = buildDelegation(6, ["observer"]);
const all = [france, senegal, india, southSudan, ohchr, au];
const names = new Map(all.map((d, i) => [d, ["France", "Senegal", "India", "South Sudan", "OHCHR", "AU"][i]]));
const named = (list: typeof all) => list.map((d) => names.get(d));

describe("decision rules", () => {
  it("lets only Council members block consensus in the Working Group's practice", () => {
    expect(named(decidingDelegations("council_decides", all))).toEqual(["France", "Senegal"]);
  });

  it("widens to T/PCCs, then to every Member State", () => {
    expect(named(decidingDelegations("council_and_tpccs_decide", all))).toEqual(["France", "Senegal", "India"]);
    expect(named(decidingDelegations("member_states_decide", all))).toEqual([
      "France",
      "Senegal",
      "India",
      "South Sudan",
    ]);
  });

  it("opens indicative polls to every consulted Member State under every rule", () => {
    for (const rule of decisionRules) {
      expect(named(eligibleVoters(rule, all))).toEqual(["France", "Senegal", "India", "South Sudan"]);
    }
  });

  it("never lets the Secretariat or an observer vote or block", () => {
    for (const rule of decisionRules) {
      for (const d of [ohchr, au]) {
        expect(mayVote(rule, d)).toBe(false);
        expect(mayObject(rule, d)).toBe(false);
      }
    }
  });

  it("holds for any membership: Secretariat and observers never vote or block; deciders may vote", () => {
    const delegation = fc.uniqueArray(fc.constantFrom(...constituencies), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.constantFrom(...decisionRules), delegation, (rule, list) => {
        const d = { constituencies: list };
        if (list.includes("secretariat") || list.includes("observer")) {
          expect(mayVote(rule, d)).toBe(false);
          expect(mayObject(rule, d)).toBe(false);
        }
        // Whoever may block consensus may also vote; the Council always decides.
        if (mayObject(rule, d)) expect(mayVote(rule, d)).toBe(true);
        if (isMemberStateDelegation(d) && list.includes("council")) expect(mayObject(rule, d)).toBe(true);
        // Rules only widen: a blocker under a narrower rule blocks under a wider one.
        if (mayObject("council_decides", d)) expect(mayObject("council_and_tpccs_decide", d)).toBe(true);
        if (mayObject("council_and_tpccs_decide", d)) expect(mayObject("member_states_decide", d)).toBe(true);
      }),
    );
  });

  it("locks once a poll is opened or a consensus call made", () => {
    expect(decisionRuleLocked({ polls: [{ status: "draft" }], calls: [] })).toBe(false);
    expect(decisionRuleLocked({ polls: [{ status: "open" }], calls: [] })).toBe(true);
    expect(decisionRuleLocked({ polls: [{ status: "closed" }], calls: [] })).toBe(true);
    expect(decisionRuleLocked({ polls: [], calls: [{}] })).toBe(true);
  });
});
