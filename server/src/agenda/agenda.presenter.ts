import type { AgendaItem } from "@trilogue/shared";
import { isoOrNull as iso } from "../core/time.js";
import type { agendaItems } from "../db/schema.js";

export function presentItem(row: typeof agendaItems.$inferSelect): AgendaItem {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    question: row.question,
    status: row.status,
    timeBoxSeconds: row.timeBoxSeconds,
    speakingTimeSeconds: row.speakingTimeSeconds,
    pointOfOrderSeconds: row.pointOfOrderSeconds,
    openedAt: iso(row.openedAt),
    deadlineAt: iso(row.deadlineAt),
    conclusion: row.conclusion,
    concludedAt: iso(row.concludedAt),
  };
}
