import type { FloorRequest } from "@trilogue/shared";

/** The list of speakers of one item, as the server orders it: points of order first, then by time. */
export function speakingOrder(requests: Record<string, FloorRequest>, itemId: string): FloorRequest[] {
  const rank = (request: FloorRequest) => (request.kind === "point_of_order" ? 0 : 1);
  return Object.values(requests)
    .filter((request) => request.itemId === itemId && request.status === "queued")
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Date.parse(a.requestedAt) - Date.parse(b.requestedAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Who has the floor on an item, if anyone. */
export function currentSpeaker(requests: Record<string, FloorRequest>, itemId: string): FloorRequest | null {
  return Object.values(requests).find((request) => request.itemId === itemId && request.status === "speaking") ?? null;
}

/** A delegation's waiting requests on an item, with their 1-based place in the list. */
export function placesOf(
  order: readonly FloorRequest[],
  delegationId: string,
): { request: FloorRequest; place: number }[] {
  return order.flatMap((request, index) =>
    request.delegationId === delegationId ? [{ request, place: index + 1 }] : [],
  );
}

/** The turn a point of order has paused on an item, if any. */
export function pausedTurn(requests: Record<string, FloorRequest>, itemId: string): FloorRequest | null {
  return Object.values(requests).find((request) => request.itemId === itemId && request.status === "paused") ?? null;
}

/** Seconds a paused turn will have when it resumes; null without a deadline. */
export function secondsLeftWhenPaused(turn: FloorRequest): number | null {
  if (!turn.deadlineAt || !turn.pausedAt) return null;
  return Math.max(0, Math.ceil((Date.parse(turn.deadlineAt) - Date.parse(turn.pausedAt)) / 1000));
}
