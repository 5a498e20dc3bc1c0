import type { ConsultationEvent, EventType } from "../log.js";

/**
 * The logged events that change what `GET /api/consultations/:id/summary` answers (status,
 * revision, narrative, digest). Nothing else does: the draft narrative is not part of the live
 * state, and a draft export is built from the log as it stands when it is asked for.
 */
export const summaryEventTypes = ["summary:draft-edited", "summary:finalised"] as const satisfies readonly EventType[];

/** True for an event that changes the summary's state. */
export function changesSummary(type: EventType): boolean {
  return summaryEventTypes.some((summaryType) => summaryType === type);
}

/** The sequence number of the latest of these events that changes the summary; null when none does. */
export function lastSummaryChange(events: readonly Pick<ConsultationEvent, "seq" | "type">[]): number | null {
  let latest: number | null = null;
  for (const event of events)
    if (changesSummary(event.type) && (latest === null || event.seq > latest)) latest = event.seq;
  return latest;
}

/**
 * Whether a summary read as of event `summary.seq` is out of date, given the latest event known to
 * have changed the summary: stale exactly when that event came after the one it was read at.
 */
export function summaryIsStale(summary: { seq: number }, latestChange: number | null): boolean {
  return latestChange !== null && latestChange > summary.seq;
}
