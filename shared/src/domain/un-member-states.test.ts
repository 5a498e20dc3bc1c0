import { describe, expect, it } from "vitest";
import { unCountryCodeSchema, unMemberStates } from "./un-member-states.js";

describe("the UN's Member States and observer States", () => {
  it("counts 193 Member States and two observer States, each once", () => {
    expect(unMemberStates.filter((state) => state.membership === "member")).toHaveLength(193);
    expect(unMemberStates.filter((state) => state.membership === "observer").map((state) => state.alpha2)).toEqual([
      "VA",
      "PS",
    ]);
    expect(new Set(unMemberStates.map((state) => state.alpha2)).size).toBe(195);
    expect(new Set(unMemberStates.map((state) => state.m49)).size).toBe(195);
  });

  it("accepts a member's or observer's code and refuses any other", () => {
    for (const code of ["SS", "CD", "TR", "PS", "VA"]) expect(unCountryCodeSchema.safeParse(code).success).toBe(true);
    for (const code of ["XK", "TW", "AW", "PR", "EH", "fr", "FRA"])
      expect(unCountryCodeSchema.safeParse(code).success).toBe(false);
  });
});
