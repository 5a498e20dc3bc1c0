import type { ConsensusCall, Objection } from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { consensusCalls, objections } from "../db/schema.js";

export function presentCall(row: typeof consensusCalls.$inferSelect): ConsensusCall {
  return {
    id: row.id,
    subject: row.subject,
    itemId: row.itemId,
    expectationId: row.expectationId,
    expectationVersion: row.expectationVersion,
    text: row.text,
    deadlineAt: row.deadlineAt.toISOString(),
    status: row.status,
    outcome: row.outcome,
    closedBy: row.closedBy,
    calledAt: row.calledAt.toISOString(),
    closedAt: iso(row.closedAt),
  };
}

export function presentObjection(row: typeof objections.$inferSelect): Objection {
  return {
    id: row.id,
    callId: row.callId,
    delegationId: row.delegationId,
    participantId: row.participantId,
    reason: row.reason,
    status: row.status,
    raisedAt: row.raisedAt.toISOString(),
    withdrawnAt: iso(row.withdrawnAt),
  };
}
