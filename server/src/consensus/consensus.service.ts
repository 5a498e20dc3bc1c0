import { type ConsensusCloser, consensusOutcome } from "@trilogue/shared";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { callClosed } from "../subjects/registry.js";
import { presentCall } from "./consensus.presenter.js";
import { type CallRow, dueCallsForUpdate, objectionsTo, updateCall } from "./consensus.repository.js";

/**
 * Closes a call with the consensus rule: adopted iff no objection stands; then its subject takes
 * the outcome (subjects/registry.ts). One event, whoever closes it (the chair or the deadline).
 */
export async function closeCall(uow: UnitOfWork, call: CallRow, closedBy: ConsensusCloser): Promise<void> {
  const outcome = consensusOutcome(await objectionsTo(uow.tx, call.id));
  const row = await updateCall(uow.tx, call.id, { status: "closed", outcome, closedBy, closedAt: uow.now });
  // What the close does to its subject: an expectation's status, a paragraph's state after silence.
  const upsert = await callClosed(uow, row);
  uow.emit("consensus:closed", { upsert: { consensusCalls: [presentCall(row)], ...upsert } });
}

/** Closes every call of the consultation whose deadline has come; run by the scheduler. */
export async function closeDueCalls(uow: UnitOfWork): Promise<number> {
  const due = await dueCallsForUpdate(uow.tx, uow.consultation.id, uow.now);
  for (const call of due) await closeCall(uow, call, "deadline");
  return due.length;
}
