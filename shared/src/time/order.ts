/**
 * A moment as the contract carries it (ISO 8601, the server writes UTC with milliseconds) or as
 * the server holds it (a Date); null or undefined for one that has not happened yet.
 */
export type Instant = string | Date | null | undefined;

/** Milliseconds since the epoch; a moment not yet reached (null) or unreadable sorts before any other. */
function epochMs(at: Instant): number {
  if (at === null || at === undefined) return Number.NEGATIVE_INFINITY;
  const ms = typeof at === "string" ? Date.parse(at) : at.getTime();
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Earlier first; a missing moment before every other. Zero for the same moment, whatever its spelling. */
export function compareInstants(a: Instant, b: Instant): number {
  const x = epochMs(a);
  const y = epochMs(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Orders by id alone: the tie-break that makes every client and the server list equal moments alike. */
export const compareIds = (a: { id: string }, b: { id: string }): number => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1);

/**
 * Orders entities by one of their moments, earliest first, then by id: a total order, so the
 * server, every screen and the summary list the same things in the same order.
 */
export function byTime<T extends { id: string }>(time: (entity: T) => Instant): (a: T, b: T) => number {
  return (a, b) => compareInstants(time(a), time(b)) || compareIds(a, b);
}

/**
 * `entities` in the order of `byTime(time)`, reading each one's moment once instead of at every
 * comparison: for lists that grow with the room (500 ballots re-sorted as each arrives).
 */
export function sortedByTime<T extends { id: string }>(entities: readonly T[], time: (entity: T) => Instant): T[] {
  return entities
    .map((entity) => ({ entity, ms: epochMs(time(entity)) }))
    .sort((a, b) => (a.ms === b.ms ? compareIds(a.entity, b.entity) : a.ms < b.ms ? -1 : 1))
    .map(({ entity }) => entity);
}

/** The same order, latest first. */
export function byTimeLatestFirst<T extends { id: string }>(time: (entity: T) => Instant): (a: T, b: T) => number {
  const earliestFirst = byTime(time);
  return (a, b) => earliestFirst(b, a);
}
