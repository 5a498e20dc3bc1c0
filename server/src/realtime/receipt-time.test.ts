import { describe, expect, it } from "vitest";
import { receiptTime } from "./receipt-time.js";

describe("receipt times", () => {
  const now = new Date("2026-12-02T21:47:13.512Z");

  it("keeps only the hour of a ballot's receipt", () => {
    expect(receiptTime("ballot:cast", now).toISOString()).toBe("2026-12-02T21:00:00.000Z");
  });

  it("keeps the time of every other command's receipt", () => {
    expect(receiptTime("poll:close", now)).toEqual(now);
  });
});
