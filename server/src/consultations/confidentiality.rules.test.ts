import { confidentialityModes } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { assertConfidentialityChange, loosens } from "./confidentiality.rules.js";

describe("confidentiality as a promise", () => {
  it("counts only moves towards on the record as loosening", () => {
    const loosening = confidentialityModes.flatMap((from) =>
      confidentialityModes.filter((to) => loosens(from, to)).map((to) => `${from}→${to}`),
    );
    expect(loosening.sort()).toEqual(["chatham_house→on_record", "closed→chatham_house", "closed→on_record"]);
  });

  it("refuses to loosen once something was said, and allows anything before", () => {
    expect(() => assertConfidentialityChange("chatham_house", "on_record", true)).toThrow(/only become stricter/);
    expect(() => assertConfidentialityChange("closed", "chatham_house", true)).toThrow(/only become stricter/);
    expect(() => assertConfidentialityChange("on_record", "closed", true)).not.toThrow();
    expect(() => assertConfidentialityChange("chatham_house", "chatham_house", true)).not.toThrow();
    expect(() => assertConfidentialityChange("chatham_house", "on_record", false)).not.toThrow();
  });
});
