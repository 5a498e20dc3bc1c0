import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayNameProblem, displayNameSchema, normaliseDisplayName } from "./display-name.js";

describe("display names", () => {
  it.each([
    ["Fr\u200Bance", "invisible"],
    ["Ghana\u202E", "invisible"],
    ["Kenya\u0007", "control"],
    ["a\u0085b", "control"],
    ["   ", "empty"],
    ["\u3000\u3000", "empty"],
    ["---", "letter or digit"],
    ["x".repeat(81), "at most 80"],
  ])("refuses %j (%s)", (raw, why) => {
    expect(displayNameProblem(raw)).toMatch(new RegExp(why));
    expect(displayNameSchema.safeParse(raw).success).toBe(false);
  });

  it.each([
    ["  Delegate   of\tSenegal ", "Delegate of Senegal"],
    ["ＦＲＡＮＣＥ", "FRANCE"],
    ["Délégué de la France", "Délégué de la France"],
    ["中国代表", "中国代表"],
    ["مندوب مصر", "مندوب مصر"],
  ])("accepts %j as %j", (raw, stored) => {
    expect(displayNameSchema.parse(raw)).toBe(stored);
  });

  it("never stores a name it would refuse", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 90 }), (raw) => {
        const parsed = displayNameSchema.safeParse(raw);
        if (parsed.success) {
          expect(displayNameProblem(parsed.data)).toBeNull();
          expect(normaliseDisplayName(parsed.data)).toBe(parsed.data);
        }
      }),
    );
  });
});
