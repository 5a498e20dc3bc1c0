import { byTime, type Instant } from "../time/order.js";

/** What the order reads of a request to speak: the server's rows (Dates) and the wire's entities (ISO strings) alike. */
type RequestLike = { id: string; kind: string; status: string; requestedAt: Instant };

const rank = (request: { kind: string }) => (request.kind === "point_of_order" ? 0 : 1);
const byRequestTime = byTime<RequestLike>((request) => request.requestedAt);

/**
 * The list of speakers in speaking order: points of order first, then everyone else (rights of
 * reply included) in the order they asked, ties broken by id. The server gives the floor by it and
 * every screen shows it, so the place a delegate reads is the place the chair sees.
 */
export function speakingOrder<R extends RequestLike>(requests: readonly R[]): R[] {
  return requests
    .filter((request) => request.status === "queued")
    .sort((a, b) => rank(a) - rank(b) || byRequestTime(a, b));
}

/**
 * The request the chair gives the floor to when naming none: the first in speaking order that is
 * not a right of reply (a right of reply is given only when the chair picks it).
 */
export function nextSpeaker<R extends RequestLike>(requests: readonly R[]): R | undefined {
  return speakingOrder(requests).find((request) => request.kind !== "right_of_reply");
}

/**
 * Milliseconds a turn paused by a point of order still has: what was left when it was paused
 * (never negative); null for a turn without a deadline. The screens show it while the turn waits,
 * and the server's resumption gives the speaker exactly this much again.
 */
export function timeLeftWhenPaused(turn: { deadlineAt?: Instant; pausedAt?: Instant }): number | null {
  if (!turn.deadlineAt || !turn.pausedAt) return null;
  const deadline = typeof turn.deadlineAt === "string" ? Date.parse(turn.deadlineAt) : turn.deadlineAt.getTime();
  const paused = typeof turn.pausedAt === "string" ? Date.parse(turn.pausedAt) : turn.pausedAt.getTime();
  return Math.max(0, deadline - paused);
}
