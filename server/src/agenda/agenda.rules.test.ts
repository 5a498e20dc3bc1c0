import { describe, expect, it } from "vitest";
import { DomainError } from "../core/errors.js";
import { assertCanOpen, assertPermutation, reopenedAt, timeBoxDeadline } from "./agenda.rules.js";

const code = (fn: () => void) => {
  try {
    fn();
    return "ok";
  } catch (error) {
    return error instanceof DomainError ? error.code : "thrown";
  }
};

describe("agenda rules", () => {
  it("opens one item at a time", () => {
    const items = [
      { id: "q1", status: "concluded" },
      { id: "q2", status: "pending" },
      { id: "q3", status: "pending" },
    ];
    expect(code(() => assertCanOpen(items, "q2"))).toBe("ok");
    expect(code(() => assertCanOpen([...items.slice(0, 2), { id: "q3", status: "open" }], "q2"))).toBe("CONFLICT");
    expect(code(() => assertCanOpen(items, "q1"))).toBe("CONFLICT");
    expect(code(() => assertCanOpen(items, "q9"))).toBe("NOT_FOUND");
  });

  it("accepts a reorder only when it names every item once", () => {
    expect(code(() => assertPermutation(["a", "b", "c"], ["c", "a", "b"]))).toBe("ok");
    expect(code(() => assertPermutation(["a", "b", "c"], ["c", "a"]))).toBe("CONFLICT");
    expect(code(() => assertPermutation(["a", "b", "c"], ["c", "a", "a"]))).toBe("CONFLICT");
    expect(code(() => assertPermutation(["a", "b"], ["a", "x"]))).toBe("CONFLICT");
  });

  it("moves the time box's deadline with its length, from the opening", () => {
    const opened = new Date("2016-11-03T10:00:00Z");
    expect(timeBoxDeadline(opened, 900)?.toISOString()).toBe("2016-11-03T10:15:00.000Z");
    expect(timeBoxDeadline(opened, null)).toBeNull();
    expect(timeBoxDeadline(null, 900)).toBeNull();
  });
});

describe("reopenedAt", () => {
  it("keeps the time already used, so a reopened item's time box resumes with what was left", () => {
    const opened = new Date("2016-11-03T10:00:00Z");
    const concluded = new Date("2016-11-03T10:12:00Z");
    const now = new Date("2016-11-03T11:00:00Z");
    const resumed = reopenedAt(now, opened, concluded);
    expect(resumed.toISOString()).toBe("2016-11-03T10:48:00.000Z");
    // A 15-minute time box has 3 minutes left from the reopening.
    expect(timeBoxDeadline(resumed, 900)?.toISOString()).toBe("2016-11-03T11:03:00.000Z");
  });

  it("counts from now when the item was never timed", () => {
    const now = new Date("2016-11-03T11:00:00Z");
    expect(reopenedAt(now, null, null)).toBe(now);
  });
});
