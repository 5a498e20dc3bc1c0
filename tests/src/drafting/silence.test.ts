import { limits } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, openRoom, type Room } from "../decisions/room.js";
import { eventually } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openDraft, paragraphOf, stateOf } from "./drafting-room.js";

describe.each(databaseKinds)("the silence procedure on %s", (kind) => {
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

  it("takes a paragraph from bracketed through agreed ad referendum to agreed, unless silence is broken", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Requests the Secretariat to brief T/PCCs [before] mandate renewals." },
      { kind: "operative", text: "Encourages [regular] triangular consultations." },
    ]);
    const [quiet, broken] = [paragraphIds[0] ?? "", paragraphIds[1] ?? ""];
    const egypt = await room.delegate("Egypt");

    // Brackets hold it back; the chair resolves them, then marks both agreed ad referendum.
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:set-state", { paragraphId: quiet, baseVersion: 1, state: "agreed_ad_referendum" }),
      "CONFLICT",
    );
    const bracketsOff = async (paragraphId: string, text: string) => {
      await room.chair.must("draft:edit-paragraph", { paragraphId, baseVersion: 1, text });
      await room.chair.must("draft:set-state", { paragraphId, baseVersion: 2, state: "agreed_ad_referendum" });
    };
    await bracketsOff(quiet, "Requests the Secretariat to brief T/PCCs before mandate renewals.");
    await bracketsOff(broken, "Encourages regular triangular consultations.");
    expect(await paragraphOf(room.chair, quiet)).toMatchObject({ state: "agreed_ad_referendum", version: 3 });

    // A bracketed paragraph cannot go to silence; these two can, with the shortest deadline.
    const silence = (paragraphId: string) =>
      room.chair.must("consensus:call", {
        subject: { kind: "paragraph", paragraphId },
        durationSeconds: limits.minConsensusSeconds,
      });
    const [first, second] = [await silence(quiet), await silence(broken)];
    expect(await paragraphOf(room.chair, quiet)).toMatchObject({ silenceCallId: first.id });

    // Nothing changes a paragraph under silence.
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:set-state", { paragraphId: quiet, baseVersion: 3, state: "agreed" }),
      "CONFLICT",
    );
    await expectRefused(
      egypt,
      () =>
        egypt.send("draft:propose", {
          draftId,
          change: { kind: "delete", paragraphId: quiet, baseVersion: 3, passage: "before" },
        }),
      "CONFLICT",
      room.chair,
    );

    // Egypt breaks silence on the second.
    await egypt.must("consensus:object", { callId: second.id ?? "", reason: "Our capital cannot accept 'regular'." });

    // The scheduler closes both at their deadline.
    await eventually(
      () => {
        const calls = room.chair.replica.state?.consensusCalls ?? {};
        return calls[first.id ?? ""]?.status === "closed" && calls[second.id ?? ""]?.status === "closed";
      },
      (limits.minConsensusSeconds + 10) * 1000,
      "both silence procedures to close",
    );
    const state = await stateOf(room.chair);
    expect(state.consensusCalls[first.id ?? ""]).toMatchObject({
      subject: "paragraph",
      outcome: "adopted",
      closedBy: "deadline",
    });
    expect(state.consensusCalls[second.id ?? ""]).toMatchObject({ outcome: "not_adopted" });
    expect(state.paragraphs[quiet]).toMatchObject({ state: "agreed", version: 4 });
    expect(state.paragraphs[broken]).toMatchObject({ state: "bracketed", version: 4 });
    const history = Object.values(state.paragraphVersions)
      .filter((v) => v.paragraphId === quiet)
      .sort((a, b) => a.version - b.version);
    expect(history.map((v) => v.state)).toEqual(["bracketed", "bracketed", "agreed_ad_referendum", "agreed"]);
    expect(history[3]).toMatchObject({ authorId: null, callId: first.id });
  }, 40_000);

  it("puts only a paragraph agreed ad referendum to silence", async () => {
    const { paragraphIds } = await openDraft(room, [
      { kind: "preambular", text: "Recalling [all] relevant resolutions," },
    ]);
    await expectRefused(
      room.chair,
      () =>
        room.chair.send("consensus:call", {
          subject: { kind: "paragraph", paragraphId: paragraphIds[0] ?? "" },
          durationSeconds: 60,
        }),
      "CONFLICT",
    );
  });
});
