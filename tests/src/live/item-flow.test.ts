import { snapshotFromState } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { databaseKinds } from "../support/databases.js";
import { openRoom, type Room } from "../support/room.js";

describe.each(databaseKinds)("a chair and three delegations run an item on %s", (kind) => {
  let room: Room;
  let chair: TestClient;
  let senegal: TestClient;
  let france: TestClient;
  let southSudan: TestClient;

  beforeAll(async () => {
    room = await openRoom(kind);
    chair = await room.chair("Fodé Seck");
    senegal = await room.delegate("Senegal");
    france = await room.delegate("France");
    southSudan = await room.delegate("South Sudan");
  });
  afterAll(() => room.close());

  const everyone = () => [chair, senegal, france, southSudan];
  const settle = async (seq: number) => Promise.all(everyone().map((client) => client.waitForSeq(seq)));
  const floor = (client: TestClient) => Object.values(client.replica.state?.floorRequests ?? {});

  it("goes from opening to conclusion, every screen in step", async () => {
    await chair.must("consultation:set-status", { status: "live" });
    const items = Object.values(chair.replica.state?.items ?? {}).sort((a, b) => a.position - b.position);
    const first = items[0];
    if (!first) throw new Error("no agenda");
    await chair.must("agenda:set-time-box", { itemId: first.id, timeBoxSeconds: 1800 });
    const opened = await chair.must("agenda:open", { itemId: first.id });
    await settle(opened.seq);
    const openItem = france.replica.state?.items[first.id];
    expect(openItem?.status).toBe("open");
    expect(Date.parse(openItem?.deadlineAt ?? "") - Date.parse(openItem?.openedAt ?? "")).toBe(1_800_000);

    // Three requests, then a point of order that jumps the queue.
    const senegalRequest = await senegal.must("floor:request", { kind: "speaker" });
    const franceRequest = await france.must("floor:request", { kind: "speaker" });
    await southSudan.must("floor:request", { kind: "speaker" });
    const duplicate = await france.send("floor:request", { kind: "speaker" });
    expect(duplicate).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const pointOfOrder = await southSudan.must("floor:request", { kind: "point_of_order" });

    // Giving the floor without naming anyone goes to the point of order first.
    const before = Date.now();
    const given = await chair.must("floor:give", { speakingTimeSeconds: 120 });
    expect(given.id).toBe(pointOfOrder.id);
    await settle(given.seq);
    const turn = senegal.replica.state?.floorRequests[pointOfOrder.id ?? ""];
    expect(turn?.status).toBe("speaking");
    const deadline = Date.parse(turn?.deadlineAt ?? "");
    expect(deadline - Date.parse(turn?.grantedAt ?? "")).toBe(120_000);
    expect(deadline).toBeGreaterThanOrEqual(before + 119_000);

    // France withdraws; the next floor goes to Senegal, ending the point of order's turn.
    await france.must("floor:withdraw", { requestId: franceRequest.id ?? "" });
    const next = await chair.must("floor:give", {});
    expect(next.id).toBe(senegalRequest.id);
    await settle(next.seq);
    const statuses = Object.fromEntries(floor(southSudan).map((request) => [request.id, request.status]));
    expect(statuses[pointOfOrder.id ?? ""]).toBe("done");
    expect(statuses[franceRequest.id ?? ""]).toBe("withdrawn");
    expect(statuses[senegalRequest.id ?? ""]).toBe("speaking");

    // A delegate cannot withdraw another delegation's request.
    const foreign = await france.send("floor:withdraw", { requestId: senegalRequest.id ?? "" });
    expect(foreign).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const concluded = await chair.must("agenda:conclude", {
      itemId: first.id,
      conclusion: "The Council will reflect the linkage in mandate language.",
    });
    await settle(concluded.seq);
    expect(senegal.replica.state?.items[first.id]?.status).toBe("concluded");
    expect(floor(france).filter((request) => request.status === "queued" || request.status === "speaking")).toEqual([]);

    // After conclusion the floor is closed.
    const late = await france.send("floor:request", { kind: "speaker" });
    expect(late).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const states = everyone().map((client) => client.replica.state && snapshotFromState(client.replica.state));
    for (const state of states) expect(state).toEqual(states[0]);
  });

  it("keeps each turn's speaker and length for the summary", () => {
    const turns = floor(chair).filter((request) => request.grantedAt && request.endedAt);
    expect(turns.length).toBeGreaterThanOrEqual(2);
    for (const turn of turns)
      expect(Date.parse(turn.endedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(turn.grantedAt ?? ""));
  });
});
