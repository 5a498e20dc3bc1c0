import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hasWaitingRequest,
  interrupts,
  nextSpeaker,
  resumedTimes,
  speakingOrder,
  turnDeadline,
} from "./floor.rules.js";

const request = (id: string, kind: string, minute: number, status = "queued", delegationId = id) => ({
  id,
  kind,
  status,
  delegationId,
  requestedAt: new Date(Date.UTC(2016, 10, 3, 10, minute)),
});

describe("the list of speakers", () => {
  it("puts points of order first, then everyone in the order they asked", () => {
    const order = speakingOrder([
      request("a", "speaker", 1),
      request("b", "speaker", 2),
      request("c", "point_of_order", 3),
      request("d", "right_of_reply", 0),
      request("e", "speaker", 0, "withdrawn"),
    ]).map((r) => r.id);
    expect(order).toEqual(["c", "d", "a", "b"]);
  });

  it("gives the floor to the first who is not waiting for a right of reply", () => {
    expect(nextSpeaker([request("d", "right_of_reply", 0), request("a", "speaker", 1)])?.id).toBe("a");
    expect(nextSpeaker([request("d", "right_of_reply", 0)])).toBeUndefined();
  });

  it("knows whether a delegation already waits for the same kind", () => {
    const list = [request("a", "speaker", 1, "queued", "senegal"), request("b", "speaker", 2, "done", "france")];
    expect(hasWaitingRequest(list, "senegal", "speaker")).toBe(true);
    expect(hasWaitingRequest(list, "senegal", "point_of_order")).toBe(false);
    expect(hasWaitingRequest(list, "france", "speaker")).toBe(false);
  });

  it("counts a turn's deadline from when it was given", () => {
    expect(turnDeadline(new Date("2016-11-03T10:00:00Z"), 180).toISOString()).toBe("2016-11-03T10:03:00.000Z");
  });

  it("orders any queue as a permutation of the waiting requests with points of order before others", () => {
    const arbitraryRequest = fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom("speaker", "point_of_order", "right_of_reply"),
      status: fc.constantFrom("queued", "speaking", "done", "withdrawn"),
      delegationId: fc.uuid(),
      requestedAt: fc.date({ min: new Date(0), max: new Date(2e12), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryRequest, { selector: (r) => r.id }), (requests) => {
        const order = speakingOrder(requests);
        expect(order.map((r) => r.id).sort()).toEqual(
          requests
            .filter((r) => r.status === "queued")
            .map((r) => r.id)
            .sort(),
        );
        const firstOther = order.findIndex((r) => r.kind !== "point_of_order");
        if (firstOther >= 0) expect(order.slice(firstOther).some((r) => r.kind === "point_of_order")).toBe(false);
      }),
    );
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
        expect((resumed.deadlineAt?.getTime() ?? 0) - (resumed.grantedAt?.getTime() ?? 0)).toBe(3_600_000);
      }),
    );
  });
});
