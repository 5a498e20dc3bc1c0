import type { Constituency, Delegation } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { canonicalChoices, pollMaxChoices, pollOptions, pollVisibility } from "./polls.rules.js";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const _delegation = (n: number, cs: Constituency[]): Delegation => ({
  id: id(n),
  name: `D${n}`,
  countryCode: null,
  constituencies: cs,
});
const _nonce = (n: number) => n.toString(36).padStart(43, "x");

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
