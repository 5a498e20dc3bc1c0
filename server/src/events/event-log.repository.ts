import type { ConsultationEvent, EventType, Patch } from "@trilogue/shared";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor, Tx } from "../db/database.js";
import { consultationEvents, consultations } from "../db/schema.js";
import { type ChainedFields, chain, genesisHash } from "./log-chain.js";

/** An event before it has a sequence number. */
export type PendingEvent = {
  type: EventType;
  patch: Patch;
  /** Who caused it, when not the transaction's actor (a group commit holds several senders' commands). */
  actorId?: string | null;
};

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
    actorId: event.actorId === undefined ? actorId : event.actorId,
    patch: event.patch,
  }));
  // The row lock taken above also orders the chain: nobody else can append after the same head.
  const links = chain(
    await hashAt(tx, consultationId, first - 1),
    events.map((event) => ({
      consultationId,
      seq: event.seq,
      type: event.type,
      actorId: event.actorId,
      at: now,
      payload: event.patch,
    })),
  );
  await tx.insert(consultationEvents).values(
    events.map((event, index) => ({
      consultationId,
      seq: event.seq,
      type: event.type,
      payload: event.patch,
      actorId: event.actorId,
      createdAt: now,
      prevHash: links[index]?.prevHash,
      hash: links[index]?.hash,
    })),
  );
  return events;
}

/**
 * The stored hash of the event at `seq` (the genesis hash before the first). Events logged before
 * the chain existed have none: the first append after the upgrade chains them, in its own
 * transaction, so the log is chained from seq 1 once anything new is written.
 */
async function hashAt(tx: Tx, consultationId: string, seq: number): Promise<string> {
  if (seq <= 0) return genesisHash;
  const [row] = await tx
    .select({ hash: consultationEvents.hash })
    .from(consultationEvents)
    .where(and(eq(consultationEvents.consultationId, consultationId), eq(consultationEvents.seq, seq)));
  if (row?.hash) return row.hash;
  return chainUnchainedEvents(tx, consultationId);
}

/** Chains a log written before the chain existed; returns the hash of its last event. */
async function chainUnchainedEvents(tx: Tx, consultationId: string): Promise<string> {
  const rows = await chainedFieldsOf(tx, consultationId);
  const links = chain(genesisHash, rows);
  for (const [index, event] of rows.entries()) {
    const link = links[index];
    if (!link) continue;
    await tx
      .update(consultationEvents)
      .set(link)
      .where(and(eq(consultationEvents.consultationId, consultationId), eq(consultationEvents.seq, event.seq)));
  }
  return links.at(-1)?.hash ?? genesisHash;
}

/** Every event of a consultation, in order, with what its hash covers and what is stored. */
export async function chainedFieldsOf(
  db: Executor,
  consultationId: string,
): Promise<(ChainedFields & { prevHash: string | null; hash: string | null })[]> {
  const rows = await db
    .select()
    .from(consultationEvents)
    .where(eq(consultationEvents.consultationId, consultationId))
    .orderBy(asc(consultationEvents.seq));
  return rows.map((row) => ({
    consultationId,
    seq: row.seq,
    type: row.type,
    actorId: row.actorId,
    at: row.createdAt,
    payload: row.payload,
    prevHash: row.prevHash,
    hash: row.hash,
  }));
}

/**
 * The head of a consultation's log: its last sequence number and that event's chain hash (the
 * genesis hash for an empty log). The final summary cites it; pass the summary's transaction to
 * read the head as of that transaction. A log from before the chain existed, not yet chained,
 * gets the hash its chaining will store.
 */
export async function headOfLog(db: Executor, consultationId: string): Promise<{ seq: number; hash: string }> {
  const [head] = await db
    .select({ seq: consultations.lastSeq, hash: consultationEvents.hash })
    .from(consultations)
    .leftJoin(
      consultationEvents,
      and(eq(consultationEvents.consultationId, consultations.id), eq(consultationEvents.seq, consultations.lastSeq)),
    )
    .where(eq(consultations.id, consultationId));
  if (!head) throw notFound("No such consultation.");
  if (head.seq === 0) return { seq: 0, hash: genesisHash };
  if (head.hash) return { seq: head.seq, hash: head.hash };
  const links = chain(genesisHash, await chainedFieldsOf(db, consultationId));
  return { seq: head.seq, hash: links.at(-1)?.hash ?? genesisHash };
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
