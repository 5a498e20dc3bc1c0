import type { AgendaItem, Delegation, UpdateDelegationBody, UpdateItemBody } from "@trilogue/shared";
import { and, eq, ne } from "drizzle-orm";
import { presentItem } from "../agenda/agenda.presenter.js";
import { getItem, updateItem } from "../agenda/agenda.repository.js";
import { timeBoxDeadline } from "../agenda/agenda.rules.js";
import { conflict, notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { delegations } from "../db/schema.js";
import { inConsultation } from "../events/unit-of-work.js";
import { anythingSaid } from "./confidentiality.repository.js";
import { presentDelegation } from "./consultations.presenter.js";
import { assertDelegationEditable, assertItemEditable } from "./setup-edits.rules.js";

/** The operator corrects a delegation before anything is said; names stay unique in a consultation. */
export async function updateDelegation(
  db: Db,
  consultationId: string,
  delegationId: string,
  changes: UpdateDelegationBody,
) {
  return inConsultation(db, consultationId, null, async ({ tx, consultation, emit }): Promise<Delegation> => {
    const [current] = await tx
      .select()
      .from(delegations)
      .where(and(eq(delegations.consultationId, consultationId), eq(delegations.id, delegationId)));
    if (!current) throw notFound("No such delegation in this consultation.", { code: "delegation_not_found" });
    assertDelegationEditable(consultation.status, await anythingSaid(tx, consultationId));
    if (changes.name !== undefined && changes.name !== current.name) {
      const [taken] = await tx
        .select({ id: delegations.id })
        .from(delegations)
        .where(
          and(
            eq(delegations.consultationId, consultationId),
            eq(delegations.name, changes.name),
            ne(delegations.id, delegationId),
          ),
        );
      if (taken) throw conflict("A delegation of that name is registered.", { code: "delegation_name_taken" });
    }
    const [row] = await tx.update(delegations).set(changes).where(eq(delegations.id, delegationId)).returning();
    if (!row) throw notFound("No such delegation in this consultation.", { code: "delegation_not_found" });
    const delegation = presentDelegation(row);
    emit("delegation:updated", { upsert: { delegations: [delegation] } });
    return delegation;
  });
}

/** The operator corrects an agenda item: its words while pending, its times until concluded. */
export async function updateAgendaItem(db: Db, consultationId: string, itemId: string, changes: UpdateItemBody) {
  return inConsultation(db, consultationId, null, async ({ tx, consultation, emit }): Promise<AgendaItem> => {
    const item = await getItem(tx, consultationId, itemId);
    assertItemEditable(consultation.status, item, changes);
    const row = await updateItem(tx, itemId, {
      ...changes,
      ...(changes.timeBoxSeconds === undefined
        ? {}
        : { deadlineAt: timeBoxDeadline(item.openedAt, changes.timeBoxSeconds) }),
    });
    const presented = presentItem(row);
    emit("item:edited", { upsert: { items: [presented] } });
    return presented;
  });
}
