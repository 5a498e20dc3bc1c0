import { describe, expect, it } from "vitest";
import type { ConsensusCall } from "../decisions/consensus.js";
import type { Acceptance, Expectation, ExpectationFields } from "../decisions/expectations.js";
import { buildDelegation, uuid } from "../decisions/test-factories.js";
import { caveatsRegister } from "./caveats.js";

const at = (minute: number) => new Date(Date.UTC(2016, 10, 3, 10, minute)).toISOString();
const fields = (scenario: string, tpccs: string): ExpectationFields => ({
  scenario,
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs, secretariat: "", host_state: "Protect the camp perimeter.", mission: "" },
});
const expectation = (n: number, f: ExpectationFields): Expectation => ({
  id: uuid(100 + n),
  itemId: null,
  version: 1,
  fields: f,
  status: "agreed",
  draftedBy: uuid(1),
  createdAt: at(n),
  updatedAt: at(n),
});
const adopted = (e: Expectation): ConsensusCall => ({
  id: uuid(200 + Number(e.id.slice(-3))),
  subject: "expectation",
  itemId: null,
  expectationId: e.id,
  expectationVersion: e.version,
  text: e.fields.scenario,
  deadlineAt: at(30),
  status: "closed",
  outcome: "adopted",
  closedBy: "deadline",
  calledAt: at(20),
  closedAt: at(30),
});
const reservation = (n: number, e: Expectation, delegationId: string, caveat: string): Acceptance => ({
  id: uuid(300 + n),
  expectationId: e.id,
  version: e.version,
  delegationId,
  participantId: uuid(2),
  kind: "accepts_with_reservation",
  caveat,
  recordedAt: at(40 + n),
});

describe("the caveats register", () => {
  const egypt = buildDelegation(11, ["council", "tpcc"]);
  const rwanda = buildDelegation(12, ["tpcc"]);
  const host = buildDelegation(13, ["host"]);
  const camp = expectation(
    1,
    fields("An armed group threatens a camp for displaced people", "Interpose between the group and the camp."),
  );
  const capital = expectation(2, fields("Electoral violence in the capital", ""));

  const register = (extra: { disclosures?: { id: "host"; allowedBy: string; allowedAt: string }[] } = {}) =>
    caveatsRegister({
      expectations: [camp, capital],
      expectationVersions: [],
      calls: [adopted(camp), adopted(capital)],
      acceptances: [
        reservation(1, camp, egypt.id, "Our contingent acts only on orders from its capital."),
        reservation(2, capital, rwanda.id, "No deployment outside Juba."),
      ],
      delegations: [egypt, rwanda, host],
      disclosures: extra.disclosures ?? [],
    });

  it("flags a caveat where an agreed expectation asks the T/PCC's contingent to act in its scenario", () => {
    const entry = register().entries.find((e) => e.delegationId === egypt.id);
    expect(entry?.conflicts).toEqual([
      {
        expectationId: camp.id,
        version: 1,
        scenario: camp.fields.scenario,
        requires: "Interpose between the group and the camp.",
      },
    ]);
  });

  it("does not flag a caveat on a scenario where nothing is asked of T/PCCs", () => {
    const entry = register().entries.find((e) => e.delegationId === rwanda.id);
    expect(entry).toMatchObject({
      scenario: "Electoral violence in the capital",
      caveat: "No deployment outside Juba.",
      conflicts: [],
    });
  });

  it("lists every reservation newest first, and counts current ones by constituency", () => {
    const result = register();
    expect(result.entries.map((e) => e.delegationId)).toEqual([rwanda.id, egypt.id]);
    expect(result.conflicted).toBe(1);
    // Egypt is the only Council member here: its figure would name it.
    expect(result.byConstituency).toMatchObject({ council: null, tpcc: 2, secretariat: 0, observer: 0 });
  });

  it("withholds a constituency of a single delegation unless the chair allows it", () => {
    expect(register().byConstituency.host).toBeNull();
    expect(register({ disclosures: [{ id: "host", allowedBy: uuid(1), allowedAt: at(50) }] }).byConstituency.host).toBe(
      0,
    );
  });

  it("does not flag a caveat once the expectation has a newer version (history only)", () => {
    const revised = { ...camp, version: 2 };
    const result = caveatsRegister({
      expectations: [revised],
      expectationVersions: [],
      calls: [adopted(camp)],
      acceptances: [reservation(1, camp, egypt.id, "Orders from capital.")],
      delegations: [egypt],
      disclosures: [],
    });
    expect(result.entries).toMatchObject([{ current: false, conflicts: [] }]);
  });
});
