import { type Me, type SummaryState, whoMayRead } from "@trilogue/shared";
import { summaryDocumentSchema } from "./build/document.js";
import type { StoredSummary } from "./summary.repository.js";

/** The log hash a stored final document carries, if any (summaries finalised before it was cited have none). */
function coveredHashOf(document: string | null): string | null {
  if (!document) return null;
  const parsed = summaryDocumentSchema.shape.coveredHash.safeParse(
    (JSON.parse(document) as { coveredHash?: unknown }).coveredHash,
  );
  return parsed.success ? (parsed.data ?? null) : null;
}

/**
 * Where the summary stands, as this person may see it (delegations read the narrative once final),
 * as of event `seq` of the log.
 */
export function presentSummaryState(stored: StoredSummary, me: Me, seq: number): SummaryState {
  const final = stored.status === "final";
  return {
    status: stored.status,
    revision: stored.revision,
    narrative: final || whoMayRead.summaryDraft(me) ? stored.narrative : null,
    editedAt: stored.editedAt?.toISOString() ?? null,
    finalisedAt: stored.finalisedAt?.toISOString() ?? null,
    digest: final ? stored.digest : null,
    coveredSeq: final ? stored.coveredSeq : null,
    coveredHash: final ? coveredHashOf(stored.document) : null,
    seq,
  };
}
