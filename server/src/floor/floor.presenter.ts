import type { FloorRequest } from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { floorRequests } from "../db/schema.js";

export function presentFloorRequest(row: typeof floorRequests.$inferSelect): FloorRequest {
  return {
    id: row.id,
    itemId: row.itemId,
    delegationId: row.delegationId,
    participantId: row.participantId,
    kind: row.kind,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    grantedAt: iso(row.grantedAt),
    deadlineAt: iso(row.deadlineAt),
    endedAt: iso(row.endedAt),
    pausedAt: iso(row.pausedAt),
  };
}
