import { and, eq, inArray } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { coSignatures, delegations, jointStatements } from "../db/schema.js";

export type JointRow = typeof jointStatements.$inferSelect;
export type CoSignatureRow = typeof coSignatures.$inferSelect;

/** Which of these ids are delegations of the consultation. */
export async function knownDelegations(
  db: Executor,
  consultationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: delegations.id })
    .from(delegations)
    .where(and(eq(delegations.consultationId, consultationId), inArray(delegations.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

export async function insertJoint(db: Executor, values: JointRow): Promise<JointRow> {
  const [row] = await db.insert(jointStatements).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

export function insertCoSignatures(db: Executor, values: CoSignatureRow[]): Promise<CoSignatureRow[]> {
  if (values.length === 0) return Promise.resolve([]);
  return db.insert(coSignatures).values(values).returning();
}

export async function getCoSignature(db: Executor, consultationId: string, id: string): Promise<CoSignatureRow> {
  const [row] = await db
    .select()
    .from(coSignatures)
    .where(and(eq(coSignatures.consultationId, consultationId), eq(coSignatures.id, id)))
    .for("update");
  if (!row) throw notFound("No such co-signature.", { code: "cosignature_not_found" });
  return row;
}

export async function getJoint(db: Executor, id: string): Promise<JointRow> {
  const [row] = await db.select().from(jointStatements).where(eq(jointStatements.id, id));
  if (!row) throw notFound("No such joint statement.", { code: "joint_statement_not_found" });
  return row;
}

export async function answerCoSignature(
  db: Executor,
  id: string,
  values: Pick<CoSignatureRow, "status" | "decidedBy" | "decidedAt">,
): Promise<CoSignatureRow> {
  const [row] = await db.update(coSignatures).set(values).where(eq(coSignatures.id, id)).returning();
  if (!row) throw notFound("No such co-signature.", { code: "cosignature_not_found" });
  return row;
}
