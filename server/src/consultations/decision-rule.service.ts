import { type DecisionRule, decisionRuleLocked } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { conflict } from "../core/errors.js";
import type { Tx } from "../db/database.js";
import { consensusCalls, consultations, polls } from "../db/schema.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentConsultation } from "./consultations.presenter.js";

export const decisionRuleLockedMessage =
  "The decision rule cannot change once a poll has been opened or consensus called: it decided whose voice counted.";

/** Refuses a change of rule once the room has begun to decide. */
export async function assertDecisionRuleChangeable(tx: Tx, consultationId: string): Promise<void> {
  const pollRows = await tx
    .select({ status: polls.status })
    .from(polls)
    .where(eq(polls.consultationId, consultationId));
  const callRows = await tx
    .select({ id: consensusCalls.id })
    .from(consensusCalls)
    .where(eq(consensusCalls.consultationId, consultationId))
    .limit(1);
  if (decisionRuleLocked({ polls: pollRows, calls: callRows }))
    throw conflict(decisionRuleLockedMessage, { code: "decision_rule_locked" });
}

/** Sets who decides; the row is locked by the unit of work, so no poll can open meanwhile. */
export async function setDecisionRule(uow: UnitOfWork, rule: DecisionRule): Promise<void> {
  const { tx, consultation, emit } = uow;
  if (consultation.status === "closed")
    throw conflict("A closed consultation cannot be edited.", { code: "consultation_closed" });
  if (consultation.decisionRule === rule) return;
  await assertDecisionRuleChangeable(tx, consultation.id);
  const [row] = await tx
    .update(consultations)
    .set({ decisionRule: rule })
    .where(eq(consultations.id, consultation.id))
    .returning();
  if (row) emit("consultation:updated", { consultation: presentConsultation(row) });
}
