import { limits, type PositionDraftsResult, positionBreakdown } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { eventsAfter, expectRefused, headSeq, openRoom, type Room } from "./room.js";

describe.each(databaseKinds)("positions on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  const drafts = async (client: TestClient) => {
    const response = await fetch(`${server.url}/api/positions/drafts`, { headers: { cookie: room.cookieOf(client) } });
    return { status: response.status, body: (await response.json()) as PositionDraftsResult };
  };

  it("keeps an adviser's draft private to the delegation until a delegate publishes it", async () => {
    const itemId = room.item.id;
    const adviser = await room.invite(
      { role: "adviser", delegationId: room.delegationId("Senegal") },
      "Adviser of Senegal",
    );
    const senegal = await room.delegate("Senegal");
    const france = await room.delegate("France");
    const before = await headSeq(room.chair);

    const saved = await adviser.must("position:save-draft", {
      itemId,
      stance: "supports_with_reservations",
      statement: "Political strategies must lead; mandates should say so.",
    });
    expect(saved.seq).toBe(0);
    expect(await eventsAfter(room.chair, before)).toEqual([]);
    expect((await drafts(senegal)).body.drafts).toMatchObject([{ itemId, stance: "supports_with_reservations" }]);
    expect((await drafts(france)).body.drafts).toEqual([]);
    expect((await drafts(room.chair)).status).toBe(403);

    await expectRefused(adviser, () => adviser.send("position:publish", { itemId, stance: "supports" }), "FORBIDDEN");

    const published = await senegal.must("position:publish", {
      itemId,
      stance: "supports_with_reservations",
      statement: "Political strategies must lead; mandates should say so.",
    });
    await room.chair.waitForSeq(published.seq);
    expect((await drafts(senegal)).body.drafts).toEqual([]);
    const events = await eventsAfter(room.chair, before);
    expect(events.map((event) => event.type)).toEqual(["position:published"]);
    expect(events[0]?.actorId).toBe(senegal.me?.participantId);
  });

  it("keeps every version and breaks stances down by constituency, dual members in both", async () => {
    const itemId = room.item.id;
    const senegal = await room.delegate("Senegal");
    const revised = await senegal.must("position:publish", {
      itemId,
      stance: "supports",
      statement: "We now support.",
    });
    await (await room.delegate("France")).must("position:publish", { itemId, stance: "opposes" });
    await (await room.delegate("India")).must("position:publish", { itemId, stance: "neutral", statement: "" });
    const last = await (await room.delegate("African Union")).must("position:publish", { itemId, stance: "supports" });
    await room.chair.waitForSeq(Math.max(revised.seq, last.seq));

    const state = room.chair.replica.state;
    if (!state) throw new Error("no state");
    const senegalId = room.delegationId("Senegal");
    const versions = Object.values(state.positionVersions).filter((v) => v.delegationId === senegalId);
    expect(versions.map((v) => [v.version, v.stance]).sort()).toEqual([
      [1, "supports_with_reservations"],
      [2, "supports"],
    ]);
    expect(Object.values(state.positions).find((p) => p.delegationId === senegalId)?.version).toBe(2);

    const breakdown = positionBreakdown(Object.values(state.positions), Object.values(state.delegations), itemId);
    expect(breakdown.total).toBe(4);
    expect(breakdown.overall).toEqual({ supports: 2, supports_with_reservations: 0, neutral: 1, opposes: 1 });
    expect(breakdown.byConstituency.council).toMatchObject({ supports: 1, opposes: 1 });
    expect(breakdown.byConstituency.tpcc).toMatchObject({ supports: 1, neutral: 1 });
    expect(breakdown.byConstituency.observer).toMatchObject({ supports: 1 });

    // A fresh snapshot says the same as the live events did.
    const fresh = await room.invite({ role: "observer" }, "Observer");
    expect(fresh.replica.state?.positions).toEqual(state.positions);
    expect(fresh.replica.state?.positionVersions).toEqual(state.positionVersions);
  });

  it("refuses statements over the limit and positions on a concluded item", async () => {
    const senegal = await room.delegate("Senegal");
    const tooLong = await senegal.send("position:publish", {
      itemId: room.item.id,
      stance: "supports",
      statement: "x".repeat(limits.statement + 1),
    });
    expect(tooLong.ok ? null : tooLong.error).toMatchObject({ code: "VALIDATION", issues: [{ path: ["statement"] }] });
    await room.chair.must("agenda:conclude", { itemId: room.item.id, conclusion: "Noted." });
    await expectRefused(
      senegal,
      () => senegal.send("position:publish", { itemId: room.item.id, stance: "opposes" }),
      "CONFLICT",
    );
  });
});
