import { numberParagraphs, orderParagraphs } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, openRoom, type Room } from "../decisions/room.js";
import { readDocx } from "../summary/readers.js";
import type { TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openDraft, stateOf } from "./drafting-room.js";

/** The draft's paragraphs as a client reads them: "label text", in UN order. */
async function outlineOf(client: TestClient, draftId: string): Promise<string[]> {
  const state = await stateOf(client);
  const paragraphs = Object.values(state.paragraphs).filter((p) => p.draftId === draftId);
  const numbers = numberParagraphs(paragraphs);
  return orderParagraphs(paragraphs).map((p) => `${numbers.get(p.id)?.label} ${p.text}`);
}

const chapeau = "Requests the mission to pursue the following priority tasks:";

describe.each(databaseKinds)("deleting, moving and sub-paragraphs on %s", (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let room: Room;
  let secretary: TestClient;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    server = await startServer(database);
    room = await openRoom(server);
    secretary = await room.invite({ role: "secretary" }, "Rapporteur");
  });
  afterAll(async () => {
    room?.close();
    await server?.close();
    await database?.drop();
  });

  it("numbers chapeaux, sub-paragraphs (a) and sub-sub-paragraphs (i) the UN way", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "preambular", text: "Recalling its previous resolutions," },
      { kind: "operative", text: "Decides to renew the mandate;" },
      { kind: "operative", text: chapeau },
      { kind: "operative", text: "Protection of civilians;", level: 1 },
      { kind: "operative", text: "Support to the political process, including:", level: 1 },
      { kind: "operative", text: "good offices;", level: 2 },
      { kind: "operative", text: "electoral assistance;", level: 2 },
      { kind: "operative", text: "Requests a report within 90 days." },
    ]);
    const observer = await room.invite({ role: "observer" }, "Observer");
    expect(await outlineOf(observer, draftId)).toEqual([
      "PP1 Recalling its previous resolutions,",
      "OP1 Decides to renew the mandate;",
      `OP2 ${chapeau}`,
      "OP2 (a) Protection of civilians;",
      "OP2 (b) Support to the political process, including:",
      "OP2 (b) (i) good offices;",
      "OP2 (b) (ii) electoral assistance;",
      "OP3 Requests a report within 90 days.",
    ]);
    const numbers = numberParagraphs(Object.values((await stateOf(observer)).paragraphs));
    expect(numbers.get(paragraphIds[2] ?? "")).toMatchObject({ chapeau: true, mark: "2." });
    expect(numbers.get(paragraphIds[5] ?? "")).toMatchObject({ chapeau: false, mark: "(i)" });
    // A sub-paragraph needs a paragraph of its kind before it; preambular ones are not subdivided.
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:add-paragraph", { draftId, kind: "preambular", text: "Noting,", level: 1 }),
      "CONFLICT",
    );
  });

  it("moves a paragraph with its sub-paragraphs and keeps the numbering derived", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Decides to renew the mandate;" },
      { kind: "operative", text: chapeau },
      { kind: "operative", text: "Protection of civilians;", level: 1 },
      { kind: "operative", text: "Human rights monitoring;", level: 1 },
    ]);
    const [renew, tasks, civilians, rights] = paragraphIds as [string, string, string, string];
    await room.chair.must("draft:move-paragraph", { paragraphId: tasks, beforeParagraphId: renew });
    expect(await outlineOf(room.chair, draftId)).toEqual([
      `OP1 ${chapeau}`,
      "OP1 (a) Protection of civilians;",
      "OP1 (b) Human rights monitoring;",
      "OP2 Decides to renew the mandate;",
    ]);
    // The secretary swaps the two sub-paragraphs, then makes one a paragraph of its own.
    await secretary.must("draft:move-paragraph", { paragraphId: rights, beforeParagraphId: civilians });
    await secretary.must("draft:move-paragraph", { paragraphId: civilians, beforeParagraphId: renew, level: 0 });
    expect(await outlineOf(room.chair, draftId)).toEqual([
      `OP1 ${chapeau}`,
      "OP1 (a) Human rights monitoring;",
      "OP2 Protection of civilians;",
      "OP3 Decides to renew the mandate;",
    ]);
    // A move into its own sub-paragraphs is refused, and a delegate may not move at all.
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:move-paragraph", { paragraphId: tasks, beforeParagraphId: rights }),
      "CONFLICT",
    );
    const egypt = await room.delegate("Egypt");
    await expectRefused(
      egypt,
      () => egypt.send("draft:move-paragraph", { paragraphId: renew, beforeParagraphId: tasks }),
      "FORBIDDEN",
      room.chair,
    );
  });

  it("deletes a paragraph with a trace in the history, refusing stale or unauthorised deletions", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: chapeau },
      { kind: "operative", text: "Protection of civilians;", level: 1 },
      { kind: "operative", text: "[Robust] support to the host State;", level: 1 },
      { kind: "operative", text: "Requests a report." },
    ]);
    const [tasks, civilians, support, report] = paragraphIds as [string, string, string, string];
    const egypt = await room.delegate("Egypt");
    await expectRefused(
      egypt,
      () => egypt.send("draft:delete-paragraph", { paragraphId: support, baseVersion: 1 }),
      "FORBIDDEN",
      room.chair,
    );
    // A chapeau goes only once its sub-paragraphs have gone or moved.
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:delete-paragraph", { paragraphId: tasks, baseVersion: 1 }),
      "CONFLICT",
    );
    // The secretary edits (b) while the chair, who saw version 1, deletes it: CONFLICT, text kept.
    await secretary.must("draft:edit-paragraph", {
      paragraphId: support,
      baseVersion: 1,
      text: "Support to the host State [in extending its authority];",
    });
    await expectRefused(
      room.chair,
      () => room.chair.send("draft:delete-paragraph", { paragraphId: support, baseVersion: 1 }),
      "CONFLICT",
    );
    await room.chair.must("draft:delete-paragraph", {
      paragraphId: support,
      baseVersion: 2,
      note: "Covered by OP3.",
    });
    const state = await stateOf(egypt);
    expect(state.paragraphs[support]).toBeUndefined();
    expect(state.paragraphDeletions[support]).toMatchObject({
      draftId,
      label: "OP1 (b)",
      text: "Support to the host State [in extending its authority];",
      version: 2,
      deletedBy: room.chair.me?.participantId,
      note: "Covered by OP3.",
    });
    // Its versions stay on record; amending it now is a CONFLICT.
    const versions = Object.values(state.paragraphVersions).filter((v) => v.paragraphId === support);
    expect(versions).toHaveLength(2);
    await expectRefused(
      egypt,
      () =>
        egypt.send("draft:propose", {
          draftId,
          change: { kind: "alternative", paragraphId: support, baseVersion: 2, text: "Support;" },
        }),
      "CONFLICT",
      room.chair,
    );
    expect(await outlineOf(egypt, draftId)).toEqual([
      `OP1 ${chapeau}`,
      "OP1 (a) Protection of civilians;",
      "OP2 Requests a report.",
    ]);
    // With its last sub-paragraph gone, the chapeau may go too.
    await room.chair.must("draft:delete-paragraph", { paragraphId: civilians, baseVersion: 1 });
    await room.chair.must("draft:delete-paragraph", { paragraphId: tasks, baseVersion: 1 });
    expect(await outlineOf(egypt, draftId)).toEqual(["OP1 Requests a report."]);
    expect(report).toBeDefined();
  });

  it("survives two delegations and the chair acting at once: every proposal kept, the outline whole", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: chapeau },
      { kind: "operative", text: "Protection of [all] civilians;", level: 1 },
      { kind: "operative", text: "Support to the [political] process;", level: 1 },
      { kind: "operative", text: "Requests a report." },
    ]);
    const [tasks, civilians, process, report] = paragraphIds as [string, string, string, string];
    const egypt = await room.delegate("Egypt");
    const japan = await room.delegate("Japan");
    const results = await Promise.all([
      egypt.send("draft:propose", {
        draftId,
        change: { kind: "delete", paragraphId: civilians, baseVersion: 1, passage: "[all]" },
      }),
      japan.send("draft:propose", {
        draftId,
        change: { kind: "replace", paragraphId: process, baseVersion: 1, passage: "[political]", text: "peace" },
      }),
      room.chair.send("draft:move-paragraph", { paragraphId: report, beforeParagraphId: tasks }),
      secretary.send("draft:add-paragraph", {
        draftId,
        kind: "operative",
        text: "Mine action;",
        afterParagraphId: process,
        level: 1,
      }),
      room.chair.send("draft:delete-paragraph", { paragraphId: civilians, baseVersion: 1 }),
    ]);
    const [fromEgypt, fromJapan, moved, added, deleted] = results;
    expect([fromJapan?.ok, moved?.ok, added?.ok, deleted?.ok]).toEqual([true, true, true, true]);
    const state = await stateOf(room.chair);
    const egyptProposal = Object.values(state.draftProposals).find(
      (p) => p.paragraphId === civilians && p.delegationId === room.delegationId("Egypt"),
    );
    if (fromEgypt?.ok) {
      // Egypt's amendment came first: it stays on record, closed because its paragraph went.
      expect(egyptProposal).toMatchObject({ status: "rejected", passage: "[all]" });
    } else {
      // The deletion came first: Egypt is told, and nothing of Egypt's was recorded.
      expect(fromEgypt?.error.code).toBe("CONFLICT");
      expect(egyptProposal).toBeUndefined();
    }
    expect(Object.values(state.draftProposals).find((p) => p.paragraphId === process)).toMatchObject({
      status: "pending",
      delegationId: room.delegationId("Japan"),
    });
    expect(await outlineOf(japan, draftId)).toEqual([
      "OP1 Requests a report.",
      `OP2 ${chapeau}`,
      "OP2 (a) Support to the [political] process;",
      "OP2 (b) Mine action;",
    ]);
    // Japan's amendment still merges into the moved paragraph.
    await room.chair.must("draft:merge-proposal", {
      proposalId: (fromJapan?.ok && fromJapan.data.id) || "",
      baseVersion: 1,
    });
    expect((await stateOf(japan)).paragraphs[process]?.text).toBe("Support to the peace process;");
  });

  it("takes an amendment on a passage selected in the text, where it was selected", async () => {
    const text = "Calls on the parties to respect the ceasefire and the agreements.";
    const { draftId, paragraphIds } = await openDraft(room, [{ kind: "operative", text }]);
    const paragraphId = paragraphIds[0] ?? "";
    const japan = await room.delegate("Japan");
    const second = text.lastIndexOf("the");
    // "the" occurs three times: quoted, it is ambiguous; selected, its place says which.
    const quoted = await japan.send("draft:propose", {
      draftId,
      change: { kind: "replace", paragraphId, baseVersion: 1, passage: "the", text: "all" },
    });
    expect(quoted.ok ? "accepted" : quoted.error.code).toBe("VALIDATION");
    const selected = await japan.must("draft:propose", {
      draftId,
      change: { kind: "replace", paragraphId, baseVersion: 1, passage: "the", at: second, text: "all" },
    });
    // A selection whose place no longer holds the passage is refused.
    await expectRefused(
      japan,
      () =>
        japan.send("draft:propose", {
          draftId,
          change: { kind: "delete", paragraphId, baseVersion: 1, passage: "the", at: second + 1 },
        }),
      "CONFLICT",
      room.chair,
    );
    await room.chair.must("draft:merge-proposal", { proposalId: selected.id ?? "", baseVersion: 1 });
    expect((await stateOf(japan)).paragraphs[paragraphId]?.text).toBe(
      "Calls on the parties to respect the ceasefire and all agreements.",
    );
  });

  it("exports the whole draft as DOCX, clean and as a redline, numbered the UN way", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "preambular", text: "Recalling its resolutions," },
      { kind: "operative", text: "Decides to renew the mandate;" },
      { kind: "operative", text: chapeau },
      { kind: "operative", text: "Protection of civilians [by all necessary means];", level: 1 },
      { kind: "operative", text: "Support to the political process, including:", level: 1 },
      { kind: "operative", text: "good offices;", level: 2 },
      { kind: "operative", text: "Mine action;", level: 1 },
    ]);
    const civilians = paragraphIds[3] ?? "";
    const mines = paragraphIds[6] ?? "";
    await room.chair.must("draft:edit-paragraph", {
      paragraphId: civilians,
      baseVersion: 1,
      text: "Protection of civilians [using all means within its capabilities];",
    });
    await room.chair.must("draft:delete-paragraph", { paragraphId: mines, baseVersion: 1 });
    const observer = await room.invite({ role: "observer" }, "Reader");
    const get = (form: string, cookie: string) =>
      fetch(`${server.url}/api/consultations/${room.consultationId}/drafts/${draftId}/docx/${form}`, {
        headers: { cookie },
      });
    const clean = await get("clean", room.cookieOf(observer));
    expect(clean.status).toBe(200);
    expect(clean.headers.get("content-type")).toContain("wordprocessingml");
    const cleanDoc = await readDocx(Buffer.from(await clean.arrayBuffer()));
    expect(cleanDoc.text).toContain("Recalling its resolutions,");
    for (const line of [
      "1. Decides to renew the mandate;",
      `2. ${chapeau}`,
      "(a) Protection of civilians [using all means within its capabilities];",
      "(b) Support to the political process, including:",
      "(i) good offices;",
    ]) {
      expect(cleanDoc.text.replace(/\t/g, " ")).toContain(line);
    }
    expect(cleanDoc.text).not.toContain("Mine action");
    const xml = cleanDoc.parts["word/document.xml"] ?? "";
    expect(xml).toContain('<w:t xml:space="preserve">1.</w:t>');
    expect(xml).toContain(">(a)<");
    expect(xml).toContain(">(i)<");
    expect(xml).not.toMatch(/<w:(ins|del) /);

    const marked = await get("redline", room.cookieOf(observer));
    const redlineXml = (await readDocx(Buffer.from(await marked.arrayBuffer()))).parts["word/document.xml"] ?? "";
    // Word's own tracked changes: what the edit took out, what it put in, and the deleted paragraph.
    expect(redlineXml).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>by all necessary means<\/w:delText>/s);
    expect(redlineXml).toMatch(/<w:ins [^>]*>.*?<w:t[^>]*>using all means within its capabilities<\/w:t>/s);
    expect(redlineXml).toMatch(/<w:delText[^>]*>OP2 \(c\)\s*Mine action;<\/w:delText>/s);
    expect(redlineXml).toContain(">(i)<");

    const outsider = await fetch(`${server.url}/api/consultations/${room.consultationId}/drafts/${draftId}/docx/clean`);
    expect(outsider.status).toBe(401);
  });
});
