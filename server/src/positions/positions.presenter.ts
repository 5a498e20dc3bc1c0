import type { Position, PositionDraft, PositionVersion } from "@trilogue/shared";
import type { positionDrafts, positions, positionVersions } from "../db/schema.js";

export function presentPosition(row: typeof positions.$inferSelect): Position {
  return {
    id: row.id,
    itemId: row.itemId,
    delegationId: row.delegationId,
    stance: row.stance,
    statement: row.statement,
    version: row.version,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
  };
}

/** A version carries its position's item and delegation, so clients need no join. */
export function presentPositionVersion(
  row: typeof positionVersions.$inferSelect,
  position: { itemId: string; delegationId: string },
): PositionVersion {
  return {
    id: row.id,
    positionId: row.positionId,
    itemId: position.itemId,
    delegationId: position.delegationId,
    version: row.version,
    stance: row.stance,
    statement: row.statement,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function presentPositionDraft(row: typeof positionDrafts.$inferSelect): PositionDraft {
  return {
    itemId: row.itemId,
    delegationId: row.delegationId,
    stance: row.stance,
    statement: row.statement,
    savedBy: row.savedBy,
    savedAt: row.savedAt.toISOString(),
  };
}
