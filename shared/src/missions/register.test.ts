import { describe, expect, it } from "vitest";
import type { ExpectationFields } from "../decisions/expectations.js";
import { onDistribution } from "./briefing-rules.js";
import { buildRegister, type RegisterSources } from "./register.js";
import { registerMarkdown } from "./register-markdown.js";

const fields: ExpectationFields = {
  scenario: "An armed group threatens a camp",
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "Patrol the camp.", secretariat: "", host_state: "", mission: "" },
};
const ids = {
  mission: "00000000-0000-4000-8000-000000000000",
  c1: "00000000-0000-4000-8000-000000000001",
  c2: "00000000-0000-4000-8000-000000000002",
  c3: "00000000-0000-4000-8000-000000000003",
  lineage: "00000000-0000-4000-8000-00000000000a",
};
const base: RegisterSources = {
  mission: {
    id: ids.mission,
    name: "UNMISS",
    hostDelegationNames: ["South Sudan"],
    createdAt: "2026-01-01T00:00:00.000Z",
  },
  consultations: [
    { id: ids.c2, title: "Second", date: "2026-06-01", confidentiality: "on_record" },
    { id: ids.c1, title: "First", date: "2026-01-10", confidentiality: "on_record" },
    { id: ids.c3, title: "Third", date: "2026-11-01", confidentiality: "on_record" },
  ],
  expectations: [
    { id: "e1", consultationId: ids.c1, lineageId: ids.lineage, version: 1, fields, status: "agreed" },
    {
      id: "e2",
      consultationId: ids.c2,
      lineageId: ids.lineage,
      version: 1,
      fields,
      status: "agreed_with_reservations",
    },
    {
      id: "e3",
      consultationId: ids.c3,
      lineageId: ids.lineage,
      version: 2,
      fields: { ...fields, highestForceLevel: "non_lethal_force" },
      status: "agreed",
    },
  ],
  acceptances: [
    {
      expectationId: "e1",
      version: 1,
      delegationName: "Rwanda",
      kind: "accepts",
      caveat: null,
      recordedAt: "2026-01-10T10:00:00.000Z",
    },
    {
      expectationId: "e1",
      version: 1,
      delegationName: "India",
      kind: "accepts",
      caveat: null,
      recordedAt: "2026-01-10T10:00:00.000Z",
    },
    {
      expectationId: "e2",
      version: 1,
      delegationName: "India",
      kind: "accepts_with_reservation",
      caveat: "Only within 10 km.",
      recordedAt: "2026-06-01T10:00:00.000Z",
    },
  ],
  ends: [],
};

describe("the mission's expectations register", () => {
  it("tells adopted, reaffirmed and revised apart, with the redline and stale records", () => {
    const register = buildRegister(base, { now: new Date("2026-11-02T00:00:00Z"), staleAfterDays: 180 });
    expect(register.consultations.map((c) => c.title)).toEqual(["First", "Second", "Third"]);
    const [entry] = register.expectations;
    expect(entry?.history.map((h) => [h.kind, h.consultationTitle])).toEqual([
      ["adopted", "First"],
      ["reaffirmed", "Second"],
      ["revised", "Third"],
    ]);
    const revision = entry?.history[2]?.redline ?? [];
    expect(
      revision
        .filter((s) => s.op === "delete")
        .map((s) => s.text)
        .join(""),
    ).toContain("Interposition");
    expect(
      revision
        .filter((s) => s.op === "insert")
        .map((s) => s.text)
        .join(""),
    ).toContain("Non-lethal force");
    expect(entry?.acceptances).toEqual([
      expect.objectContaining({
        delegationName: "India",
        kind: "accepts_with_reservation",
        stale: true,
        staleReason: "before_latest_agreement",
      }),
      expect.objectContaining({
        delegationName: "Rwanda",
        kind: "accepts",
        stale: true,
        staleReason: "older_than_limit",
      }),
    ]);
    expect(registerMarkdown(register)).toContain("~~Interposition~~");
  });

  it("names a T/PCC only for records made on the record, as the summary attributes them", () => {
    for (const confidentiality of ["chatham_house", "closed"] as const) {
      const register = buildRegister(
        { ...base, consultations: base.consultations.map((c) => ({ ...c, confidentiality })) },
        { now: new Date("2026-11-02T00:00:00Z"), staleAfterDays: 180 },
      );
      const records = register.expectations[0]?.acceptances ?? [];
      expect(records.map((r) => r.delegationName)).toEqual([null, null]);
      expect(records.map((r) => r.kind).sort()).toEqual(["accepts", "accepts_with_reservation"]);
      const markdown = registerMarkdown(register);
      expect(markdown).not.toMatch(/India|Rwanda/);
      expect(markdown).toContain("a T/PCC");
    }
  });

  it("ends a standing expectation when withdrawn", () => {
    const register = buildRegister(
      {
        ...base,
        ends: [
          {
            lineageId: ids.lineage,
            kind: "withdrawn",
            supersededBy: null,
            consultationId: ids.c3,
            note: "Camp closed.",
            endedAt: "2026-11-01T12:00:00.000Z",
          },
        ],
      },
      { now: new Date("2026-11-02T00:00:00Z"), staleAfterDays: 365 },
    );
    expect(register.expectations[0]?.standing).toBe("withdrawn");
    expect(register.expectations[0]?.history.at(-1)).toMatchObject({ kind: "withdrawn", note: "Camp closed." });
  });

  it("knows who is on a briefing's distribution list", () => {
    const list = {
      wholeConsultation: false,
      constituencies: ["council" as const, "tpcc" as const],
      delegationIds: ["d9"],
    };
    expect(onDistribution(list, { role: "delegate", delegation: { id: "d1", constituencies: ["tpcc"] } })).toBe(true);
    expect(onDistribution(list, { role: "delegate", delegation: { id: "d2", constituencies: ["host"] } })).toBe(false);
    expect(onDistribution(list, { role: "delegate", delegation: { id: "d9", constituencies: ["host"] } })).toBe(true);
    expect(onDistribution(list, { role: "observer", delegation: null })).toBe(false);
    expect(onDistribution(list, { role: "secretary", delegation: null })).toBe(true);
  });
});
