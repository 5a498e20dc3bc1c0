import { describe, expect, it } from "vitest";
import { floorRequest, id, senegal, southSudan } from "../test/fixtures";
import { moveItem } from "./agenda";
import { currentSpeaker, itemSpeakingOrder, placesOf } from "./floor";
import { presenceByDelegation } from "./presence";
import { formatDuration, secondsUntil } from "./time";

describe("the agenda order", () => {
  it("moves one item up or down, and leaves the ends alone", () => {
    expect(moveItem(["a", "b", "c"], "c", -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], "a", 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], "a", -1)).toEqual(["a", "b", "c"]);
  });
});

describe("the list of speakers", () => {
  const requests = Object.fromEntries(
    [
      floorRequest(1),
      floorRequest(2, { delegationId: southSudan.id, kind: "right_of_reply" }),
      floorRequest(3, { delegationId: southSudan.id, kind: "point_of_order" }),
      floorRequest(4, { status: "speaking", delegationId: southSudan.id }),
      floorRequest(5, { itemId: id(999) }),
    ].map((r) => [r.id, r]),
  );

  it("orders points of order first, then by time, for one item only", () => {
    expect(itemSpeakingOrder(requests, id(101)).map((r) => r.id)).toEqual([id(303), id(301), id(302)]);
  });

  it("finds the speaker and a delegation's places", () => {
    expect(currentSpeaker(requests, id(101))?.id).toBe(id(304));
    const order = itemSpeakingOrder(requests, id(101));
    expect(placesOf(order, senegal.id).map((p) => p.place)).toEqual([2]);
  });
});

describe("presence by delegation", () => {
  it("counts who of each delegation is connected", () => {
    const joined = {
      [id(401)]: { id: id(401), displayName: "G", role: "delegate" as const, delegationId: senegal.id, joinedAt: "" },
    };
    const rows = presenceByDelegation(
      { [senegal.id]: senegal, [southSudan.id]: southSudan },
      joined,
      new Set([id(401)]),
    );
    expect(rows.map((r) => [r.delegation.name, r.onlineCount, r.participants.length])).toEqual([
      ["Senegal", 1, 1],
      ["South Sudan", 0, 0],
    ]);
  });
});

describe("durations", () => {
  it("formats minutes and hours, and counts down to a deadline", () => {
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(-12)).toBe("0:12");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(secondsUntil("2016-11-03T10:00:10.000Z", Date.parse("2016-11-03T10:00:00.500Z"))).toBe(10);
  });
});
