import type { Me, SummaryState } from "@trilogue/shared";
import type { StoredSummary } from "./summary.repository.js";
import { readsDraft } from "./summary.rules.js";

/** Where the summary stands, as this person may see it: delegations read the narrative once final. */
export function presentSummaryState(stored: StoredSummary, me: Pick<Me, "role">): SummaryState {
  const final = stored.status === "final";
  return {
    status: stored.status,
    revision: stored.revision,
    narrative: final || readsDraft(me) ? stored.narrative : null,
    editedAt: stored.editedAt?.toISOString() ?? null,
    finalisedAt: stored.finalisedAt?.toISOString() ?? null,
    digest: final ? stored.digest : null,
    coveredSeq: final ? stored.coveredSeq : null,
  };
}
