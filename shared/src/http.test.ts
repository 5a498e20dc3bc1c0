import { describe, expect, it } from "vitest";
import { updateConsultationBodySchema } from "./http.js";

describe("updateConsultationBodySchema", () => {
  it("carries only the fields sent: an edit of the title never resets the mode or the languages", () => {
    expect(updateConsultationBodySchema.parse({ title: "Renamed" })).toEqual({ title: "Renamed" });
  });

  it("refuses an unknown field", () => {
    expect(updateConsultationBodySchema.safeParse({ template: "empty" }).success).toBe(false);
  });
});
