import { describe, expect, it } from "vitest";
import {
  amend,
  assertFresh,
  assertSilenceable,
  assertStateMove,
  assertTextOpen,
  textChangeOf,
} from "./drafting.rules.js";

const id = "00000000-0000-4000-8000-000000000001";

describe("drafting rules", () => {
  it("refuses an edit started from an older version", () => {
    expect(() => assertFresh(3, 3)).not.toThrow();
    expect(() => assertFresh(2, 3)).toThrow(/changed after version 2/);
  });

  it("changes text only while bracketed and outside a silence procedure", () => {
    expect(() => assertTextOpen("bracketed", false)).not.toThrow();
    expect(() => assertTextOpen("bracketed", true)).toThrow(/silence procedure/);
    expect(() => assertTextOpen("agreed", false)).toThrow(/returns it to brackets/);
  });

  it("agrees only a text without brackets and without pending proposals", () => {
    const clean = { state: "bracketed" as const, text: "Agreed words." };
    expect(() => assertStateMove(clean, "agreed_ad_referendum", 0, false)).not.toThrow();
    expect(() => assertStateMove({ ...clean, text: "[Open] words." }, "agreed", 0, false)).toThrow(/brackets/);
    expect(() => assertStateMove(clean, "agreed", 2, false)).toThrow(/pending/);
    expect(() => assertStateMove(clean, "bracketed", 0, false)).toThrow(/already/);
    expect(() => assertStateMove({ ...clean, state: "agreed" }, "bracketed", 5, false)).not.toThrow();
    expect(() => assertStateMove({ ...clean, state: "agreed_ad_referendum" }, "agreed", 0, true)).toThrow(/silence/);
  });

  it("puts only text agreed ad referendum to silence", () => {
    expect(() => assertSilenceable("agreed_ad_referendum")).not.toThrow();
    expect(() => assertSilenceable("bracketed")).toThrow();
  });

  it("refuses amendments that cannot apply: VALIDATION on proposal, CONFLICT on merge", () => {
    const change = textChangeOf({ kind: "delete", paragraphId: id, baseVersion: 1, passage: "robust" });
    expect(() => amend("Effective action.", change, "propose")).toThrow(
      expect.objectContaining({ code: "VALIDATION" }),
    );
    expect(() => amend("Effective action.", change, "merge")).toThrow(expect.objectContaining({ code: "CONFLICT" }));
    expect(
      amend(
        "Robust and robust action.",
        textChangeOf({ kind: "alternative", paragraphId: id, baseVersion: 1, text: "Action." }),
        "merge",
      ),
    ).toBe("Action.");
    const unbalanced = textChangeOf({
      kind: "replace",
      paragraphId: id,
      baseVersion: 1,
      passage: "robust",
      text: "[strong",
    });
    expect(() => amend("A robust mandate.", unbalanced, "propose")).toThrow(/balance/);
  });
});
