import { and, asc, eq } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { agendaItems } from "../db/schema.js";

export type AgendaItemRow = typeof agendaItems.$inferSelect;

export function listItems(db: Executor, consultationId: string): Promise<AgendaItemRow[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.consultationId, consultationId))
    .orderBy(asc(agendaItems.position));
}

/** The item, which must belong to the consultation. */
export async function getItem(db: Executor, consultationId: string, itemId: string): Promise<AgendaItemRow> {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.consultationId, consultationId), eq(agendaItems.id, itemId)));
  if (!row) throw notFound("No such agenda item.", { code: "item_not_found" });
  return row;
}

export async function updateItem(
  db: Executor,
  itemId: string,
  values: Partial<Omit<AgendaItemRow, "id" | "consultationId">>,
): Promise<AgendaItemRow> {
  const [row] = await db.update(agendaItems).set(values).where(eq(agendaItems.id, itemId)).returning();
  if (!row) throw notFound("No such agenda item.", { code: "item_not_found" });
  return row;
}

/** The item under discussion, if any. */
export async function currentItem(db: Executor, consultationId: string): Promise<AgendaItemRow | undefined> {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.consultationId, consultationId), eq(agendaItems.status, "open")));
  return row;
}
