import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { positionDrafts, positions, positionVersions } from "../db/schema.js";

export type PositionRow = typeof positions.$inferSelect;
export type PositionDraftRow = typeof positionDrafts.$inferSelect;

export async function findPosition(
  db: Executor,
  itemId: string,
  delegationId: string,
): Promise<PositionRow | undefined> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.itemId, itemId), eq(positions.delegationId, delegationId)));
  return row;
}

/** Writes a new current version and keeps it among the versions; returns both rows. */
export async function publishVersion(db: Executor, row: PositionRow) {
  const [current] = await db
    .insert(positions)
    .values(row)
    .onConflictDoUpdate({
      target: [positions.itemId, positions.delegationId],
      set: {
        stance: row.stance,
        statement: row.statement,
        version: row.version,
        publishedBy: row.publishedBy,
        publishedAt: row.publishedAt,
      },
    })
    .returning();
  if (!current) throw new Error("upsert returned nothing");
  const [version] = await db
    .insert(positionVersions)
    .values({
      id: randomUUID(),
      consultationId: current.consultationId,
      positionId: current.id,
      version: current.version,
      stance: current.stance,
      statement: current.statement,
      publishedBy: current.publishedBy,
      publishedAt: current.publishedAt,
    })
    .returning();
  if (!version) throw new Error("insert returned nothing");
  return { current, version };
}

export async function saveDraft(db: Executor, row: PositionDraftRow): Promise<void> {
  await db
    .insert(positionDrafts)
    .values(row)
    .onConflictDoUpdate({
      target: [positionDrafts.itemId, positionDrafts.delegationId],
      set: { stance: row.stance, statement: row.statement, savedBy: row.savedBy, savedAt: row.savedAt },
    });
}

/** Drops a delegation's draft on an item; true if there was one. */
export async function discardDraft(db: Executor, itemId: string, delegationId: string): Promise<boolean> {
  const deleted = await db
    .delete(positionDrafts)
    .where(and(eq(positionDrafts.itemId, itemId), eq(positionDrafts.delegationId, delegationId)))
    .returning({ itemId: positionDrafts.itemId });
  return deleted.length > 0;
}

export function listDrafts(db: Executor, consultationId: string, delegationId: string): Promise<PositionDraftRow[]> {
  return db
    .select()
    .from(positionDrafts)
    .where(and(eq(positionDrafts.consultationId, consultationId), eq(positionDrafts.delegationId, delegationId)))
    .orderBy(asc(positionDrafts.savedAt));
}

export function listPositions(db: Executor, consultationId: string): Promise<PositionRow[]> {
  return db.select().from(positions).where(eq(positions.consultationId, consultationId));
}

export function listPositionVersions(db: Executor, consultationId: string) {
  return db
    .select({ version: positionVersions, itemId: positions.itemId, delegationId: positions.delegationId })
    .from(positionVersions)
    .innerJoin(positions, eq(positions.id, positionVersions.positionId))
    .where(eq(positionVersions.consultationId, consultationId));
}
