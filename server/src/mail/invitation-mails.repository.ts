import { randomUUID } from "node:crypto";
import type { InvitationMail } from "@trilogue/shared";
import { and, desc, eq, inArray, lte } from "drizzle-orm";
import type { Db, Executor } from "../db/database.js";
import { invitationMails } from "../db/schema.js";

export type InvitationMailRow = typeof invitationMails.$inferSelect;

/** The operator's view of a mail: never the link. */
export function presentMail(row: InvitationMailRow): InvitationMail {
  return {
    id: row.id,
    invitationId: row.invitationId,
    recipient: row.recipient,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** Queues one mail, due now. */
export async function enqueueMail(
  db: Executor,
  input: { invitationId: string; consultationId: string; recipient: string; sealedLink: string },
): Promise<InvitationMailRow> {
  const [row] = await db
    .insert(invitationMails)
    .values({ id: randomUUID(), ...input, status: "queued", nextAttemptAt: new Date() })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/**
 * Takes up to `limit` due mails for this worker: their next attempt moves `leaseMs` ahead, so no
 * other node takes them meanwhile (and a node that dies mid-send leaves them to be retried).
 */
export async function claimDueMails(db: Db, now: Date, leaseMs: number, limit: number): Promise<InvitationMailRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: invitationMails.id })
      .from(invitationMails)
      .where(and(inArray(invitationMails.status, ["queued", "failed"]), lte(invitationMails.nextAttemptAt, now)))
      .orderBy(invitationMails.nextAttemptAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(invitationMails)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          invitationMails.id,
          due.map((row) => row.id),
        ),
      )
      .returning();
  });
}

/** Delivered: the sealed link is erased. */
export async function markSent(db: Db, id: string, attempts: number): Promise<void> {
  await db
    .update(invitationMails)
    .set({ status: "sent", attempts, sentAt: new Date(), nextAttemptAt: null, lastError: null, sealedLink: null })
    .where(eq(invitationMails.id, id));
}

/** Failed with a reason: retried at `retryAt`, or given up (link erased) when that is null. */
export async function markFailed(db: Db, id: string, attempts: number, reason: string, retryAt: Date | null) {
  await db
    .update(invitationMails)
    .set({
      status: "failed",
      attempts,
      lastError: reason,
      nextAttemptAt: retryAt,
      ...(retryAt ? {} : { sealedLink: null }),
    })
    .where(eq(invitationMails.id, id));
}

/** The latest mail of each invitation of a consultation. */
export async function latestMails(db: Db, consultationId: string): Promise<InvitationMail[]> {
  const rows = await db
    .select()
    .from(invitationMails)
    .where(eq(invitationMails.consultationId, consultationId))
    .orderBy(desc(invitationMails.createdAt));
  const latest = new Map<string, InvitationMailRow>();
  for (const row of rows) if (!latest.has(row.invitationId)) latest.set(row.invitationId, row);
  return [...latest.values()].map(presentMail);
}
