import { randomUUID } from "node:crypto";
import type { OperatorMe, OperatorRole } from "@trilogue/shared";
import { and, eq, isNull } from "drizzle-orm";
import { DomainError } from "../core/errors.js";
import { hashToken, newToken } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { operatorSessions, operators } from "../db/schema.js";

/** The subject of the one operator the shared OPERATOR_TOKEN stands for. */
export const tokenSubject = "token";

/** An operator as the guard knows them for one request. */
export type OperatorIdentity = OperatorMe & { sessionId: string | null };

/** Creates or refreshes an operator from a sign-in (name and role follow the provider each time). */
export async function upsertOperator(
  db: Db,
  input: { subject: string; name: string; email: string | null; role: OperatorRole },
): Promise<string> {
  const now = new Date();
  const [row] = await db
    .insert(operators)
    .values({ id: randomUUID(), ...input, lastSignedInAt: now })
    .onConflictDoUpdate({
      target: operators.subject,
      set: { name: input.name, email: input.email, role: input.role, lastSignedInAt: now },
    })
    .returning({ id: operators.id });
  if (!row) throw new Error("upsert returned nothing");
  return row.id;
}

/** The token operator (an administrator), created on first use. */
export async function tokenOperator(db: Db): Promise<OperatorIdentity> {
  const [existing] = await db.select().from(operators).where(eq(operators.subject, tokenSubject));
  const id =
    existing?.id ??
    (await upsertOperator(db, { subject: tokenSubject, name: "Operator token", email: null, role: "administrator" }));
  return {
    id,
    name: existing?.name ?? "Operator token",
    email: null,
    role: "administrator",
    via: "token",
    sessionId: null,
  };
}

/** Opens a session; the returned token goes in the cookie and is stored only as its hash. */
export async function openOperatorSession(
  db: Db,
  operatorId: string,
  hours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.insert(operatorSessions).values({ id: randomUUID(), tokenHash: hashToken(token), operatorId, expiresAt });
  return { token, expiresAt };
}

const notSignedIn = () =>
  new DomainError("UNAUTHENTICATED", "Sign in as an operator first.", undefined, { code: "operator_not_signed_in" });

/** The operator behind a session token, or UNAUTHENTICATED when it is unknown, revoked or expired. */
export async function resolveOperatorSession(db: Db, token: string): Promise<OperatorIdentity> {
  const [row] = await db
    .select({ session: operatorSessions, operator: operators })
    .from(operatorSessions)
    .innerJoin(operators, eq(operators.id, operatorSessions.operatorId))
    .where(eq(operatorSessions.tokenHash, hashToken(token)));
  if (!row || row.session.revokedAt || row.session.expiresAt.getTime() <= Date.now()) throw notSignedIn();
  return {
    id: row.operator.id,
    name: row.operator.name,
    email: row.operator.email,
    role: row.operator.role,
    via: "oidc",
    sessionId: row.session.id,
  };
}

/** Ends a session server-side: the cookie, if replayed, no longer signs anyone in. */
export async function revokeOperatorSession(db: Db, sessionId: string): Promise<void> {
  await db
    .update(operatorSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(operatorSessions.id, sessionId), isNull(operatorSessions.revokedAt)));
}
