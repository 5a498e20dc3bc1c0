import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffMs, maxBackoffMs } from "./backoff.js";

describe("mail retry backoff", () => {
  it("waits the base first, then doubles", () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(30_000, n))).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it("never shrinks and never passes an hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 600_000 }), fc.integer({ min: 1, max: 60 }), (base, n) => {
        const wait = backoffMs(base, n);
        expect(wait).toBeLessThanOrEqual(maxBackoffMs);
        expect(backoffMs(base, n + 1)).toBeGreaterThanOrEqual(wait);
      }),
    );
  });
});
