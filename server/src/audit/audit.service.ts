import type { EventType, Role } from "@trilogue/shared";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { consultationEvents, delegations, participants } from "../db/schema.js";

/** One line of the audit view: who did what, when. */
export type AuditEntry = {
  seq: number;
  type: EventType;
  at: string;
  actor: { participantId: string; displayName: string; role: Role; delegation: string | null } | null;
};

/**
 * Events whose actor is withheld: in a secret poll even *who voted when* stays out of the audit
 * view, so that the order of participation cannot be laid beside anything else.
 */
const anonymousTypes: ReadonlySet<string> = new Set(["poll:turnout-changed"]);

/** The consultation's log as the chair and the operator read it, a page at a time. */
export async function auditTrail(db: Db, consultationId: string, afterSeq = 0, limit = 500): Promise<AuditEntry[]> {
  const rows = await db
    .select({
      seq: consultationEvents.seq,
      type: consultationEvents.type,
      at: consultationEvents.createdAt,
      participantId: participants.id,
      displayName: participants.displayName,
      role: participants.role,
      delegation: delegations.name,
    })
    .from(consultationEvents)
    .leftJoin(participants, eq(participants.id, consultationEvents.actorId))
    .leftJoin(delegations, eq(delegations.id, participants.delegationId))
    .where(and(eq(consultationEvents.consultationId, consultationId), gt(consultationEvents.seq, afterSeq)))
    .orderBy(asc(consultationEvents.seq))
    .limit(limit);
  return rows.map((row) => ({
    seq: row.seq,
    type: row.type as EventType,
    at: row.at.toISOString(),
    actor:
      row.participantId && row.displayName && row.role && !anonymousTypes.has(row.type)
        ? { participantId: row.participantId, displayName: row.displayName, role: row.role as Role, delegation: row.delegation }
        : null,
  }));
}
