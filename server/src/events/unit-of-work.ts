import type { ConsultationEvent, EventType, Patch } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Db, Tx } from "../db/database.js";
import { consultations } from "../db/schema.js";
import { appendEvents, type PendingEvent } from "./event-log.repository.js";
import { sharedTransaction } from "./shared-transaction.js";

export type ConsultationRow = typeof consultations.$inferSelect;

/** What a change to one consultation works with: its transaction, the locked row, the clock. */
export type UnitOfWork = {
  tx: Tx;
  /** The consultation, row-locked for the whole transaction. */
  consultation: ConsultationRow;
  now: Date;
  /** Records an event; it is appended when the work succeeds and broadcast after commit. */
  emit(type: EventType, patch: Patch): void;
};

/**
 * Runs `work` in one transaction holding the consultation's row lock, then appends the events it
 * emitted. Either the change and its events commit together, or neither does.
 */
export async function inConsultation<T>(
  db: Db,
  consultationId: string,
  actorId: string | null,
  work: (uow: UnitOfWork) => Promise<T>,
  options: {
    now?: Date;
    /** Runs inside the transaction once the events have their sequence numbers. */
    beforeCommit?: (tx: Tx, value: T, events: ConsultationEvent[]) => Promise<void>;
  } = {},
): Promise<{ value: T; events: ConsultationEvent[] }> {
  // Shared with the other changes to this consultation that arrive meanwhile (group commit).
  return sharedTransaction(db, consultationId, async (tx) => {
    const now = options.now ?? new Date();
    const [consultation] = await tx
      .select()
      .from(consultations)
      .where(eq(consultations.id, consultationId))
      .for("update");
    if (!consultation) throw notFound("No such consultation.");
    const pending: PendingEvent[] = [];
    const value = await work({
      tx,
      consultation,
      now,
      emit: (type, patch) => pending.push({ type, patch }),
    });
    const events = await appendEvents(tx, consultationId, actorId, pending, now);
    await options.beforeCommit?.(tx, value, events);
    return { value, events };
  });
}
