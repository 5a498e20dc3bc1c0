import { type FloorRequest, speakingOrder, timeLeftWhenPaused } from "@trilogue/shared";

/** The list of speakers of one item, by the server's own rule (`speakingOrder` in shared). */
export function itemSpeakingOrder(requests: Record<string, FloorRequest>, itemId: string): FloorRequest[] {
  return speakingOrder(Object.values(requests).filter((request) => request.itemId === itemId));
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
  const left = timeLeftWhenPaused(turn);
  return left === null ? null : Math.ceil(left / 1000);
}
