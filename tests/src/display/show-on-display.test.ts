import { randomUUID } from "node:crypto";
import { limits } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, openRoom, operator, type Room } from "../decisions/room.js";
import { openDraft, stateOf } from "../drafting/drafting-room.js";
import { join } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";

describe.each(databaseKinds)("the chair puts things on the room display on %s", (kind) => {
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

  it("shows the chair's message to everyone in the room, and clears it", async () => {
    const observer = await room.invite({ role: "observer" }, "Room display");
    const shown = await room.chair.must("display:show", {
      content: { kind: "message", text: "  The meeting resumes at 15:00.  " },
    });
    await observer.waitForSeq(shown.seq);
    expect(observer.received.at(-1)?.type).toBe("display:changed");
    // Trimmed as any text is.
    expect((await stateOf(observer)).consultation.onDisplay).toEqual({
      kind: "message",
      text: "The meeting resumes at 15:00.",
    });
    const cleared = await room.chair.must("display:show", { content: null });
    await observer.waitForSeq(cleared.seq);
    expect((await stateOf(observer)).consultation.onDisplay).toBeUndefined();
  });

  it("is the chair's alone: a delegate, the secretary and an observer are refused and nothing is logged", async () => {
    const egypt = await room.delegate("Egypt");
    const secretary = await room.invite({ role: "secretary" }, "Secretary");
    const observer = await room.invite({ role: "observer" }, "Observer");
    for (const sender of [egypt, secretary, observer]) {
      await expectRefused(
        sender,
        () => sender.send("display:show", { content: { kind: "message", text: "Vote now." } }),
        "FORBIDDEN",
        room.chair,
      );
    }
  });

  it("refuses what does not match the contract: empty or overlong text, an unknown kind, extra fields", async () => {
    const bad: unknown[] = [
      { kind: "message", text: "   " },
      { kind: "message", text: "x".repeat(limits.displayMessage + 1) },
      { kind: "banner", text: "Hello" },
      { kind: "consensus", callId: "not-a-uuid" },
      { kind: "message", text: "Hello", colour: "red" },
    ];
    for (const content of bad) {
      await expectRefused(room.chair, () => room.chair.send("display:show", { content } as never), "VALIDATION");
    }
    await expectRefused(room.chair, () => room.chair.send("display:show", {} as never), "VALIDATION");
  });

  it("shows a consensus call's text and an agreed paragraph, and refuses anything unknown or not agreed", async () => {
    const call = await room.chair.must("consensus:call", {
      subject: { kind: "conclusion", itemId: room.item.id, text: "The meeting takes note of the briefing." },
      durationSeconds: limits.minConsensusSeconds,
    });
    await room.chair.must("display:show", { content: { kind: "consensus", callId: call.id ?? "" } });
    expect((await stateOf(room.chair)).consultation.onDisplay).toEqual({ kind: "consensus", callId: call.id });

    const { paragraphIds } = await openDraft(room, [{ kind: "operative", text: "Welcomes the report." }]);
    const paragraphId = paragraphIds[0] ?? "";
    await expectRefused(
      room.chair,
      () => room.chair.send("display:show", { content: { kind: "paragraph", paragraphId } }),
      "CONFLICT",
    );
    await room.chair.must("draft:set-state", { paragraphId, baseVersion: 1, state: "agreed" });
    await room.chair.must("display:show", { content: { kind: "paragraph", paragraphId } });
    expect((await stateOf(room.chair)).consultation.onDisplay).toEqual({ kind: "paragraph", paragraphId });

    for (const content of [
      { kind: "consensus" as const, callId: randomUUID() },
      { kind: "paragraph" as const, paragraphId: randomUUID() },
    ]) {
      await expectRefused(room.chair, () => room.chair.send("display:show", { content }), "NOT_FOUND");
    }
  });

  it("issues the chair (and the operator) a display link that opens the room display as an observer", async () => {
    const issued = (await operator(server, `/api/operator/consultations/${room.consultationId}/display-link`, {})) as {
      url: string;
    };
    // Links name PUBLIC_URL, which is also the only origin the server takes a cookie's POST from.
    const publicUrl = new URL(issued.url).origin;
    expect(issued.url.startsWith(`${publicUrl}/display#`)).toBe(true);
    const ask = (cookie: string) =>
      fetch(`${server.url}/api/display-link`, { method: "POST", headers: { cookie, origin: publicUrl } });
    const egypt = await room.delegate("Egypt");
    expect((await ask(room.cookieOf(egypt))).status).toBe(403);
    expect((await fetch(`${server.url}/api/display-link`, { method: "POST" })).status).toBe(401);

    const answer = await ask(room.cookieOf(room.chair));
    expect(answer.status).toBe(201);
    const link = (await answer.json()) as { url: string; expiresAt: string };
    expect(link.url.startsWith(`${publicUrl}/display#`)).toBe(true);
    const { joined } = await join(server.url, link.url, "Room display");
    expect(joined.participant).toMatchObject({ role: "observer", delegationId: null });
  });
});
