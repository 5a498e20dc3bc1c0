import { type ConsultationState, collectionNames } from "@trilogue/shared";

/**
 * True when the live state moved on by events that changed nothing in it: the summary's events
 * (`summary:draft-edited`, `summary:finalised`) carry an empty patch, since the draft is not part
 * of the live state, so an advance of `seq` that leaves the consultation and every collection as
 * they were (the reducer shares untouched collections) is the sign to re-read the summary. Pure.
 */
export function advancedWithoutChange(previous: ConsultationState | null, next: ConsultationState | null): boolean {
  if (!previous || !next || next.seq <= previous.seq) return false;
  if (next.consultation !== previous.consultation) return false;
  return collectionNames.every((name) => next[name] === previous[name]);
}
