import type { Acceptance, Amendment, Expectation, ExpectationVersion } from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { acceptances, amendments, expectations, expectationVersions } from "../db/schema.js";

// The jsonb columns are written only from payloads the shared schemas have parsed.
export function presentExpectation(row: typeof expectations.$inferSelect): Expectation {
  return {
    id: row.id,
    itemId: row.itemId,
    version: row.version,
    fields: row.fields,
    status: row.status,
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
    fields: row.fields,
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
    changes: row.changes,
    rationale: row.rationale,
    delegationId: row.delegationId,
    proposedBy: row.proposedBy,
    status: row.status,
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
    kind: row.kind,
    caveat: row.caveat,
    recordedAt: row.recordedAt.toISOString(),
  };
}
