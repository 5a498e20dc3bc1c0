import { limits } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { assertItemTakesPositions, nextPositionVersion } from "./positions.rules.js";

describe("position rules", () => {
  it("numbers versions from one, within the revision limit", () => {
    expect(nextPositionVersion(undefined)).toBe(1);
    expect(nextPositionVersion({ version: 3 })).toBe(4);
    expect(() => nextPositionVersion({ version: limits.positionRevisions })).toThrow(/revised at most/);
  });

  it("closes positions on a concluded item", () => {
    expect(() => assertItemTakesPositions({ status: "open" })).not.toThrow();
    expect(() => assertItemTakesPositions({ status: "pending" })).not.toThrow();
    expect(() => assertItemTakesPositions({ status: "concluded" })).toThrow(/concluded/);
  });
});
