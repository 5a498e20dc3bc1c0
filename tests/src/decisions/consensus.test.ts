import { readFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import { limits } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { eventsAfter, expectRefused, headSeq, openRoom, type Room } from "./room.js";

const shortest = limits.minConsensusSeconds;

describe.each(databaseKinds)("consensus calls on %s", (kind) => {
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

  const call = async (text: string, durationSeconds = 600) => {
    const { id } = await room.chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: room.item.id, text },
      durationSeconds,
    });
    return id ?? "";
  };
  const outcomeOf = async (callId: string) => {
    await room.chair.sync();
    return room.chair.replica.state?.consensusCalls[callId];
  };

  it("does not adopt a text while one objection stands", async () => {
    const callId = await call("Mandates should state the political strategy that POC serves.");
    const egypt = await room.delegate("Egypt");
    const japan = await room.delegate("Japan");
    await egypt.must("consensus:object", { callId, reason: "The wording prejudges host-State consent." });
    await japan.must("consensus:object", { callId, reason: "Too vague." });
    await japan.must("consensus:withdraw-objection", { callId });
    const twice = await egypt.send("consensus:object", { callId, reason: "Again." });
    expect(twice.ok ? null : twice.error.code).toBe("CONFLICT");
    await room.chair.must("consensus:close", { callId });
    expect(await outcomeOf(callId)).toMatchObject({ status: "closed", outcome: "not_adopted", closedBy: "chair" });
    await expectRefused(egypt, () => egypt.send("consensus:withdraw-objection", { callId }), "CONFLICT", room.chair);
  });

  it("adopts a text whose only objection was withdrawn", async () => {
    const callId = await call("The Secretariat will brief T/PCCs before mandate renewals.");
    const egypt = await room.delegate("Egypt");
    await egypt.must("consensus:object", { callId, reason: "We need to consult the capital." });
    await egypt.must("consensus:withdraw-objection", { callId });
    await room.chair.must("consensus:close", { callId });
    const closed = await outcomeOf(callId);
    expect(closed).toMatchObject({ status: "closed", outcome: "adopted" });
    const objections = Object.values(room.chair.replica.state?.objections ?? {}).filter((o) => o.callId === callId);
    expect(objections).toMatchObject([{ status: "withdrawn", delegationId: room.delegationId("Egypt") }]);
  });

  it("lets observers read but not block, and keeps one call open per text", async () => {
    const callId = await call("Observers are heard.");
    const au = await room.delegate("African Union");
    await expectRefused(
      au,
      () => au.send("consensus:object", { callId, reason: "We object." }),
      "FORBIDDEN",
      room.chair,
    );
    const second = await room.chair.send("consensus:call", {
      subject: { kind: "conclusion", itemId: room.item.id, text: "Another text" },
      durationSeconds: 60,
    });
    expect(second.ok ? null : second.error.code).toBe("CONFLICT");
    await room.chair.must("consensus:close", { callId });
  });

  it("closes the call at its deadline from the scheduler, with no actor", async () => {
    const before = await headSeq(room.chair);
    const callId = await call("The deadline decides.", shortest);
    const senegal = await room.delegate("Senegal");
    await senegal.must("consensus:object", { callId, reason: "Not yet." });
    await senegal.must("consensus:withdraw-objection", { callId });
    await eventually(
      () => room.chair.replica.state?.consensusCalls[callId]?.status === "closed",
      (shortest + 5) * 1000,
      "the deadline",
    );
    expect(room.chair.replica.state?.consensusCalls[callId]).toMatchObject({
      outcome: "adopted",
      closedBy: "deadline",
    });
    const closing = (await eventsAfter(room.chair, before)).filter((e) => e.type === "consensus:closed");
    expect(closing).toHaveLength(1);
    expect(closing[0]?.actorId).toBeNull();
    await expectRefused(
      senegal,
      () => senegal.send("consensus:object", { callId, reason: "Late." }),
      "CONFLICT",
      room.chair,
    );
  });

  it("holds the deadline across a restart: a call due while the server was down closes once it is back", async () => {
    const callId = await call("The deadline survives a restart.", shortest);
    const uruguay = await room.delegate("Uruguay");
    await uruguay.must("consensus:object", { callId, reason: "We object and do not withdraw." });
    const deadline = Date.parse(room.chair.replica.state?.consensusCalls[callId]?.deadlineAt ?? "");
    const lastSeq = await headSeq(room.chair);
    room.close();
    await server.close();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now()) + 300));

    server = await startServer(database);
    const links = JSON.parse(readFileSync(joinPath(database.dataDir, "demo-links.json"), "utf8"));
    const { cookie } = await join(server.url, links.chair, "Fodé Seck");
    const chair = await TestClient.connect(server.url, cookie);
    try {
      await eventually(
        () => chair.replica.state?.consensusCalls[callId]?.status === "closed",
        5_000,
        "closed after restart",
      );
      expect(chair.replica.state?.consensusCalls[callId]).toMatchObject({
        outcome: "not_adopted",
        closedBy: "deadline",
      });
      const closing = (await eventsAfter(chair, lastSeq)).filter((e) => e.type === "consensus:closed");
      expect(closing).toHaveLength(1);
    } finally {
      chair.close();
    }
  });
});
