import { numberParagraphs } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, openRoom, type Room } from "../decisions/room.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openDraft, paragraphOf, stateOf } from "./drafting-room.js";

const op1 = "Requests the mission to protect civilians [by all necessary means], within its capabilities.";

describe.each(databaseKinds)("mandate-language drafting on %s", (kind) => {
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

  it("numbers paragraphs the UN way and keeps every version with its author", async () => {
    const { paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Decides to renew the mandate." },
      { kind: "preambular", text: "Recalling its resolutions on the protection of civilians," },
      { kind: "operative", text: "Requests a report within 90 days." },
    ]);
    const state = await stateOf(room.chair);
    const labels = numberParagraphs(paragraphIds.map((id) => state.paragraphs[id]).filter((p) => p !== undefined));
    expect(paragraphIds.map((id) => labels.get(id)?.label)).toEqual(["OP1", "PP1", "OP2"]);
    const versions = Object.values(state.paragraphVersions).filter((v) => v.paragraphId === paragraphIds[0]);
    expect(versions).toMatchObject([{ version: 1, state: "bracketed", authorId: room.chair.me?.participantId }]);
  });

  it("keeps two delegations' concurrent amendments of one paragraph as two proposals", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [{ kind: "operative", text: op1 }]);
    const paragraphId = paragraphIds[0] ?? "";
    const egypt = await room.delegate("Egypt");
    const japan = await room.delegate("Japan");
    const observer = await room.invite({ role: "observer" }, "Observer");
    // Both amend version 1 at the same moment, through their own sockets.
    const [fromEgypt, fromJapan] = await Promise.all([
      egypt.send("draft:propose", {
        draftId,
        change: {
          kind: "replace",
          paragraphId,
          baseVersion: 1,
          passage: "by all necessary means",
          text: "using all means",
        },
        rationale: "Closer to agreed language.",
      }),
      japan.send("draft:propose", {
        draftId,
        change: {
          kind: "insert",
          paragraphId,
          baseVersion: 1,
          after: "protect civilians",
          text: "under threat of physical violence",
        },
      }),
    ]);
    expect(fromEgypt.ok && fromJapan.ok).toBe(true);
    const seen = Object.values((await stateOf(observer)).draftProposals).filter((p) => p.paragraphId === paragraphId);
    expect(seen.map((p) => [p.kind, p.delegationId, p.status]).sort()).toEqual(
      [
        ["insert", room.delegationId("Japan"), "pending"],
        ["replace", room.delegationId("Egypt"), "pending"],
      ].sort(),
    );
    // The paragraph itself is untouched until the chair merges.
    expect(await paragraphOf(observer, paragraphId)).toMatchObject({ version: 1, text: op1 });

    // The chair merges Egypt's, then Japan's: a merge written against version 1 is now stale…
    const egyptId = (fromEgypt.ok && fromEgypt.data.id) || "";
    const japanId = (fromJapan.ok && fromJapan.data.id) || "";
    await room.chair.must("draft:merge-proposal", { proposalId: egyptId, baseVersion: 1 });
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:merge-proposal", { proposalId: japanId, baseVersion: 1 }),
      "CONFLICT",
    );
    // …and applies once the chair has seen version 2: Japan's passage is still there.
    await room.chair.must("draft:merge-proposal", { proposalId: japanId, baseVersion: 2 });
    const merged = await paragraphOf(observer, paragraphId);
    expect(merged).toMatchObject({
      version: 3,
      text: "Requests the mission to protect civilians under threat of physical violence [using all means], within its capabilities.",
    });
    const versions = Object.values((await stateOf(observer)).paragraphVersions)
      .filter((v) => v.paragraphId === paragraphId)
      .sort((a, b) => a.version - b.version);
    expect(versions.map((v) => v.authorDelegationId)).toEqual([
      null,
      room.delegationId("Egypt"),
      room.delegationId("Japan"),
    ]);
  });

  it("refuses a stale chair edit with CONFLICT instead of overwriting", async () => {
    const { paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Urges the host State to [ensure] access." },
    ]);
    const paragraphId = paragraphIds[0] ?? "";
    const secretary = await room.invite({ role: "secretary" }, "Rapporteur");
    await secretary.must("draft:edit-paragraph", {
      paragraphId,
      baseVersion: 1,
      text: "Urges the host State to facilitate access.",
    });
    await expectRefused(
      room.chair,
      () =>
        room.chair.send("draft:edit-paragraph", {
          paragraphId,
          baseVersion: 1,
          text: "Urges the host State to guarantee access.",
        }),
      "CONFLICT",
    );
    expect(await paragraphOf(room.chair, paragraphId)).toMatchObject({
      version: 2,
      text: "Urges the host State to facilitate access.",
    });
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:set-state", { paragraphId, baseVersion: 1, state: "agreed" }),
      "CONFLICT",
    );
    await room.chair.must("draft:edit-paragraph", {
      paragraphId,
      baseVersion: 2,
      text: "Urges the host State to guarantee access.",
    });
  });

  it("refuses amendments quoting a passage that is not there, and on agreed text", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [{ kind: "operative", text: "Welcomes the report." }]);
    const paragraphId = paragraphIds[0] ?? "";
    const india = await room.delegate("India");
    const wrong = await india.send("draft:propose", {
      draftId,
      change: { kind: "delete", paragraphId, baseVersion: 1, passage: "strongly" },
    });
    expect(wrong.ok ? "accepted" : wrong.error.code).toBe("VALIDATION");
    await room.chair.must("draft:set-state", { paragraphId, baseVersion: 1, state: "agreed" });
    await expectRefused(
      india,
      () =>
        india.send("draft:propose", {
          draftId,
          change: { kind: "alternative", paragraphId, baseVersion: 2, text: "Notes the report." },
        }),
      "CONFLICT",
      room.chair,
    );
  });
});
