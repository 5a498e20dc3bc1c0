import type { ExpectationFields } from "../decisions/expectations.js";
import { registerWords as en } from "./register-words.js";

/**
 * An expectation's fields as one text, one line per field, in the summary's English words: what
 * the register shows and what its redlines compare.
 */
export function expectationText(fields: ExpectationFields): string {
  const conditions = [
    fields.conditions.imminentThreat ? en.imminentThreat : null,
    fields.conditions.withinCapabilitiesAndAreasOfDeployment ? en.withinCapabilities : null,
    fields.conditions.notes || null,
  ].filter((part): part is string => part !== null);
  const lines = [
    `${en.scenario}: ${fields.scenario}`,
    `${en.threatActor}: ${en.threatActors[fields.threatActor]}`,
    `${en.response}: ${fields.tiers.map((tier) => en.tiers[tier]).join("; ")} (${fields.phases.map((phase) => en.phases[phase]).join(", ")})`,
    `${en.forceLevel}: ${en.forceLevels[fields.highestForceLevel]}`,
    `${en.conditions}: ${conditions.join("; ") || "none"}`,
  ];
  // A fixed order: jsonb does not keep the order keys were written in.
  for (const actor of ["council", "tpccs", "secretariat", "host_state", "mission"] as const) {
    const duty = fields.responsibilities[actor];
    if (duty) lines.push(`${en.responsibleActors[actor]}: ${duty}`);
  }
  return lines.join("\n");
}
