import { randomUUID } from "node:crypto";
import { type ConsultationEvent, fieldOf, type OperatorAction } from "@trilogue/shared";
import { asc, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Db } from "../db/database.js";
import { operatorActions, operators } from "../db/schema.js";

const uuid = z.uuid();
const idOf = (value: unknown): string | null => {
  const parsed = uuid.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The id a creating route answered with (a new consultation's), read from its JSON answer. */
function createdId(payload: unknown): string | null {
  if (typeof payload !== "string") return null;
  try {
    return idOf(fieldOf(JSON.parse(payload), "id"));
  } catch {
    return null;
  }
}

/**
 * Records one change an operator made: the route, its consultation and target, and the seqs of the
 * events it produced. Routes that log events hand them over with `operatorPublished`.
 */
export async function recordOperatorAction(db: Db, request: FastifyRequest, payload: unknown): Promise<void> {
  const operator = request.operator;
  if (!operator) return;
  const params = request.params;
  const produced = request.producedEvents;
  const seqs = produced?.events.map((event) => event.seq) ?? [];
  const consultationId = idOf(fieldOf(params, "id")) ?? produced?.consultationId ?? createdId(payload);
  await db.insert(operatorActions).values({
    id: randomUUID(),
    operatorId: operator.id,
    consultationId,
    action: `${request.method} ${request.routeOptions.url ?? request.url}`,
    targetId: idOf(fieldOf(params, "invitationId")) ?? (fieldOf(params, "id") ? createdId(payload) : null),
    firstSeq: seqs.length ? Math.min(...seqs) : null,
    lastSeq: seqs.length ? Math.max(...seqs) : null,
  });
}

/** Notes the events an operator route produced (call beside `publish`). */
export function operatorPublished(request: FastifyRequest, consultationId: string, events: ConsultationEvent[]): void {
  request.producedEvents = { consultationId, events };
}

/** Every operator action on one consultation, oldest first. */
export async function operatorActionsOf(db: Db, consultationId: string): Promise<OperatorAction[]> {
  const rows = await db
    .select({ action: operatorActions, operator: operators })
    .from(operatorActions)
    .innerJoin(operators, eq(operators.id, operatorActions.operatorId))
    .where(eq(operatorActions.consultationId, consultationId))
    .orderBy(asc(operatorActions.at));
  return rows.map(({ action, operator }) => ({
    at: action.at.toISOString(),
    action: action.action,
    targetId: action.targetId,
    operator: { id: operator.id, name: operator.name, role: operator.role },
    seqs: action.firstSeq !== null && action.lastSeq !== null ? { first: action.firstSeq, last: action.lastSeq } : null,
  }));
}
