import type { Patch } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { coalesce, maxMergedCommands } from "./coalesce.js";

const ballot = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  pollId: "00000000-0000-4000-8000-000000000001",
  delegationId: `00000000-0000-4000-8000-00000000020${n}`,
  choices: [n % 3],
  castBy: `00000000-0000-4000-8000-00000000030${n}`,
  castAt: "2016-11-03T10:00:00.000Z",
});
const counted = (n: number) => ({ type: "ballot:counted" as const, patch: { upsert: { ballots: [ballot(n)] } } });
const changed = (n: number) => ({ type: "ballot:changed" as const, patch: { upsert: { ballots: [ballot(n)] } } });

describe("coalescing a group commit's events", () => {
  it("logs one event per kind, without an actor when several sent them", () => {
    const { events, of } = coalesce([
      { actorId: "a", events: [counted(1)] },
      { actorId: "b", events: [changed(2)] },
      { actorId: "c", events: [counted(3)] },
    ]);
    expect(events.map((event) => event.type)).toEqual(["ballot:counted", "ballot:changed"]);
    expect(events[0]?.patch.upsert?.ballots?.map((b) => b.delegationId)).toEqual([
      ballot(1).delegationId,
      ballot(3).delegationId,
    ]);
    expect(events.map((event) => event.actorId)).toEqual([null, "b"]);
    expect(of).toEqual([[0], [1], [0]]);
  });

  it("keeps one event per command when the patches cannot be merged", () => {
    const removal: Patch = { remove: { ballots: [ballot(1).id] } };
    const { events, of } = coalesce([
      { actorId: "a", events: [counted(1)] },
      { actorId: "b", events: [{ type: "ballot:counted", patch: removal }] },
    ]);
    expect(events.map((event) => event.actorId)).toEqual(["a", "b"]);
    expect(of).toEqual([[0], [1]]);
  });

  it("logs nothing for commands without events (results on close)", () => {
    expect(coalesce([{ actorId: "a", events: [] }])).toEqual({ events: [], of: [[]] });
  });

  it("splits a storm into events of at most maxMergedCommands commands", () => {
    const storm = Array.from({ length: maxMergedCommands * 2 + 1 }, (_, i) => ({
      actorId: `p${i}`,
      events: [counted(i % 10)],
    }));
    const { events, of } = coalesce(storm);
    expect(events.map((event) => event.patch.upsert?.ballots?.length)).toEqual([
      maxMergedCommands,
      maxMergedCommands,
      1,
    ]);
    expect(of[0]).toEqual([0]);
    expect(of.at(-1)).toEqual([2]);
  });
});
