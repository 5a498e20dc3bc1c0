import {
  type ConsultationState,
  hiddenConstituencies,
  maskBreakdown,
  positionBreakdown,
  positionsWithCoSignatories,
} from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectRefused, openRoom, type Room } from "../decisions/room.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { openDraft, stateOf } from "./drafting-room.js";

/** The position breakdown on an item as every screen computes it: co-signatories, then privacy. */
function breakdownOf(state: ConsultationState, itemId: string) {
  const positions = positionsWithCoSignatories(
    Object.values(state.positions),
    Object.values(state.jointStatements),
    Object.values(state.coSignatures),
  );
  const delegations = Object.values(state.delegations);
  const hidden = hiddenConstituencies(delegations, Object.values(state.breakdownDisclosures));
  return maskBreakdown(positionBreakdown(positions, delegations, itemId), hidden);
}

describe.each(databaseKinds)("joint statements and breakdown privacy on %s", (kind) => {
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

  it("counts a joint position for a co-signatory only once it confirms", async () => {
    const senegal = await room.delegate("Senegal");
    const ethiopia = await room.delegate("Ethiopia");
    const rwanda = await room.delegate("Rwanda");
    const india = await room.delegate("India");
    const posted = await senegal.must("joint:post-position", {
      itemId: room.item.id,
      stance: "supports",
      statement: "Mandates should name the political strategy that protection serves.",
      onBehalfOf: "the African Group",
      coSignatories: [room.delegationId("Ethiopia"), room.delegationId("Rwanda")],
    });
    let state = await stateOf(room.chair);
    expect(breakdownOf(state, room.item.id)).toMatchObject({ total: 1, byConstituency: { tpcc: { supports: 1 } } });
    const signatureOf = (name: string) =>
      Object.values(state.coSignatures).find(
        (s) => s.jointId === posted.id && s.delegationId === room.delegationId(name),
      )?.id ?? "";

    // Only Ethiopia's own delegates answer for Ethiopia.
    await expectRefused(
      india,
      () => india.send("joint:confirm", { coSignatureId: signatureOf("Ethiopia") }),
      "FORBIDDEN",
      room.chair,
    );
    await ethiopia.must("joint:confirm", { coSignatureId: signatureOf("Ethiopia") });
    await rwanda.must("joint:decline", { coSignatureId: signatureOf("Rwanda") });
    state = await stateOf(room.chair);
    expect(breakdownOf(state, room.item.id)).toMatchObject({ total: 2, byConstituency: { tpcc: { supports: 2 } } });

    // A revision by the sponsor lapses the confirmations given to the earlier text.
    await senegal.must("position:publish", { itemId: room.item.id, stance: "neutral" });
    state = await stateOf(room.chair);
    expect(breakdownOf(state, room.item.id)).toMatchObject({
      total: 1,
      byConstituency: { tpcc: { neutral: 1, supports: 0 } },
    });
    await expectRefused(
      rwanda,
      () => rwanda.send("joint:confirm", { coSignatureId: signatureOf("Rwanda") }),
      "CONFLICT",
      room.chair,
    );
  });

  it("names a proposal's co-sponsors, each confirming for itself", async () => {
    const { draftId, paragraphIds } = await openDraft(room, [
      { kind: "operative", text: "Requests regular briefings." },
    ]);
    const uruguay = await room.delegate("Uruguay");
    const bangladesh = await room.delegate("Bangladesh");
    const proposed = await uruguay.must("draft:propose", {
      draftId,
      change: {
        kind: "insert",
        paragraphId: paragraphIds[0] ?? "",
        baseVersion: 1,
        after: "briefings",
        text: "to T/PCCs",
      },
      onBehalfOf: "several T/PCCs",
      coSponsors: [room.delegationId("Bangladesh")],
    });
    let state = await stateOf(room.chair);
    const joint = Object.values(state.jointStatements).find((j) => j.subjectId === proposed.id);
    expect(joint).toMatchObject({ subject: "proposal", onBehalfOf: "several T/PCCs" });
    const signature = Object.values(state.coSignatures).find((s) => s.jointId === joint?.id);
    expect(signature).toMatchObject({ status: "pending", delegationId: room.delegationId("Bangladesh") });
    await bangladesh.must("joint:confirm", { coSignatureId: signature?.id ?? "" });
    state = await stateOf(room.chair);
    expect(state.coSignatures[signature?.id ?? ""]).toMatchObject({
      status: "confirmed",
      decidedBy: bangladesh.me?.participantId,
    });
  });

  it("shows a constituency of a single delegation in breakdowns only when the chair allows it", async () => {
    // The African Union is the demo's only observer: its row would name it.
    const au = await room.delegate("African Union");
    await au.must("position:publish", { itemId: room.item.id, stance: "supports" });
    let state = await stateOf(room.chair);
    expect(breakdownOf(state, room.item.id).byConstituency.observer).toBeNull();
    expect(breakdownOf(state, room.item.id).byConstituency.host).not.toBeNull();
    await expectRefused(
      au,
      () => au.send("breakdown:set-disclosure", { constituency: "observer", allowed: true }),
      "FORBIDDEN",
      room.chair,
    );
    await room.chair.must("breakdown:set-disclosure", { constituency: "observer", allowed: true });
    state = await stateOf(au);
    expect(breakdownOf(state, room.item.id).byConstituency.observer).toMatchObject({ supports: 1 });
    await room.chair.must("breakdown:set-disclosure", { constituency: "observer", allowed: false });
    state = await stateOf(au);
    expect(breakdownOf(state, room.item.id).byConstituency.observer).toBeNull();
  });
});
