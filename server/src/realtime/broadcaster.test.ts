import type { ConsultationEvent } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { frameLength, maxFrameWeight } from "./broadcaster.js";

const withBallots = (seq: number, ballots: number): ConsultationEvent => ({
  seq,
  type: "ballot:counted",
  at: "2016-11-03T10:00:00.000Z",
  actorId: null,
  patch: {
    upsert: {
      ballots: Array.from({ length: ballots }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        pollId: "00000000-0000-4000-8000-000000000001",
        delegationId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        choices: [0],
        castBy: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        castAt: "2016-11-03T10:00:00.000Z",
      })),
    },
  },
});

describe("frames of a burst", () => {
  it("takes small events up to the frame's weight", () => {
    const small = Array.from({ length: 200 }, (_, i) => withBallots(i + 1, 1));
    expect(frameLength(small)).toBe(maxFrameWeight / 2);
  });

  it("sends a large coalesced event alone, and never an empty frame", () => {
    expect(frameLength([withBallots(1, 100), withBallots(2, 100)])).toBe(1);
    expect(frameLength([withBallots(1, 1), withBallots(2, 100)])).toBe(1);
    expect(frameLength([withBallots(1, 500)])).toBe(1);
  });
});
