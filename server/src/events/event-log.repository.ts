import type { ConsultationEvent, EventType, Patch } from "@trilogue/shared";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Executor, Tx } from "../db/database.js";
import { consultationEvents, consultations } from "../db/schema.js";

/** An event before it has a sequence number. */
export type PendingEvent = { type: EventType; patch: Patch };

/**
 * Appends events to a consultation's log inside the caller's transaction. The sequence comes from
 * bumping `consultations.last_seq`, which row-locks the consultation: concurrent writers on any
 * node queue behind each other, and a rolled-back transaction leaves no gap.
 */
export async function appendEvents(
  tx: Tx,
  consultationId: string,
  actorId: string | null,
  pending: PendingEvent[],
  now: Date,
): Promise<ConsultationEvent[]> {
  if (pending.length === 0) return [];
  const [row] = await tx
    .update(consultations)
    .set({ lastSeq: sql`${consultations.lastSeq} + ${pending.length}` })
    .where(eq(consultations.id, consultationId))
    .returning({ lastSeq: consultations.lastSeq });
  if (!row) throw new Error(`consultation ${consultationId} vanished while appending events`);
  const first = row.lastSeq - pending.length + 1;
  const events: ConsultationEvent[] = pending.map((event, index) => ({
    seq: first + index,
    type: event.type,
    at: now.toISOString(),
    actorId,
    patch: event.patch,
  }));
  await tx.insert(consultationEvents).values(
    events.map((event) => ({
      consultationId,
      seq: event.seq,
      type: event.type,
      payload: event.patch,
      actorId,
      createdAt: now,
    })),
  );
  return events;
}

/** Events after `afterSeq`, in order, at most `limit`. */
export async function eventsSince(
  db: Executor,
  consultationId: string,
  afterSeq: number,
  limit: number,
): Promise<ConsultationEvent[]> {
  const rows = await db
    .select()
    .from(consultationEvents)
    .where(and(eq(consultationEvents.consultationId, consultationId), gt(consultationEvents.seq, afterSeq)))
    .orderBy(asc(consultationEvents.seq))
    .limit(limit);
  return rows.map((row) => ({
    seq: row.seq,
    type: row.type as EventType,
    at: row.createdAt.toISOString(),
    actorId: row.actorId,
    patch: row.payload as Patch,
  }));
}
