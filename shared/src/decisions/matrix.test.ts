import { describe, expect, it } from "vitest";
import type { ConsensusCall } from "./consensus.js";
import type { Acceptance, Expectation, ExpectationFields } from "./expectations.js";
import { expectationMatrix } from "./matrix.js";
import { buildDelegation, uuid } from "./test-factories.js";

const fields = (scenario: string, threatActor: ExpectationFields["threatActor"]): ExpectationFields => ({
  scenario,
  threatActor,
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "deadly_force_last_resort",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "", mission: "" },
});
const expectation = (n: number, f: ExpectationFields, createdAt: string): Expectation => ({
  id: uuid(n),
  itemId: null,
  version: 1,
  fields: f,
  status: "draft",
  draftedBy: uuid(99),
  createdAt,
  updatedAt: createdAt,
});
const adopted = (n: number): ConsensusCall => ({
  id: uuid(50 + n),
  subject: "expectation",
  itemId: null,
  expectationId: uuid(n),
  expectationVersion: 1,
  text: "",
  deadlineAt: "2016-11-03T11:00:00.000Z",
  status: "closed",
  outcome: "adopted",
  closedBy: "chair",
  calledAt: "2016-11-03T10:30:00.000Z",
  closedAt: "2016-11-03T10:40:00.000Z",
});
const record = (n: number, delegation: number, kind: Acceptance["kind"], caveat: string | null = null): Acceptance => ({
  id: uuid(300 + delegation),
  expectationId: uuid(n),
  version: 1,
  delegationId: uuid(delegation),
  participantId: uuid(400 + delegation),
  kind,
  caveat,
  recordedAt: "2016-11-03T10:50:00.000Z",
});

describe("expectationMatrix", () => {
  const camp = expectation(
    1,
    fields("Armed group threatens a displacement camp", "non_state_armed_group"),
    "2016-11-03T10:00:00.000Z",
  );
  const campHost = expectation(
    2,
    fields("armed group  threatens a displacement camp ", "host_state_forces"),
    "2016-11-03T10:01:00.000Z",
  );
  const elections = expectation(
    3,
    fields("Electoral violence in the capital", "communal_militia"),
    "2016-11-03T10:02:00.000Z",
  );
  const delegations = [
    buildDelegation(11, ["tpcc"]),
    buildDelegation(12, ["council", "tpcc"]),
    buildDelegation(13, ["tpcc"]),
    buildDelegation(14, ["council"]),
  ];

  it("puts scenarios in rows and threat actors in columns, with status and every reservation", () => {
    const matrix = expectationMatrix({
      expectations: [elections, campHost, camp],
      calls: [adopted(1)],
      acceptances: [record(1, 11, "accepts"), record(1, 12, "accepts_with_reservation", "Within its sector only")],
      delegations,
    });
    expect(matrix.rows.map((row) => row.scenario)).toEqual([
      "Armed group threatens a displacement camp",
      "Electoral violence in the capital",
    ]);
    const [first] = matrix.rows;
    const cell = first?.cells.non_state_armed_group[0];
    expect(cell).toMatchObject({
      expectationId: camp.id,
      status: "agreed_with_reservations",
      acceptedBy: [uuid(11)],
      reservations: [{ delegationId: uuid(12), caveat: "Within its sector only" }],
      pending: [uuid(13)],
    });
    expect(first?.cells.host_state_forces[0]).toMatchObject({
      expectationId: campHost.id,
      status: "draft",
      pending: [],
    });
    expect(first?.cells.communal_militia).toEqual([]);
  });
});
