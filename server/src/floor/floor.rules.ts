import type { FloorRequestKind } from "@trilogue/shared";

type RequestLike = { id: string; kind: string; status: string; requestedAt: Date; delegationId: string };

/**
 * The list of speakers in speaking order: points of order first, then everyone else in the order
 * they asked. Rights of reply stay in the list but are given only when the chair picks them.
 */
export function speakingOrder<R extends RequestLike>(requests: readonly R[]): R[] {
  const rank = (request: R) => (request.kind === "point_of_order" ? 0 : 1);
  return requests
    .filter((request) => request.status === "queued")
    .sort((a, b) => rank(a) - rank(b) || a.requestedAt.getTime() - b.requestedAt.getTime() || (a.id < b.id ? -1 : 1));
}

/** The request the chair gives the floor to when naming none: the first that is not a right of reply. */
export function nextSpeaker<R extends RequestLike>(requests: readonly R[]): R | undefined {
  return speakingOrder(requests).find((request) => request.kind !== "right_of_reply");
}

/** A delegation holds at most one waiting request of each kind. */
export function hasWaitingRequest(
  requests: readonly RequestLike[],
  delegationId: string,
  kind: FloorRequestKind,
): boolean {
  return requests.some(
    (request) => request.delegationId === delegationId && request.kind === kind && request.status === "queued",
  );
}

/** When a turn ends, counted from when it was given. */
export function turnDeadline(grantedAt: Date, speakingTimeSeconds: number): Date {
  return new Date(grantedAt.getTime() + speakingTimeSeconds * 1000);
}

/** A point of order interrupts a statement or a reply; it never interrupts another point of order. */
export function interrupts(target: { kind: string }, speaking: { kind: string } | undefined): boolean {
  return target.kind === "point_of_order" && speaking !== undefined && speaking.kind !== "point_of_order";
}

/**
 * A paused turn resumed at `now`: the grant and the deadline move on by the length of the pause,
 * so the speaker keeps exactly the time that was left when the point of order was raised.
 */
export function resumedTimes(
  turn: { grantedAt: Date | null; deadlineAt: Date | null; pausedAt: Date },
  now: Date,
): { grantedAt: Date | null; deadlineAt: Date | null } {
  const pause = Math.max(0, now.getTime() - turn.pausedAt.getTime());
  const shift = (at: Date | null) => (at ? new Date(at.getTime() + pause) : null);
  return { grantedAt: shift(turn.grantedAt), deadlineAt: shift(turn.deadlineAt) };
}
