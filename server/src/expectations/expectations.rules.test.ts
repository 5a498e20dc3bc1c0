import type { ExpectationFields } from "@trilogue/shared";
import { describe, expect, it } from "vitest";
import { applyAmendment, assertEditable, assertTpcc } from "./expectations.rules.js";

const fields: ExpectationFields = {
  scenario: "Host-state forces fire on civilians near a POC site",
  threatActor: "host_state_forces",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: { council: "", tpccs: "", secretariat: "", host_state: "Restrain its forces", mission: "" },
};

describe("expectation rules", () => {
  it("lets the text change in draft or after it failed, not while proposed or once agreed", () => {
    expect(() => assertEditable("draft")).not.toThrow();
    expect(() => assertEditable("not_agreed")).not.toThrow();
    expect(() => assertEditable("proposed")).toThrow(/before the room/);
    expect(() => assertEditable("agreed")).toThrow(/settled/);
    expect(() => assertEditable("agreed_with_reservations")).toThrow(/settled/);
  });

  it("replaces the fields an amendment names, whole, and keeps the rest", () => {
    const amended = applyAmendment(fields, {
      highestForceLevel: "deadly_force_last_resort",
      phases: ["pre_emption", "response"],
    });
    expect(amended).toEqual({
      ...fields,
      highestForceLevel: "deadly_force_last_resort",
      phases: ["pre_emption", "response"],
    });
    expect(fields.highestForceLevel).toBe("interposition");
  });

  it("takes acceptance from T/PCCs only", () => {
    expect(() => assertTpcc({ constituencies: ["council", "tpcc"] })).not.toThrow();
    expect(() => assertTpcc({ constituencies: ["council"] })).toThrow(/troop- and police-contributing/);
  });
});
