import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { floorRequestKinds } from "../domain/enums.js";
import { nextSpeaker, speakingOrder, timeLeftWhenPaused } from "./speaking-order.js";

const at = (minute: number) => new Date(Date.UTC(2016, 10, 3, 10, minute));
const request = (id: string, kind: string, minute: number, status = "queued") => ({
  id,
  kind,
  status,
  requestedAt: at(minute),
});

const arbitraryRequest = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...floorRequestKinds),
  status: fc.constantFrom("queued", "speaking", "paused", "done", "withdrawn"),
  requestedAt: fc.date({ min: new Date(0), max: new Date(2e12), noInvalidDate: true }),
});
const requests = fc.uniqueArray(arbitraryRequest, { selector: (r) => r.id, maxLength: 20 });

describe("the speaking order", () => {
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

  it("is a permutation of the waiting requests, points of order first, each group by time then id", () => {
    fc.assert(
      fc.property(requests, (list) => {
        const order = speakingOrder(list);
        const waiting = list.filter((r) => r.status === "queued");
        expect(order.map((r) => r.id).sort()).toEqual(waiting.map((r) => r.id).sort());
        for (let i = 1; i < order.length; i++) {
          const [a, b] = [order[i - 1], order[i]];
          if (!a || !b) continue;
          const rank = (r: { kind: string }) => (r.kind === "point_of_order" ? 0 : 1);
          expect(rank(a)).toBeLessThanOrEqual(rank(b));
          if (rank(a) === rank(b)) {
            const t = a.requestedAt.getTime() - b.requestedAt.getTime();
            expect(t < 0 || (t === 0 && a.id < b.id)).toBe(true);
          }
        }
      }),
    );
  });

  it("orders the server's rows (Dates) and the screen's entities (ISO strings) alike, whatever order they come in", () => {
    fc.assert(
      fc.property(requests, fc.boolean(), (list, reversed) => {
        const wire = list.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() }));
        const seen = reversed ? [...wire].reverse() : wire;
        expect(speakingOrder(seen).map((r) => r.id)).toEqual(speakingOrder(list).map((r) => r.id));
        expect(nextSpeaker(seen)?.id).toBe(nextSpeaker(list)?.id);
      }),
    );
  });
});

describe("a paused turn's time", () => {
  it("is what was left when it was paused, never negative, none without a deadline", () => {
    const t = (s: number) => new Date(Date.UTC(2016, 10, 3, 10, 0, s)).toISOString();
    expect(timeLeftWhenPaused({ deadlineAt: t(90), pausedAt: t(30) })).toBe(60_000);
    expect(timeLeftWhenPaused({ deadlineAt: t(30), pausedAt: t(90) })).toBe(0);
    expect(timeLeftWhenPaused({ deadlineAt: null, pausedAt: t(30) })).toBeNull();
  });
});
