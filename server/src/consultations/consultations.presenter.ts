import type {
  Confidentiality,
  Constituency,
  Consultation,
  ConsultationStatus,
  DecisionRule,
  Delegation,
  Language,
  Participant,
  Role,
} from "@trilogue/shared";
import type { consultations, delegations, participants } from "../db/schema.js";

/** Maps database rows to the shared DTOs; the only place that knows both shapes. */
export function presentConsultation(row: typeof consultations.$inferSelect): Consultation {
  return {
    id: row.id,
    title: row.title,
    missionContext: row.missionContext,
    date: row.date,
    languages: row.languages as Language[],
    workingLanguage: row.workingLanguage as Language,
    confidentiality: row.confidentiality as Confidentiality,
    status: row.status as ConsultationStatus,
    decisionRule: row.decisionRule as DecisionRule,
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
    constituencies: row.constituencies as Constituency[],
  };
}

export function presentParticipant(row: typeof participants.$inferSelect): Participant {
  return {
    id: row.id,
    displayName: row.displayName,
    role: row.role as Role,
    delegationId: row.delegationId,
    joinedAt: row.joinedAt.toISOString(),
  };
}
