import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openRoom, type Room } from "./room.js";

describe.each(databaseKinds)("closing the consultation on %s", (kind) => {
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

  it("settles the open poll and consensus call, so nothing stays undecided after it", async () => {
    const { id: pollId = "" } = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Should mandates name the political strategy POC serves?",
      kind: "yes_no_abstain",
    });
    await room.chair.must("poll:open", { pollId });
    const senegal = await room.delegate("Senegal");
    await senegal.must("ballot:cast", { pollId, choices: [0] });
    const { id: callId = "" } = await room.chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: room.item.id, text: "Dialogue before renewals." },
      durationSeconds: 600,
    });
    const closed = await room.chair.must("consultation:set-status", { status: "closed" });
    await senegal.waitForSeq(closed.seq);
    const state = senegal.replica.state;
    expect(state?.consultation.status).toBe("closed");
    expect(state?.polls[pollId]?.status).toBe("closed");
    expect(state?.consensusCalls[callId]).toMatchObject({ status: "closed", outcome: "adopted", closedBy: "chair" });
    const late = await senegal.send("ballot:cast", { pollId, choices: [1] });
    expect(late.ok).toBe(false);
  });
});
