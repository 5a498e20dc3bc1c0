import { timeLeftWhenPaused } from "@trilogue/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasWaitingRequest, interrupts, resumedTimes, turnDeadline } from "./floor.rules.js";

const request = (id: string, kind: string, minute: number, status = "queued", delegationId = id) => ({
  id,
  kind,
  status,
  delegationId,
  requestedAt: new Date(Date.UTC(2016, 10, 3, 10, minute)),
});

describe("the list of speakers", () => {
  it("knows whether a delegation already waits for the same kind", () => {
    const list = [request("a", "speaker", 1, "queued", "senegal"), request("b", "speaker", 2, "done", "france")];
    expect(hasWaitingRequest(list, "senegal", "speaker")).toBe(true);
    expect(hasWaitingRequest(list, "senegal", "point_of_order")).toBe(false);
    expect(hasWaitingRequest(list, "france", "speaker")).toBe(false);
  });

  it("counts a turn's deadline from when it was given", () => {
    expect(turnDeadline(new Date("2016-11-03T10:00:00Z"), 180).toISOString()).toBe("2016-11-03T10:03:00.000Z");
  });
});

describe("a point of order interrupts", () => {
  it("a statement or a reply, never another point of order, and nothing when nobody speaks", () => {
    expect(interrupts({ kind: "point_of_order" }, { kind: "speaker" })).toBe(true);
    expect(interrupts({ kind: "point_of_order" }, { kind: "right_of_reply" })).toBe(true);
    expect(interrupts({ kind: "point_of_order" }, { kind: "point_of_order" })).toBe(false);
    expect(interrupts({ kind: "speaker" }, { kind: "speaker" })).toBe(false);
    expect(interrupts({ kind: "point_of_order" }, undefined)).toBe(false);
  });

  it("the resumed turn keeps exactly the time it had left, whatever the pause", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), fc.integer({ min: 0, max: 3_600_000 }), (spoken, pause) => {
        const grantedAt = new Date(Date.UTC(2016, 10, 3, 10));
        const deadlineAt = new Date(grantedAt.getTime() + 3_600_000);
        const pausedAt = new Date(grantedAt.getTime() + spoken);
        const now = new Date(pausedAt.getTime() + pause);
        const resumed = resumedTimes({ grantedAt, deadlineAt, pausedAt }, now);
        expect((resumed.deadlineAt?.getTime() ?? 0) - now.getTime()).toBe(deadlineAt.getTime() - pausedAt.getTime());
        // What the screens showed while the turn waited (the shared rule) is what the speaker gets back.
        expect((resumed.deadlineAt?.getTime() ?? 0) - now.getTime()).toBe(timeLeftWhenPaused({ deadlineAt, pausedAt }));
        expect((resumed.deadlineAt?.getTime() ?? 0) - (resumed.grantedAt?.getTime() ?? 0)).toBe(3_600_000);
      }),
    );
  });
});
