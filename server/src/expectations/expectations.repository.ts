import { and, count, eq } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { acceptances, amendments, expectations, expectationVersions } from "../db/schema.js";

export type ExpectationRow = typeof expectations.$inferSelect;
export type AmendmentRow = typeof amendments.$inferSelect;
export type AcceptanceRow = typeof acceptances.$inferSelect;

export async function getExpectation(db: Executor, consultationId: string, id: string): Promise<ExpectationRow> {
  const [row] = await db
    .select()
    .from(expectations)
    .where(and(eq(expectations.consultationId, consultationId), eq(expectations.id, id)));
  if (!row) throw notFound("No such expectation.", { code: "expectation_not_found" });
  return row;
}

export async function countExpectations(db: Executor, consultationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(expectations)
    .where(eq(expectations.consultationId, consultationId));
  return row?.n ?? 0;
}

export async function insertExpectation(db: Executor, values: ExpectationRow): Promise<ExpectationRow> {
  const [row] = await db.insert(expectations).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function updateExpectation(
  db: Executor,
  id: string,
  values: Partial<Pick<ExpectationRow, "version" | "fields" | "status" | "updatedAt">>,
): Promise<ExpectationRow> {
  const [row] = await db.update(expectations).set(values).where(eq(expectations.id, id)).returning();
  if (!row) throw notFound("No such expectation.", { code: "expectation_not_found" });
  return row;
}

export async function insertExpectationVersion(db: Executor, values: typeof expectationVersions.$inferInsert) {
  const [row] = await db.insert(expectationVersions).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function getAmendment(db: Executor, consultationId: string, id: string): Promise<AmendmentRow> {
  const [row] = await db
    .select()
    .from(amendments)
    .where(and(eq(amendments.consultationId, consultationId), eq(amendments.id, id)));
  if (!row) throw notFound("No such amendment.", { code: "amendment_not_found" });
  return row;
}

export async function countAmendments(db: Executor, expectationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(amendments).where(eq(amendments.expectationId, expectationId));
  return row?.n ?? 0;
}

export async function insertAmendment(db: Executor, values: AmendmentRow): Promise<AmendmentRow> {
  const [row] = await db.insert(amendments).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export async function decideAmendment(
  db: Executor,
  id: string,
  values: Pick<AmendmentRow, "status" | "decidedAt" | "decidedBy" | "resultingVersion" | "decisionNote">,
): Promise<AmendmentRow> {
  const [row] = await db.update(amendments).set(values).where(eq(amendments.id, id)).returning();
  if (!row) throw notFound("No such amendment.", { code: "amendment_not_found" });
  return row;
}

export function acceptancesOf(db: Executor, expectationId: string): Promise<AcceptanceRow[]> {
  return db.select().from(acceptances).where(eq(acceptances.expectationId, expectationId));
}

/** A T/PCC's record on a version; recording again replaces it. */
export async function recordAcceptance(db: Executor, values: AcceptanceRow): Promise<AcceptanceRow> {
  const [row] = await db
    .insert(acceptances)
    .values(values)
    .onConflictDoUpdate({
      target: [acceptances.expectationId, acceptances.version, acceptances.delegationId],
      set: {
        participantId: values.participantId,
        kind: values.kind,
        caveat: values.caveat,
        recordedAt: values.recordedAt,
      },
    })
    .returning();
  if (!row) throw new Error("upsert returned nothing");
  return row;
}
