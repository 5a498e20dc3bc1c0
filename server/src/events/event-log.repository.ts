import type { ConsultationEvent, EventType, Patch } from "@trilogue/shared";
import { and, asc, eq, gt, type SQL, sql } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor, Tx } from "../db/database.js";
import { commandReceipts, consultationEvents, consultations, logCheckpoints } from "../db/schema.js";
import { insertRows } from "../db/unnest.js";
import { type ChainedFields, chain, genesisHash } from "./log-chain.js";
import { logIntegrityError } from "./log-integrity.js";

/** An event before it has a sequence number. */
export type PendingEvent = {
  type: EventType;
  patch: Patch;
  /** Who caused it, when not the transaction's actor (a group commit holds several senders' commands). */
  actorId?: string | null;
};

/**
 * Where a consultation's log ends, as read under its row lock: the last sequence number and that
 * event's chain hash (null for a log written before the chain existed and not chained yet). The
 * transaction that holds the lock appends after it and moves it on.
 */
export type LogHead = { consultationId: string; seq: number; hash: string | null };

/** A command's idempotency receipt, stored in the statement that appends its events. */
export type ReceiptRow = typeof commandReceipts.$inferInsert;

/**
 * Appends events to a consultation's log inside the transaction that holds its row lock (which
 * read `head`), with the receipts of the commands that caused them, in one statement: the events,
 * the new `last_seq` and the receipts. Concurrent writers on any node queue behind the lock, and
 * a rolled-back transaction leaves no gap. `receiptsFor` sees the events with their sequence numbers.
 */
export async function appendEvents(
  tx: Tx,
  head: LogHead,
  actorId: string | null,
  pending: readonly PendingEvent[],
  now: Date,
  receiptsFor: (events: ConsultationEvent[]) => ReceiptRow[] = () => [],
): Promise<ConsultationEvent[]> {
  const first = head.seq + 1;
  const events: ConsultationEvent[] = pending.map((event, index) => ({
    seq: first + index,
    type: event.type,
    at: now.toISOString(),
    actorId: event.actorId === undefined ? actorId : event.actorId,
    patch: event.patch,
  }));
  const receipts = receiptsFor(events);
  if (events.length === 0 && receipts.length === 0) return events;
  const parts: SQL[] = [];
  let main: SQL = sql`select 1`;
  if (events.length > 0) {
    // The lock also orders the chain: nobody else can append after the same head.
    const links = chain(
      head.hash ?? (await chainUnchainedEvents(tx, head.consultationId)),
      events.map((event) => ({
        consultationId: head.consultationId,
        seq: event.seq,
        type: event.type,
        actorId: event.actorId,
        at: now,
        payload: event.patch,
      })),
    );
    // Each event carries its hash to the clients, which hold the head they have seen.
    for (const [index, event] of events.entries()) event.hash = links[index]?.hash;
    const last = first + events.length - 1;
    const headHash = links.at(-1)?.hash ?? genesisHash;
    parts.push(
      sql`bump as (update ${consultations} set ${sql.identifier("last_seq")} = ${last} where ${sql.identifier("id")} = ${head.consultationId})`,
      // The checkpoint moves with the head in the same statement: verification compares against it.
      sql`checkpoint as (insert into ${logCheckpoints} (consultation_id, seq, hash, recorded_at) values (${head.consultationId}, ${last}, ${headHash}, ${now.toISOString()}::timestamptz) on conflict (consultation_id) do update set seq = excluded.seq, hash = excluded.hash, recorded_at = excluded.recorded_at)`,
    );
    main = insertRows(
      consultationEvents,
      events.map((event, index) => ({
        consultationId: head.consultationId,
        seq: event.seq,
        type: event.type,
        payload: event.patch,
        actorId: event.actorId,
        createdAt: now,
        prevHash: links[index]?.prevHash,
        hash: links[index]?.hash,
      })),
    );
    head.seq = last;
    head.hash = links.at(-1)?.hash ?? null;
  }
  if (receipts.length > 0) parts.push(sql`receipts as (${insertRows(commandReceipts, receipts)})`);
  await tx.execute(parts.length ? sql`with ${sql.join(parts, sql`, `)} ${main}` : main);
  return events;
}

/**
 * Chains a log written before the chain existed; returns the hash of its last event. A log that
 * has a checkpoint was chained already: its head lost its hash by tampering, and re-chaining it
 * would bless a forged log, so the append is refused instead.
 */
async function chainUnchainedEvents(tx: Tx, consultationId: string): Promise<string> {
  const [checkpoint] = await tx
    .select({ seq: logCheckpoints.seq })
    .from(logCheckpoints)
    .where(eq(logCheckpoints.consultationId, consultationId));
  if (checkpoint) {
    throw logIntegrityError(
      `The log of consultation ${consultationId} was chained up to event ${checkpoint.seq}, but its head has lost its hash; it will not be re-chained.`,
    );
  }
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
): Promise<(ChainedFields & { type: EventType; payload: Patch; prevHash: string | null; hash: string | null })[]> {
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
  if (!head) throw notFound("No such consultation.", { code: "consultation_not_found" });
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
    type: row.type,
    at: row.createdAt.toISOString(),
    actorId: row.actorId,
    patch: row.payload,
    ...(row.hash ? { hash: row.hash } : {}),
  }));
}
