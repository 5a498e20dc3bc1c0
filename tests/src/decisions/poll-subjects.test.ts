import type { SummaryDocument } from "@trilogue/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDraft, stateOf } from "../drafting/drafting-room.js";
import { campUnderThreat } from "../missions/mission-cycle.js";
import { download } from "../summary/readers.js";
import { join, TestClient } from "../support/clients.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { expectRefused, headSeq, openRoom, operator, type Room } from "./room.js";

const op1 = "Requests the mission to protect civilians [by all necessary means], within its capabilities.";
const missing = "00000000-0000-4000-8000-00000000dead";

/**
 * A poll may be taken on any subject: the item, a paragraph, a proposal, an expectation. The demo
 * decides as the Working Group does (the Council decides), so a decisive vote is the Council's and
 * an indicative poll every consulted Member State's.
 */
describe.each(databaseKinds)("polls on any subject on %s", (kind) => {
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

  it("puts a delegation's proposal to a decisive vote: the Council votes, the result is the proposal's, in the summary", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [{ kind: "operative", text: op1 }]);
    const paragraphId = paragraphIds[0] ?? "";
    const egypt = await room.delegate("Egypt");
    const { id: proposalId = "" } = await egypt.must("draft:propose", {
      draftId,
      change: {
        kind: "replace",
        paragraphId,
        baseVersion: 1,
        passage: "by all necessary means",
        text: "using all means",
      },
    });
    const { id: pollId = "" } = await room.chair.must("poll:create", {
      subject: { kind: "proposal", proposalId },
      question: "Does the room accept the amendment of OP1?",
      kind: "yes_no_abstain",
      indicative: false,
    });
    await room.chair.must("poll:open", { pollId });
    const poll = (await stateOf(room.chair)).polls[pollId];
    expect(poll).toMatchObject({ subject: { kind: "proposal", proposalId }, itemId: room.item.id, indicative: false });

    // A decisive vote under "the Council decides": a T/PCC, the Secretariat and a host State are consulted.
    for (const name of ["India", "OHCHR", "South Sudan"]) {
      const client = await room.delegate(name);
      await expectRefused(client, () => client.send("ballot:cast", { pollId, choices: [0] }), "FORBIDDEN", room.chair);
    }
    await egypt.must("ballot:cast", { pollId, choices: [0] });
    await (await room.delegate("France")).must("ballot:cast", { pollId, choices: [1] });
    await (await room.delegate("Japan")).must("ballot:cast", { pollId, choices: [0] });
    await room.chair.must("poll:close", { pollId });
    await headSeq(room.chair);
    const closed = (await stateOf(room.chair)).polls[pollId];
    expect(closed?.result?.overall).toEqual([2, 1, 0]);
    // Eligible: the demo's nine Council members only.
    expect(closed?.result?.eligible.overall).toBe(9);
    // The proposal itself is untouched: the chair merges or rejects it in the light of the vote.
    expect((await stateOf(room.chair)).draftProposals[proposalId]?.status).toBe("pending");

    const json = await download(server, room.consultationId, "json", room.cookieOf(room.chair));
    const document = JSON.parse(json.body.toString("utf8")) as SummaryDocument;
    const reported = document.items
      .flatMap((item) => item.polls)
      .find((p) => p.question.includes("the amendment of OP1"));
    expect(reported).toMatchObject({
      indicative: false,
      // The demo meets under the Chatham House rule: the sponsor is not named.
      subject: { kind: "proposal", delegation: null, paragraph: "OP1" },
      overall: [2, 1, 0],
    });
    const markdown = (await download(server, room.consultationId, "md", room.cookieOf(room.chair))).body.toString();
    expect(markdown).toContain("## Votes");
    expect(markdown).toContain("On a proposal on OP1");
  });

  it("takes an indicative poll on a paragraph open to every consulted Member State, reported apart", async () => {
    const { paragraphIds } = await openDraft(room, [{ kind: "operative", text: "Decides to renew the mandate." }]);
    const { id: pollId = "" } = await room.chair.must("poll:create", {
      subject: { kind: "paragraph", paragraphId: paragraphIds[0] ?? "" },
      question: "Is the room ready to agree this paragraph?",
      kind: "yes_no_abstain",
    });
    await room.chair.must("poll:open", { pollId });
    expect((await stateOf(room.chair)).polls[pollId]).toMatchObject({ indicative: true });
    // Never the Secretariat nor an observer (refusals first: turnout announcements move the log).
    for (const name of ["OHCHR", "African Union"]) {
      const client = await room.delegate(name);
      await expectRefused(client, () => client.send("ballot:cast", { pollId, choices: [0] }), "FORBIDDEN", room.chair);
    }
    for (const name of ["India", "South Sudan", "France"])
      await (await room.delegate(name)).must("ballot:cast", { pollId, choices: [0] });
    await room.chair.must("poll:close", { pollId });
    await headSeq(room.chair);
    const result = (await stateOf(room.chair)).polls[pollId]?.result;
    expect(result?.overall).toEqual([3, 0, 0]);
    // Every Member State delegation of the demo: 9 Council members, 4 T/PCCs only, 2 host States.
    expect(result?.eligible.overall).toBe(15);
    expect(result?.eligible.byConstituency.secretariat).toBe(0);

    const markdown = (await download(server, room.consultationId, "md", room.cookieOf(room.chair))).body.toString();
    const indicative = markdown.indexOf("## Indicative polls");
    expect(indicative).toBeGreaterThan(markdown.indexOf("## Votes"));
    expect(markdown.indexOf("Is the room ready to agree this paragraph?")).toBeGreaterThan(indicative);
    expect(markdown).toContain("On OP1");
  });

  it("takes a poll on an expectation, and still on the item as before", async () => {
    const { id: expectationId = "" } = await room.chair.must("expectation:draft", {
      itemId: room.item.id,
      fields: campUnderThreat,
    });
    const onExpectation = await room.chair.must("poll:create", {
      subject: { kind: "expectation", expectationId },
      question: "Is this the right threshold?",
      kind: "yes_no_abstain",
    });
    const onItem = await room.chair.must("poll:create", {
      itemId: room.item.id,
      question: "Lead with the political strategy?",
      kind: "yes_no_abstain",
    });
    const state = await stateOf(room.chair);
    expect(state.polls[onExpectation.id ?? ""]).toMatchObject({ subject: { kind: "expectation", expectationId } });
    expect(state.polls[onItem.id ?? ""]).toMatchObject({
      itemId: room.item.id,
      subject: { kind: "item", itemId: room.item.id },
      indicative: true,
    });
  });

  it("refuses a poll on a subject not found, in another consultation, or by a delegate, changing nothing", async () => {
    const chair = room.chair;
    const poll = (subject: unknown, client: TestClient = chair) =>
      client.send("poll:create", { subject, question: "Agreed?", kind: "yes_no_abstain" } as never);
    await expectRefused(chair, () => poll({ kind: "proposal", proposalId: missing }), "NOT_FOUND");
    await expectRefused(chair, () => poll({ kind: "paragraph", paragraphId: missing }), "NOT_FOUND");
    await expectRefused(chair, () => poll({ kind: "expectation", expectationId: missing }), "NOT_FOUND");
    await expectRefused(chair, () => poll({ kind: "item", itemId: missing }), "NOT_FOUND");
    // Both an item and a subject, or neither: not a valid payload.
    const both = await chair.send("poll:create", {
      itemId: room.item.id,
      subject: { kind: "item", itemId: room.item.id },
      question: "Agreed?",
      kind: "yes_no_abstain",
    });
    expect(both.ok ? "accepted" : both.error.code).toBe("VALIDATION");

    // A paragraph of another consultation, drafted by that consultation's own chair.
    const created = (await operator(server, "/api/operator/consultations", {
      title: "Another consultation",
      date: "2016-11-04",
      confidentiality: "on_record",
    })) as { id: string };
    const invitation = (await operator(server, `/api/operator/consultations/${created.id}/invitations`, {
      role: "chair",
    })) as { url: string };
    const other = await TestClient.connect(server.url, (await join(server.url, invitation.url, "Other chair")).cookie);
    try {
      await other.must("consultation:set-status", { status: "live" });
      const otherItem = Object.values(other.replica.state?.items ?? {})[0];
      const { id: draftId = "" } = await other.must("draft:open", { itemId: otherItem?.id ?? "", title: "Elsewhere" });
      const { id: paragraphId = "" } = await other.must("draft:add-paragraph", {
        draftId,
        kind: "operative",
        text: "Elsewhere.",
      });
      await expectRefused(chair, () => poll({ kind: "paragraph", paragraphId }), "NOT_FOUND");
      await expectRefused(chair, () => poll({ kind: "item", itemId: otherItem?.id ?? "" }), "NOT_FOUND");
    } finally {
      other.close();
    }

    // Only the chair prepares a poll, whatever its subject.
    const { paragraphIds } = await openDraft(room, [{ kind: "operative", text: "Welcomes the report." }]);
    const france = await room.delegate("France");
    await expectRefused(
      france,
      () => poll({ kind: "paragraph", paragraphId: paragraphIds[0] ?? "" }, france),
      "FORBIDDEN",
      chair,
    );
  });
});
