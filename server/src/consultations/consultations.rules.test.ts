import { consultationStatuses } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { canMoveTo } from "./consultations.rules.js";

describe("consultation states", () => {
  it("follows scheduled → live ⇄ suspended → closed, and nothing leaves closed", () => {
    const allowed = consultationStatuses.flatMap((from) =>
      consultationStatuses.filter((to) => canMoveTo(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "scheduled→live",
        "scheduled→closed",
        "live→suspended",
        "live→closed",
        "suspended→live",
        "suspended→closed",
      ].sort(),
    );
  });
});
