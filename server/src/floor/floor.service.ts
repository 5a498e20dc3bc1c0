import type { FloorRequest } from "@trilogue/shared";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentFloorRequest } from "./floor.presenter.js";
import { activeRequests, updateRequest } from "./floor.repository.js";

/** Ends the current turn on an item, if any; returns the request it ended. */
export async function endCurrentTurn({ tx, now }: UnitOfWork, itemId: string): Promise<FloorRequest | undefined> {
  const speaking = (await activeRequests(tx, itemId)).find((request) => request.status === "speaking");
  if (!speaking) return undefined;
  return presentFloorRequest(await updateRequest(tx, speaking.id, { status: "done", endedAt: now }));
}

/** When an item is concluded: the turn ends and the waiting requests lapse. */
export async function closeFloorForItem(uow: UnitOfWork, itemId: string): Promise<FloorRequest[]> {
  const changed: FloorRequest[] = [];
  for (const request of await activeRequests(uow.tx, itemId)) {
    const status = request.status === "speaking" ? "done" : "withdrawn";
    changed.push(presentFloorRequest(await updateRequest(uow.tx, request.id, { status, endedAt: uow.now })));
  }
  return changed;
}
