import { caveatsRegister, type ExpectationFields } from "@trilogue/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRoom, type Room } from "../decisions/room.js";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/databases.js";
import { startServer, type TestServer } from "../support/server.js";
import { stateOf } from "./drafting-room.js";

const expectation = (scenario: string, tpccs: string): ExpectationFields => ({
  scenario,
  threatActor: "host_state_forces",
  tiers: ["tier_i", "tier_ii"],
  phases: ["pre_emption", "response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: {
    council: "",
    tpccs,
    secretariat: "",
    host_state: "Withdraw from the site's perimeter.",
    mission: "",
  },
});

describe.each(databaseKinds)("the caveats register on %s", (kind) => {
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

  /** Drafts an expectation and has it adopted by consensus (the chair closes the call; no objection). */
  const agreed = async (fields: ExpectationFields) => {
    const { id } = await room.chair.must("expectation:draft", { itemId: room.item.id, fields });
    const call = await room.chair.must("consensus:call", {
      subject: { kind: "expectation", expectationId: id ?? "" },
      durationSeconds: 600,
    });
    await room.chair.must("consensus:close", { callId: call.id ?? "" });
    return id ?? "";
  };

  it("flags a caveat that collides with an agreed expectation, and only that one", async () => {
    const site = await agreed(
      expectation(
        "Host-state forces fire on civilians near a protection-of-civilians site",
        "Interpose between the forces and the site.",
      ),
    );
    const capital = await agreed(expectation("Electoral violence in the capital", ""));
    const rwanda = await room.delegate("Rwanda");
    const india = await room.delegate("India");
    await rwanda.must("expectation:record-acceptance", {
      expectationId: site,
      kind: "accepts_with_reservation",
      caveat: "Our contingent does not interpose without authorisation from its capital.",
    });
    await india.must("expectation:record-acceptance", {
      expectationId: capital,
      kind: "accepts_with_reservation",
      caveat: "No deployment outside the mission's area of operations.",
    });
    await india.must("expectation:record-acceptance", { expectationId: site, kind: "accepts" });

    const state = await stateOf(room.chair);
    const register = caveatsRegister({
      expectations: Object.values(state.expectations),
      expectationVersions: Object.values(state.expectationVersions),
      calls: Object.values(state.consensusCalls),
      acceptances: Object.values(state.acceptances),
      delegations: Object.values(state.delegations),
      disclosures: Object.values(state.breakdownDisclosures),
    });
    expect(register.entries).toHaveLength(2);
    const byDelegation = (name: string) => register.entries.find((e) => e.delegationId === room.delegationId(name));
    expect(byDelegation("Rwanda")).toMatchObject({
      expectationId: site,
      scenario: "Host-state forces fire on civilians near a protection-of-civilians site",
      caveat: "Our contingent does not interpose without authorisation from its capital.",
      conflicts: [{ expectationId: site, requires: "Interpose between the forces and the site." }],
    });
    expect(byDelegation("India")).toMatchObject({ expectationId: capital, conflicts: [] });
    expect(register.conflicted).toBe(1);
    expect(register.byConstituency.tpcc).toBe(2);
  });
});
