import type { Consultation, Delegation, Participant } from "@trilogue/shared";
import type { consultations, delegations, participants } from "../db/schema.js";

/** Maps database rows to the shared DTOs; the only place that knows both shapes. */
export function presentConsultation(row: typeof consultations.$inferSelect): Consultation {
  return {
    id: row.id,
    title: row.title,
    missionContext: row.missionContext,
    date: row.date,
    languages: row.languages,
    workingLanguage: row.workingLanguage,
    confidentiality: row.confidentiality,
    status: row.status,
    decisionRule: row.decisionRule,
    createdAt: row.createdAt.toISOString(),
    // Absent rather than null when nothing is shown, so that older logs and snapshots read alike.
    ...(row.onDisplay ? { onDisplay: row.onDisplay } : {}),
  };
}

export function presentDelegation(row: typeof delegations.$inferSelect): Delegation {
  return {
    id: row.id,
    name: row.name,
    countryCode: row.countryCode,
    constituencies: row.constituencies,
  };
}

export function presentParticipant(row: typeof participants.$inferSelect): Participant {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role,
    delegationId: row.delegationId,
    joinedAt: row.joinedAt.toISOString(),
  };
}
