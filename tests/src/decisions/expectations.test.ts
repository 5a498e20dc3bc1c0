import { type ExpectationFields, expectationMatrix } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { expectRefused, openRoom, type Room } from "./room.js";

/** The concept note's South Sudan example, as a first draft. */
const campUnderThreat: ExpectationFields = {
  scenario: "An armed group threatens a camp for displaced people next to a mission base",
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: {
    council: "Keep the mandate's POC priority explicit.",
    tpccs: "Deploy quick-reaction forces without national caveats on patrolling.",
    secretariat: "Share threat assessments with T/PCCs in advance.",
    host_state: "Allow freedom of movement to the camp.",
    mission: "Maintain a standing presence at the camp perimeter.",
  },
};

describe.each(databaseKinds)("expectations on the use of force on %s", (kind) => {
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

  it("runs from draft through an amendment to agreed with two reservations, visible in the matrix", async () => {
    const secretary = await room.invite({ role: "secretary" }, "Rapporteur");
    const rwanda = await room.delegate("Rwanda");
    const { id } = await secretary.must("expectation:draft", { itemId: room.item.id, fields: campUnderThreat });
    const expectationId = id ?? "";
    const state = () => room.chair.replica.state;
    await room.chair.sync();
    expect(state()?.expectations[expectationId]).toMatchObject({ version: 1, status: "draft" });

    // Rwanda proposes to raise the force level; the chair accepts: version 2, authored by Rwanda.
    const amendment = await rwanda.must("expectation:amend", {
      expectationId,
      changes: { highestForceLevel: "deadly_force_last_resort", phases: ["pre_emption", "response"] },
      rationale: "Interposition alone did not protect the camp in July.",
    });
    const accepted = await room.chair.must("expectation:accept-amendment", { amendmentId: amendment.id ?? "" });
    await room.chair.waitForSeq(accepted.seq);
    expect(state()?.expectations[expectationId]).toMatchObject({
      version: 2,
      status: "draft",
      fields: { highestForceLevel: "deadly_force_last_resort", threatActor: "non_state_armed_group" },
    });
    const versions = Object.values(state()?.expectationVersions ?? {}).filter((v) => v.expectationId === expectationId);
    expect(versions.map((v) => [v.version, v.authorDelegationId]).sort()).toEqual([
      [1, null],
      [2, room.delegationId("Rwanda")],
    ]);
    expect(versions.find((v) => v.version === 1)?.authorId).toBe(secretary.me?.participantId);

    // Put to consensus: proposed; no objection; adopted: agreed.
    const { id: callId } = await room.chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId },
      durationSeconds: 600,
    });
    await room.chair.sync();
    expect(state()?.expectations[expectationId]?.status).toBe("proposed");
    await expectRefused(
      rwanda,
      () => rwanda.send("expectation:amend", { expectationId, changes: { tiers: ["tier_iii"] } }),
      "CONFLICT",
      room.chair,
    );
    await room.chair.must("consensus:close", { callId: callId ?? "" });
    await room.chair.sync();
    expect(state()?.expectations[expectationId]?.status).toBe("agreed");

    // T/PCCs record: one plain acceptance, two national caveats.
    await rwanda.must("expectation:record-acceptance", { expectationId, kind: "accepts" });
    await (await room.delegate("India")).must("expectation:record-acceptance", {
      expectationId,
      kind: "accepts_with_reservation",
      caveat: "Deadly force only within the contingent's area of responsibility.",
    });
    const last = await (await room.delegate("Senegal")).must("expectation:record-acceptance", {
      expectationId,
      kind: "accepts_with_reservation",
      caveat: "Subject to national command approval for operations beyond 10 km.",
    });
    await room.chair.waitForSeq(last.seq);
    expect(state()?.expectations[expectationId]?.status).toBe("agreed_with_reservations");

    // The matrix any participant can build from the live state, here an observer's fresh snapshot.
    const observer = await room.invite({ role: "observer" }, "African Union observer");
    const seen = observer.replica.state;
    if (!seen) throw new Error("no state");
    const matrix = expectationMatrix({
      expectations: Object.values(seen.expectations),
      calls: Object.values(seen.consensusCalls),
      acceptances: Object.values(seen.acceptances),
      delegations: Object.values(seen.delegations),
    });
    expect(matrix.rows).toHaveLength(1);
    const cell = matrix.rows[0]?.cells.non_state_armed_group;
    expect(cell).toHaveLength(1);
    expect(cell?.[0]).toMatchObject({
      status: "agreed_with_reservations",
      version: 2,
      acceptedBy: [room.delegationId("Rwanda")],
    });
    expect(cell?.[0]?.reservations.map((r) => r.delegationId).sort()).toEqual(
      [room.delegationId("India"), room.delegationId("Senegal")].sort(),
    );
    expect(cell?.[0]?.pending).toContain(room.delegationId("Ethiopia"));
    expect(matrix.rows[0]?.cells.host_state_forces).toEqual([]);
  });

  it("does not agree a version one T/PCC does not accept, and takes records from T/PCCs only", async () => {
    const fields = {
      ...campUnderThreat,
      scenario: "Host-state forces fire on civilians near a POC site",
      threatActor: "host_state_forces" as const,
    };
    const { id } = await room.chair.must("expectation:draft", { itemId: null, fields });
    const expectationId = id ?? "";
    const ethiopia = await room.delegate("Ethiopia");
    const early = await ethiopia.send("expectation:record-acceptance", { expectationId, kind: "accepts" });
    expect(early.ok ? null : early.error.code).toBe("CONFLICT");
    const { id: callId } = await room.chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId },
      durationSeconds: 600,
    });
    await room.chair.must("consensus:close", { callId: callId ?? "" });
    const france = await room.delegate("France");
    await expectRefused(
      france,
      () => france.send("expectation:record-acceptance", { expectationId, kind: "accepts" }),
      "FORBIDDEN",
      room.chair,
    );
    const recorded = await ethiopia.must("expectation:record-acceptance", {
      expectationId,
      kind: "does_not_accept",
      caveat: "Our contingent is not mandated to confront host-State forces.",
    });
    await room.chair.waitForSeq(recorded.seq);
    expect(room.chair.replica.state?.expectations[expectationId]?.status).toBe("not_agreed");
    // A failed text may be amended again; the new version starts over as a draft.
    const revised = await room.chair.must("expectation:revise", {
      expectationId,
      fields: { ...fields, highestForceLevel: "presence_deterrence" },
    });
    await room.chair.waitForSeq(revised.seq);
    expect(room.chair.replica.state?.expectations[expectationId]).toMatchObject({ version: 2, status: "draft" });
  });
});
