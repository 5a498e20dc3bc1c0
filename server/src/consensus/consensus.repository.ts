import { and, eq, lte } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { consensusCalls, objections } from "../db/schema.js";

export type CallRow = typeof consensusCalls.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;

export async function getCall(db: Executor, consultationId: string, callId: string): Promise<CallRow> {
  const [row] = await db
    .select()
    .from(consensusCalls)
    .where(and(eq(consensusCalls.consultationId, consultationId), eq(consensusCalls.id, callId)));
  if (!row) throw notFound("No such consensus call.", { code: "call_not_found" });
  return row;
}

export async function insertCall(db: Executor, values: CallRow): Promise<CallRow> {
  const [row] = await db.insert(consensusCalls).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function updateCall(
  db: Executor,
  callId: string,
  values: Partial<Pick<CallRow, "status" | "outcome" | "closedBy" | "closedAt">>,
): Promise<CallRow> {
  const [row] = await db.update(consensusCalls).set(values).where(eq(consensusCalls.id, callId)).returning();
  if (!row) throw notFound("No such consensus call.", { code: "call_not_found" });
  return row;
}

/** Open calls on an item's conclusion, or on an expectation. */
export function openCallsOn(db: Executor, subject: { itemId: string } | { expectationId: string }) {
  const target =
    "itemId" in subject
      ? and(eq(consensusCalls.subject, "conclusion"), eq(consensusCalls.itemId, subject.itemId))
      : eq(consensusCalls.expectationId, subject.expectationId);
  return db
    .select()
    .from(consensusCalls)
    .where(and(target, eq(consensusCalls.status, "open")));
}

export function callsOnExpectation(db: Executor, expectationId: string): Promise<CallRow[]> {
  return db.select().from(consensusCalls).where(eq(consensusCalls.expectationId, expectationId));
}

/**
 * A consultation's open calls whose deadline has come, locked for closing. The caller holds the
 * consultation's lock already (lock order: consultation, then calls), so SKIP LOCKED only spares
 * a second scheduler from waiting on rows another one is closing.
 */
export function dueCallsForUpdate(db: Executor, consultationId: string, now: Date): Promise<CallRow[]> {
  return db
    .select()
    .from(consensusCalls)
    .where(
      and(
        eq(consensusCalls.consultationId, consultationId),
        eq(consensusCalls.status, "open"),
        lte(consensusCalls.deadlineAt, now),
      ),
    )
    .for("update", { skipLocked: true });
}

/** Consultations with a call past its deadline (a cheap read without locks). */
export async function consultationsWithDueCalls(db: Executor, now: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ consultationId: consensusCalls.consultationId })
    .from(consensusCalls)
    .where(and(eq(consensusCalls.status, "open"), lte(consensusCalls.deadlineAt, now)));
  return rows.map((row) => row.consultationId);
}

export function objectionsTo(db: Executor, callId: string): Promise<ObjectionRow[]> {
  return db.select().from(objections).where(eq(objections.callId, callId));
}

export async function findObjection(db: Executor, callId: string, delegationId: string) {
  const [row] = await db
    .select()
    .from(objections)
    .where(and(eq(objections.callId, callId), eq(objections.delegationId, delegationId)));
  return row;
}

/** Raises (or raises again) a delegation's objection. */
export async function raiseObjection(db: Executor, values: ObjectionRow): Promise<ObjectionRow> {
  const [row] = await db
    .insert(objections)
    .values(values)
    .onConflictDoUpdate({
      target: [objections.callId, objections.delegationId],
      set: {
        participantId: values.participantId,
        reason: values.reason,
        status: "standing",
        raisedAt: values.raisedAt,
        withdrawnAt: null,
      },
    })
    .returning();
  if (!row) throw new Error("upsert returned nothing");
  return row;
}

export async function withdrawObjection(db: Executor, objectionId: string, participantId: string, now: Date) {
  const [row] = await db
    .update(objections)
    .set({ status: "withdrawn", withdrawnAt: now, participantId })
    .where(eq(objections.id, objectionId))
    .returning();
  if (!row) throw notFound("No such objection.", { code: "objection_not_found" });
  return row;
}
