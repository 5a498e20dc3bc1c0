import { type AuditActor, type AuditEntry, type CollectionName, keysOf, type Patch } from "@trilogue/shared";
import { and, asc, eq, gt, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { consultationEvents, delegations, operatorActions, operators, participants } from "../db/schema.js";

export type { AuditEntry };

/**
 * Events whose actor is withheld: in a secret poll even *who voted when* stays out of the audit
 * view, so that the order of participation cannot be laid beside anything else. (Secret ballots
 * append no event at all; the scheduler's coalesced turnout counts have no actor anyway.)
 */
const anonymousTypes: ReadonlySet<string> = new Set(["poll:turnout-changed"]);

/** The ids an event's patch upserted or removed, by collection: the "what" of the audit line. */
function touchedBy(patch: Patch): AuditEntry["touched"] {
  const touched: Partial<Record<CollectionName, string[]>> = {};
  const upserts: Partial<Record<CollectionName, readonly { id: string }[]>> = patch.upsert ?? {};
  for (const name of keysOf(upserts)) {
    const entities = upserts[name] ?? [];
    if (entities.length > 0) touched[name] = entities.map((entity) => entity.id);
  }
  const removals = patch.remove ?? {};
  for (const name of keysOf(removals)) {
    const ids = removals[name] ?? [];
    if (ids.length > 0) touched[name] = [...(touched[name] ?? []), ...ids];
  }
  return touched;
}

/** The consultation's log as the chair and the operator read it, a page at a time. */
export async function auditTrail(db: Db, consultationId: string, afterSeq = 0, limit = 500): Promise<AuditEntry[]> {
  const rows = await db
    .select({
      seq: consultationEvents.seq,
      type: consultationEvents.type,
      at: consultationEvents.createdAt,
      payload: consultationEvents.payload,
      participantId: participants.id,
      displayName: participants.displayName,
      role: participants.role,
      delegation: delegations.name,
      operatorId: operators.id,
      operatorName: operators.name,
      operatorRole: operators.role,
    })
    .from(consultationEvents)
    .leftJoin(participants, eq(participants.id, consultationEvents.actorId))
    .leftJoin(delegations, eq(delegations.id, participants.delegationId))
    .leftJoin(
      operatorActions,
      and(
        eq(operatorActions.consultationId, consultationEvents.consultationId),
        lte(operatorActions.firstSeq, consultationEvents.seq),
        gte(operatorActions.lastSeq, consultationEvents.seq),
      ),
    )
    .leftJoin(operators, eq(operators.id, operatorActions.operatorId))
    .where(and(eq(consultationEvents.consultationId, consultationId), gt(consultationEvents.seq, afterSeq)))
    .orderBy(asc(consultationEvents.seq))
    .limit(limit);
  const sharers = await sharedActors(
    db,
    rows.filter((row) => !row.participantId && !anonymousTypes.has(row.type)).map((row) => row.payload),
  );
  return rows.map((row) => {
    const patch = row.payload;
    const actors = row.participantId || anonymousTypes.has(row.type) ? [] : castersOf(patch);
    return {
      seq: row.seq,
      type: row.type,
      at: row.at.toISOString(),
      actor:
        row.participantId && row.displayName && row.role && !anonymousTypes.has(row.type)
          ? {
              participantId: row.participantId,
              displayName: row.displayName,
              role: row.role,
              delegation: row.delegation,
            }
          : null,
      operator:
        row.operatorId && row.operatorName && row.operatorRole
          ? { id: row.operatorId, name: row.operatorName, role: row.operatorRole }
          : null,
      ...(actors.length > 0 ? { actors: actors.flatMap((id) => sharers.get(id) ?? []) } : {}),
      touched: touchedBy(patch),
      consultationChanged: patch.consultation !== undefined,
    };
  });
}

/** Who cast the named ballots an event carries, in order, once each: a group commit's several actors. */
function castersOf(patch: Patch): string[] {
  return [...new Set((patch.upsert?.ballots ?? []).map((ballot) => ballot.castBy))];
}

/** The participants behind events that several committed together, by id. */
async function sharedActors(db: Db, patches: readonly Patch[]): Promise<Map<string, AuditActor>> {
  const ids = [...new Set(patches.flatMap(castersOf))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      participantId: participants.id,
      displayName: participants.displayName,
      role: participants.role,
      delegation: delegations.name,
    })
    .from(participants)
    .leftJoin(delegations, eq(delegations.id, participants.delegationId))
    .where(inArray(participants.id, ids));
  return new Map(rows.map((row) => [row.participantId, { ...row, role: row.role }]));
}
