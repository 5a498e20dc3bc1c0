import { eventsSince } from "@trilogue/server";
import type { ChainReport } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";
import { seededRandom } from "./random-actions.js";
import {
  comparable,
  gapsIn,
  joinParticipants,
  type Participant,
  quantile,
  type RunStats,
  replay,
  runRandomActions,
  settle,
} from "./random-run.js";

/** A short soak: a fixed number of random valid actions, then the log must rebuild the live state. */
const actions = Number(process.env.REPLAY_ACTIONS ?? 400);
const seed = Number(process.env.REPLAY_SEED ?? 20161103);

describe.each(databaseKinds)("the log replayed equals the live state, on %s", (kind) => {
  let room: Room;
  let people: Participant[];
  let stats: RunStats;

  beforeAll(async () => {
    room = await openRoom(kind);
    const links = room.server.app.demoLinks;
    if (!links) throw new Error("no demo");
    people = await joinParticipants(room.server.url, links, 15);
    await people[0]?.client.must("consultation:set-status", { status: "live" });
    stats = await runRandomActions(people, {
      rand: seededRandom(seed),
      stop: (s) => s.sent >= actions,
      pauseMs: 40,
      chairPauseMs: 15,
    });
    const chair = people[0]?.client;
    if (chair) await settle(chair);
  });
  afterAll(async () => {
    for (const person of people ?? []) person.client.close();
    await room?.close();
  });

  it("meets only expected refusals", () => {
    console.info(
      `${kind}: seed ${seed}, ${stats.sent} actions, ${stats.ok} accepted, refused ${JSON.stringify(stats.expected)}, ` +
        `p95 ack ${quantile(stats.latencies, 0.95).toFixed(0)} ms`,
    );
    expect(stats.unexpected).toEqual([]);
    expect(stats.ok).toBeGreaterThan(actions / 4);
  });

  it("keeps the log gap-free and rebuilds, from seq 1, exactly the state a newcomer is sent", async () => {
    const newcomer = await room.invite("observer", null, "Newcomer");
    expect(newcomer.lastSync).toBe("snapshot");
    const live = newcomer.replica.state;
    if (!live) throw new Error("no live state");
    const events = await eventsSince(room.server.app.database.db, room.consultationId, 0, live.seq);
    expect(gapsIn(events)).toEqual([]);
    expect(events.length).toBe(live.seq);
    expect(comparable(replay(events))).toEqual(comparable(live));
  });

  it("leaves a chain that verifies intact", async () => {
    const response = await room.operator("GET", `/api/operator/consultations/${room.consultationId}/log/verify`);
    expect(((await response.json()) as ChainReport).intact).toBe(true);
  });
});
