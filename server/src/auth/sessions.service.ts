import type { SessionEndReason } from "@trilogue/shared";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { hashToken } from "../core/tokens.js";
import type { Db } from "../db/database.js";
import { sessions } from "../db/schema.js";
import { type SessionTimes, sessionEnd } from "./sessions.rules.js";

/** Writes down that these sessions were used at `now` (for their idle lifetime). */
export async function recordSessionUse(db: Db, sessionIds: readonly string[], now: Date): Promise<void> {
  if (sessionIds.length === 0) return;
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(inArray(sessions.id, [...sessionIds]), isNull(sessions.revokedAt)));
}

/**
 * Ends the session a token belongs to (signing out, or replaced by a new join from the same
 * browser). Returns its id when it was live, so its sockets can be closed; null otherwise.
 */
export async function endSessionOfToken(
  db: Db,
  token: string,
  reason: Extract<SessionEndReason, "signed-out" | "replaced">,
): Promise<string | null> {
  const [ended] = await db
    .update(sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(sessions.tokenHash, hashToken(token)), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended?.id ?? null;
}

/** Of these sessions, the ones that have ended at `now`, with why (unknown ids count as revoked). */
export async function endedSessions(
  db: Db,
  sessionIds: readonly string[],
  now: Date,
): Promise<Map<string, SessionEndReason>> {
  const ended = new Map<string, SessionEndReason>();
  if (sessionIds.length === 0) return ended;
  const rows: (SessionTimes & { id: string })[] = await db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      idleSeconds: sessions.idleSeconds,
      revokedAt: sessions.revokedAt,
      revokedReason: sessions.revokedReason,
    })
    .from(sessions)
    .where(inArray(sessions.id, [...sessionIds]));
  const found = new Map(rows.map((row) => [row.id, row]));
  for (const id of new Set(sessionIds)) {
    const row = found.get(id);
    const reason = row ? sessionEnd(row, now) : "revoked";
    if (reason) ended.set(id, reason);
  }
  return ended;
}
