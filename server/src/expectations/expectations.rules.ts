import type { Delegation, ExpectationChanges, ExpectationFields, ExpectationStatus } from "@trilogue/shared";
import { conflict, forbidden } from "../core/errors.js";

/**
 * The text may change (by revision or accepted amendment) only while it is not before the room
 * and not agreed: in draft, or after it failed (not_agreed). A change starts it over as a draft.
 */
export function assertEditable(status: ExpectationStatus): void {
  if (status === "proposed")
    throw conflict("The expectation is before the room for consensus: it cannot change now.", {
      code: "expectation_under_consensus",
    });
  if (status === "agreed" || status === "agreed_with_reservations") {
    throw conflict("The expectation is agreed: its text is settled.", { code: "expectation_agreed" });
  }
}

/** An accepted amendment replaces the fields it names in the current text, whole. */
export function applyAmendment(current: ExpectationFields, changes: ExpectationChanges): ExpectationFields {
  const named = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  return { ...current, ...named };
}

/** Only T/PCCs record acceptance: the expectations bind their contingents. */
export function assertTpcc(delegation: Pick<Delegation, "constituencies">): void {
  if (!delegation.constituencies.includes("tpcc")) {
    throw forbidden("Only troop- and police-contributing countries record acceptance.", {
      code: "acceptance_tccs_only",
    });
  }
}
