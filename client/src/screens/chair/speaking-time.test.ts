import type { Delegation, FloorRequest } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { speakingTimeByConstituency } from "./speaking-time";

const delegation = (id: string, constituencies: Delegation["constituencies"]): Delegation => ({
  id,
  name: id,
  countryCode: null,
  constituencies,
});
const turn = (id: string, delegationId: string, grantedAt: string | null, more: Partial<FloorRequest> = {}) =>
  ({
    id,
    itemId: "item",
    delegationId,
    participantId: "p",
    kind: "speaker",
    status: "done",
    requestedAt: "2016-11-03T10:00:00Z",
    grantedAt,
    deadlineAt: null,
    endedAt: null,
    pausedAt: null,
    ...more,
  }) as FloorRequest;

describe("speaking time by constituency", () => {
  const delegations = {
    france: delegation("france", ["council"]),
    india: delegation("india", ["tpcc"]),
    senegal: delegation("senegal", ["council", "tpcc"]),
  };
  const now = Date.parse("2016-11-03T10:30:00Z");

  it("adds ended, paused and running turns; a dual member counts in both; waiting requests count nothing", () => {
    const rows = speakingTimeByConstituency(
      [
        turn("a", "france", "2016-11-03T10:00:00Z", { endedAt: "2016-11-03T10:03:00Z" }),
        turn("b", "india", "2016-11-03T10:05:00Z", { status: "paused", pausedAt: "2016-11-03T10:06:30Z" }),
        turn("c", "senegal", "2016-11-03T10:29:00Z", { status: "speaking" }),
        turn("d", "india", null, { status: "queued" }),
      ],
      delegations,
      now,
    );
    expect(rows).toEqual([
      { constituency: "council", turns: 2, seconds: 180 + 60 },
      { constituency: "tpcc", turns: 2, seconds: 90 + 60 },
    ]);
  });

  it("is empty before anyone has spoken", () => {
    expect(speakingTimeByConstituency([], delegations, now)).toEqual([]);
  });
});
