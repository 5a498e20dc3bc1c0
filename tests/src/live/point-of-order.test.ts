import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
const ms = (iso: string | null | undefined) => Date.parse(iso ?? "");

describe.each(databaseKinds)("a point of order interrupts a speaker on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let senegal: TestClient;
  let southSudan: TestClient;
  let france: TestClient;
  let itemId = "";

  beforeAll(async () => {
    room = await openRoom(kind);
    chair = await room.chair("Fodé Seck");
    senegal = await room.delegate("Senegal");
    southSudan = await room.delegate("South Sudan");
    france = await room.delegate("France");
    await chair.must("consultation:set-status", { status: "live" });
    const first = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position)[0];
    itemId = first?.id ?? "";
    await chair.must("agenda:set-speaking-time", { itemId, speakingTimeSeconds: 180, pointOfOrderSeconds: 45 });
    await chair.must("agenda:open", { itemId });
  });
  afterAll(() => room.close());

  const turnOf = (client: TestClient, id: string | undefined) => client.replica.state?.floorRequests[id ?? ""];

  it("pauses the speaker, gives the point of order its own shorter time, then resumes with the time left", async () => {
    expect(chair.replica.state?.items[itemId]?.pointOfOrderSeconds).toBe(45);
    const statement = await senegal.must("floor:request", { kind: "speaker" });
    await chair.must("floor:give", { requestId: statement.id ?? "" });
    await pause(1200);

    const point = await southSudan.must("floor:request", { kind: "point_of_order" });
    const given = await chair.must("floor:give", {});
    expect(given.id).toBe(point.id);
    await senegal.waitForSeq(given.seq);
    const paused = turnOf(senegal, statement.id);
    expect(paused?.status).toBe("paused");
    const left = ms(paused?.deadlineAt) - ms(paused?.pausedAt);
    // Three minutes less the 1.2 seconds spoken (and the time the commands took).
    expect(left).toBeGreaterThan(170_000);
    expect(left).toBeLessThan(178_900);
    const pointTurn = turnOf(senegal, point.id);
    expect(pointTurn?.status).toBe("speaking");
    expect(ms(pointTurn?.deadlineAt) - ms(pointTurn?.grantedAt)).toBe(45_000);

    await pause(1000);
    const ended = await chair.must("floor:end-turn", {});
    await france.waitForSeq(ended.seq);
    const resumed = turnOf(france, statement.id);
    const pointDone = turnOf(france, point.id);
    expect(pointDone?.status).toBe("done");
    expect(resumed?.status).toBe("speaking");
    expect(resumed?.pausedAt).toBeNull();
    // Exactly the time that was left when the point of order was raised, from the moment it ended.
    expect(ms(resumed?.deadlineAt) - ms(pointDone?.endedAt)).toBe(left);
    // The whole turn keeps its length: grant and deadline moved on together.
    expect(ms(resumed?.deadlineAt) - ms(resumed?.grantedAt)).toBe(180_000);
  });

  it("a paused speaker's turn ends if the chair gives the floor to the next speaker instead", async () => {
    const statement = await france.must("floor:request", { kind: "speaker" });
    const point = await southSudan.must("floor:request", { kind: "point_of_order" });
    await chair.must("floor:give", { requestId: point.id ?? "" });
    // Senegal (speaking since the first test) is paused; the chair moves on to France.
    expect(turnOf(chair, point.id)?.status).toBe("speaking");
    const next = await chair.must("floor:give", { requestId: statement.id ?? "" });
    await senegal.waitForSeq(next.seq);
    const statuses = Object.values(senegal.replica.state?.floorRequests ?? {})
      .filter((request) => request.delegationId !== turnOf(senegal, statement.id)?.delegationId)
      .map((request) => request.status);
    expect(statuses).not.toContain("paused");
    expect(statuses).not.toContain("speaking");
    expect(turnOf(senegal, statement.id)?.status).toBe("speaking");
  });
});
