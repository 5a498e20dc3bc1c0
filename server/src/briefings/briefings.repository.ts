import type { Briefing, BriefingAccess } from "@trilogue/shared";
import { and, asc, desc, eq } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { briefingAccesses, briefings } from "../db/schema.js";

export function presentBriefing(row: Omit<typeof briefings.$inferSelect, "content">): Briefing {
  return {
    id: row.id,
    title: row.title,
    size: row.size,
    sha256: row.sha256,
    // Written only from a distribution the shared schema parsed.
    distribution: row.distribution,
    circulatedAt: row.circulatedAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}

/** A consultation's briefings, without their content, newest first. */
export async function listBriefings(db: Executor, consultationId: string) {
  return db
    .select({
      id: briefings.id,
      consultationId: briefings.consultationId,
      title: briefings.title,
      distribution: briefings.distribution,
      size: briefings.size,
      sha256: briefings.sha256,
      circulatedBy: briefings.circulatedBy,
      circulatedAt: briefings.circulatedAt,
      withdrawnAt: briefings.withdrawnAt,
      withdrawnBy: briefings.withdrawnBy,
    })
    .from(briefings)
    .where(eq(briefings.consultationId, consultationId))
    .orderBy(desc(briefings.circulatedAt));
}

export async function getBriefing(db: Executor, consultationId: string, briefingId: string) {
  const [row] = await db
    .select()
    .from(briefings)
    .where(and(eq(briefings.consultationId, consultationId), eq(briefings.id, briefingId)));
  if (!row) throw notFound("No such briefing in this consultation.", { code: "briefing_not_found" });
  return row;
}

export async function accessesOf(db: Executor, consultationId: string): Promise<BriefingAccess[]> {
  const rows = await db
    .select()
    .from(briefingAccesses)
    .where(eq(briefingAccesses.consultationId, consultationId))
    .orderBy(asc(briefingAccesses.at));
  return rows.map((row) => ({
    briefingId: row.briefingId,
    participantId: row.participantId,
    delegationId: row.delegationId,
    outcome: row.outcome,
    watermark: row.watermark,
    at: row.at.toISOString(),
  }));
}
