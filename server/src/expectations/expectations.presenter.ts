import type {
  Acceptance,
  AcceptanceKind,
  Amendment,
  AmendmentStatus,
  Expectation,
  ExpectationChanges,
  ExpectationFields,
  ExpectationStatus,
  ExpectationVersion,
} from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { acceptances, amendments, expectations, expectationVersions } from "../db/schema.js";

// The jsonb columns are written only from payloads the shared schemas have parsed.
export function presentExpectation(row: typeof expectations.$inferSelect): Expectation {
  return {
    id: row.id,
    itemId: row.itemId,
    version: row.version,
    fields: row.fields as ExpectationFields,
    status: row.status as ExpectationStatus,
    draftedBy: row.draftedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentExpectationVersion(row: typeof expectationVersions.$inferSelect): ExpectationVersion {
  return {
    id: row.id,
    expectationId: row.expectationId,
    version: row.version,
    fields: row.fields as ExpectationFields,
    authorId: row.authorId,
    authorDelegationId: row.authorDelegationId,
    amendmentId: row.amendmentId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentAmendment(row: typeof amendments.$inferSelect): Amendment {
  return {
    id: row.id,
    expectationId: row.expectationId,
    baseVersion: row.baseVersion,
    changes: row.changes as ExpectationChanges,
    rationale: row.rationale,
    delegationId: row.delegationId,
    proposedBy: row.proposedBy,
    status: row.status as AmendmentStatus,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: iso(row.decidedAt),
    resultingVersion: row.resultingVersion,
    decisionNote: row.decisionNote,
  };
}

export function presentAcceptance(row: typeof acceptances.$inferSelect): Acceptance {
  return {
    id: row.id,
    expectationId: row.expectationId,
    version: row.version,
    delegationId: row.delegationId,
    participantId: row.participantId,
    kind: row.kind as AcceptanceKind,
    caveat: row.caveat,
    recordedAt: row.recordedAt.toISOString(),
  };
}
