import type { FloorRequest } from "@trilogue/shared";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentFloorRequest } from "./floor.presenter.js";
import { activeRequests, type FloorRequestRow, updateRequest } from "./floor.repository.js";
import { resumedTimes } from "./floor.rules.js";

/** Ends the current turn on an item, if any; returns the request it ended. */
export async function endCurrentTurn({ tx, now }: UnitOfWork, itemId: string): Promise<FloorRequest | undefined> {
  const speaking = (await activeRequests(tx, itemId)).find((request) => request.status === "speaking");
  if (!speaking) return undefined;
  return presentFloorRequest(await updateRequest(tx, speaking.id, { status: "done", endedAt: now }));
}

/** Pauses a turn for a point of order: its deadline stays, the time left is kept from `pausedAt`. */
export async function pauseTurn({ tx, now }: UnitOfWork, turn: FloorRequestRow): Promise<FloorRequest> {
  return presentFloorRequest(await updateRequest(tx, turn.id, { status: "paused", pausedAt: now }));
}

/** Gives the floor back to the turn a point of order paused, if any, with the time it had left. */
export async function resumePausedTurn({ tx, now }: UnitOfWork, itemId: string): Promise<FloorRequest | undefined> {
  const paused = (await activeRequests(tx, itemId)).find((request) => request.status === "paused");
  if (!paused?.pausedAt) return undefined;
  const times = resumedTimes({ ...paused, pausedAt: paused.pausedAt }, now);
  return presentFloorRequest(await updateRequest(tx, paused.id, { status: "speaking", pausedAt: null, ...times }));
}

/** Ends a turn left paused when the chair gives the floor to someone else instead. */
export async function endPausedTurn({ tx, now }: UnitOfWork, itemId: string): Promise<FloorRequest | undefined> {
  const paused = (await activeRequests(tx, itemId)).find((request) => request.status === "paused");
  if (!paused) return undefined;
  return presentFloorRequest(await updateRequest(tx, paused.id, { status: "done", pausedAt: null, endedAt: now }));
}

/** When an item is concluded: the turn ends and the waiting requests lapse. */
export async function closeFloorForItem(uow: UnitOfWork, itemId: string): Promise<FloorRequest[]> {
  const changed: FloorRequest[] = [];
  for (const request of await activeRequests(uow.tx, itemId)) {
    const status = request.status === "queued" ? "withdrawn" : "done";
    changed.push(
      presentFloorRequest(await updateRequest(uow.tx, request.id, { status, pausedAt: null, endedAt: uow.now })),
    );
  }
  return changed;
}
