import { randomUUID } from "node:crypto";
import {
  type ConsultationEvent,
  type CreateConsultationBody,
  createConsultationBodySchema,
  type Delegation,
  defaultDecisionRule,
  type RegisterDelegationBody,
  templateFor,
  type updateConsultationBodySchema,
} from "@trilogue/shared";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { presentItem } from "../agenda/agenda.presenter.js";
import { conflict } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { agendaItems, consultations, delegations } from "../db/schema.js";
import { appendEvents } from "../events/event-log.repository.js";
import { genesisHash } from "../events/log-chain.js";
import { inConsultation } from "../events/unit-of-work.js";
import { anythingSaid } from "./confidentiality.repository.js";
import { assertConfidentialityChange, loosens } from "./confidentiality.rules.js";
import { presentConsultation, presentDelegation } from "./consultations.presenter.js";
import { assertDecisionRuleChangeable } from "./decision-rule.service.js";

/** Creates a consultation and its agenda, and opens its log with `consultation:created`. */
export async function createConsultation(
  db: Db,
  input: CreateConsultationBody,
  options: { isDemo?: boolean } = {},
): Promise<{ id: string; events: ConsultationEvent[] }> {
  const body = createConsultationBodySchema.parse(input);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultations)
      .values({
        id: randomUUID(),
        title: body.title,
        missionContext: body.missionContext,
        date: body.date,
        languages: body.languages,
        workingLanguage: body.workingLanguage,
        confidentiality: body.confidentiality,
        decisionRule: body.decisionRule ?? defaultDecisionRule,
        isDemo: options.isDemo ?? false,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    // The agenda in the working language: the summary is written in it, and so are the questions.
    const template = body.template === "empty" ? [] : templateFor(body.workingLanguage).items;
    const items = template.length
      ? await tx
          .insert(agendaItems)
          .values(
            template.map((item, position) => ({
              id: randomUUID(),
              consultationId: row.id,
              position,
              title: item.title,
              question: item.question,
            })),
          )
          .returning()
      : [];
    const events = await appendEvents(
      tx,
      { consultationId: row.id, seq: 0, hash: genesisHash },
      null,
      [
        {
          type: "consultation:created",
          patch: { consultation: presentConsultation(row), upsert: { items: items.map(presentItem) } },
        },
      ],
      now,
    );
    return { id: row.id, events };
  });
}

/** Edits title, context, date, languages or confidentiality (which, once anything is said, only tightens). */
export async function updateConsultation(
  db: Db,
  consultationId: string,
  changes: z.infer<typeof updateConsultationBodySchema>,
) {
  return inConsultation(db, consultationId, null, async ({ tx, consultation, emit }) => {
    if (consultation.status === "closed")
      throw conflict("A closed consultation cannot be edited.", { code: "consultation_closed" });
    if (changes.decisionRule && changes.decisionRule !== consultation.decisionRule)
      await assertDecisionRuleChangeable(tx, consultationId);
    if (changes.confidentiality && loosens(consultation.confidentiality, changes.confidentiality)) {
      assertConfidentialityChange(
        consultation.confidentiality,
        changes.confidentiality,
        await anythingSaid(tx, consultationId),
      );
    }
    const [row] = await tx.update(consultations).set(changes).where(eq(consultations.id, consultationId)).returning();
    if (!row) throw new Error("update returned nothing");
    emit("consultation:updated", { consultation: presentConsultation(row) });
    return presentConsultation(row);
  });
}

/** Registers a delegation; names are unique within a consultation. */
export async function registerDelegation(db: Db, consultationId: string, body: RegisterDelegationBody) {
  return inConsultation(db, consultationId, null, async ({ tx, emit }): Promise<Delegation> => {
    const [row] = await tx
      .insert(delegations)
      .values({ id: randomUUID(), consultationId, ...body })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("A delegation of that name is registered.", { code: "delegation_name_taken" });
    const delegation = presentDelegation(row);
    emit("delegation:registered", { upsert: { delegations: [delegation] } });
    return delegation;
  });
}
