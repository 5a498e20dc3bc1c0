import {
  type CommandResult,
  type ConsultationEvent,
  commandResultSchema,
  type EventType,
  type Patch,
} from "@trilogue/shared";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { notFound } from "../core/errors.js";
import type { Db, Tx } from "../db/database.js";
import { commandReceipts, consultationEvents, consultations } from "../db/schema.js";
import { receiptTime } from "../realtime/receipt-time.js";
import { appendEvents, type LogHead, type PendingEvent } from "./event-log.repository.js";
import { genesisHash } from "./log-chain.js";
import { sharedTransaction } from "./shared-transaction.js";

export type ConsultationRow = typeof consultations.$inferSelect;

/** A receipt stored earlier under the same participant and idempotency key. */
const storedReceiptSchema = z.object({
  command: z.string(),
  result: commandResultSchema,
  payloadDigest: z.string().nullable().optional(),
});
export type StoredReceipt = z.infer<typeof storedReceiptSchema>;

/** What a change to one consultation works with: its transaction, the locked row, the clock. */
export type UnitOfWork = {
  tx: Tx;
  /** The consultation, row-locked for the whole transaction. */
  consultation: ConsultationRow;
  /** The end of the consultation's log, moved on by every append in this transaction. */
  head: LogHead;
  now: Date;
  /** The command's earlier receipt, when `inConsultation` was given its key and one is stored. */
  storedReceipt: StoredReceipt | null;
  /** Records an event; it is appended when the work succeeds and broadcast after commit. */
  emit(type: EventType, patch: Patch): void;
};

/** A command's idempotency key, and the receipt to store for it (null: store none, e.g. a replay). */
export type ReceiptOption<T> = {
  participantId: string;
  key: string;
  command: string;
  /** SHA-256 of the payload without its key, so a reuse with another payload is caught. */
  payloadDigest?: string;
  result: (value: T, events: ConsultationEvent[]) => CommandResult | null;
};

/**
 * Runs `work` in one transaction holding the consultation's row lock, then appends the events it
 * emitted (and the command's receipt) in one statement. Either the change, its events and its
 * receipt commit together, or none does. The lock's query also reads the log's head and, given a
 * key, the command's earlier receipt, so a command costs as few round trips as it can.
 */
export async function inConsultation<T>(
  db: Db,
  consultationId: string,
  actorId: string | null,
  work: (uow: UnitOfWork) => Promise<T>,
  options: { now?: Date; receipt?: ReceiptOption<T> } = {},
): Promise<{ value: T; events: ConsultationEvent[] }> {
  // Shared with the other changes to this consultation that arrive meanwhile (group commit).
  return sharedTransaction(db, consultationId, async (tx) => {
    const now = options.now ?? new Date();
    const { receipt } = options;
    const [locked] = await tx
      .select({ consultation: consultations, ...headAndReceipt(receipt) })
      .from(consultations)
      .where(eq(consultations.id, consultationId))
      .for("update", { of: consultations });
    if (!locked) throw notFound("No such consultation.", { code: "consultation_not_found" });
    const { consultation } = locked;
    let { headHash, stored } = locked;
    if (consultation.lastSeq > 0 && headHash === null) {
      // The lock waited for a writer that appended: Postgres re-reads the locked row (its new
      // last_seq) but the subqueries keep the statement's snapshot, taken before that writer
      // committed, so they miss its events (and receipt). A new statement sees them.
      const [fresh] = await tx
        .select(headAndReceipt(receipt))
        .from(consultations)
        .where(eq(consultations.id, consultationId));
      headHash = fresh?.headHash ?? null;
      stored = fresh?.stored ?? null;
    }
    const head: LogHead = {
      consultationId,
      seq: consultation.lastSeq,
      hash: consultation.lastSeq === 0 ? genesisHash : headHash,
    };
    const pending: PendingEvent[] = [];
    const value = await work({
      tx,
      consultation,
      head,
      now,
      storedReceipt: parseStored(stored),
      emit: (type, patch) => pending.push({ type, patch }),
    });
    const events = await appendEvents(tx, head, actorId, pending, now, (appended) => {
      const result = receipt?.result(value, appended);
      return receipt && result
        ? [
            {
              participantId: receipt.participantId,
              key: receipt.key,
              command: receipt.command,
              result,
              payloadDigest: receipt.payloadDigest ?? null,
              createdAt: receiptTime(receipt.command, now),
            },
          ]
        : [];
    });
    return { value, events };
  });
}

/** The log head's hash and, given a key, the command's earlier receipt, read beside the consultation row. */
function headAndReceipt(receipt: { participantId: string; key: string } | undefined) {
  return {
    headHash: sql<
      string | null
    >`(select ${consultationEvents.hash} from ${consultationEvents} where ${consultationEvents.consultationId} = ${consultations.id} and ${consultationEvents.seq} = ${consultations.lastSeq})`,
    stored: receipt
      ? sql<StoredReceipt | null>`(select json_build_object('command', ${commandReceipts.command}, 'result', ${commandReceipts.result}, 'payloadDigest', ${commandReceipts.payloadDigest}) from ${commandReceipts} where ${and(eq(commandReceipts.participantId, receipt.participantId), eq(commandReceipts.key, receipt.key))})`
      : sql<StoredReceipt | null>`null`,
  };
}

/** json_build_object comes back parsed from node-postgres and as text from some drivers. */
function parseStored(stored: unknown): StoredReceipt | null {
  if (stored === null || stored === undefined) return null;
  return storedReceiptSchema.parse(typeof stored === "string" ? JSON.parse(stored) : stored);
}
