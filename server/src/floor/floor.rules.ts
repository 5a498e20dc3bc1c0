import type { FloorRequestKind } from "@trilogue/shared";

type RequestLike = { id: string; kind: string; status: string; requestedAt: Date; delegationId: string };

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
