import { type ConsensusCloser, consensusOutcome, type Expectation } from "@trilogue/shared";
import { applySilenceOutcome } from "../drafting/silence.service.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { getExpectation } from "../expectations/expectations.repository.js";
import { refreshExpectation } from "../expectations/expectations.service.js";
import { presentCall } from "./consensus.presenter.js";
import { type CallRow, dueCallsForUpdate, objectionsTo, updateCall } from "./consensus.repository.js";

/**
 * Closes a call with the consensus rule: adopted iff no objection stands. An expectation's call
 * re-derives the expectation's status; a paragraph's call (the silence procedure) moves the paragraph. One event, whoever closes it (the chair or the deadline).
 */
export async function closeCall(uow: UnitOfWork, call: CallRow, closedBy: ConsensusCloser): Promise<void> {
  const outcome = consensusOutcome(await objectionsTo(uow.tx, call.id));
  const row = await updateCall(uow.tx, call.id, { status: "closed", outcome, closedBy, closedAt: uow.now });
  const expectations: Expectation[] = [];
  if (row.expectationId) {
    const expectation = await getExpectation(uow.tx, uow.consultation.id, row.expectationId);
    expectations.push(await refreshExpectation(uow, expectation));
  }
  // A paragraph's silence procedure: adopted makes it agreed, broken silence returns it to brackets.
  const drafting = row.subject === "paragraph" ? await applySilenceOutcome(uow, row) : {};
  uow.emit("consensus:closed", {
    upsert: { consensusCalls: [presentCall(row)], ...(expectations.length ? { expectations } : {}), ...drafting },
  });
}

/** Closes every call of the consultation whose deadline has come; run by the scheduler. */
export async function closeDueCalls(uow: UnitOfWork): Promise<number> {
  const due = await dueCallsForUpdate(uow.tx, uow.consultation.id, uow.now);
  for (const call of due) await closeCall(uow, call, "deadline");
  return due.length;
}
