import type { FloorRequest, FloorRequestKind, FloorRequestStatus } from "@trilogue/shared";
import type { floorRequests } from "../db/schema.js";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentFloorRequest(row: typeof floorRequests.$inferSelect): FloorRequest {
  return {
    id: row.id,
    itemId: row.itemId,
    delegationId: row.delegationId,
    participantId: row.participantId,
    kind: row.kind as FloorRequestKind,
    status: row.status as FloorRequestStatus,
    requestedAt: row.requestedAt.toISOString(),
    grantedAt: iso(row.grantedAt),
    deadlineAt: iso(row.deadlineAt),
    endedAt: iso(row.endedAt),
  };
}
