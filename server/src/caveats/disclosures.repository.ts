import type { BreakdownDisclosure, Constituency, Snapshot } from "@trilogue/shared";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { breakdownDisclosures } from "../db/schema.js";

type DisclosureRow = typeof breakdownDisclosures.$inferSelect;

export function presentDisclosure(row: DisclosureRow): BreakdownDisclosure {
  return { id: row.constituency, allowedBy: row.allowedBy, allowedAt: row.allowedAt.toISOString() };
}

export async function allowDisclosure(db: Executor, values: DisclosureRow): Promise<DisclosureRow> {
  const [row] = await db
    .insert(breakdownDisclosures)
    .values(values)
    .onConflictDoUpdate({
      target: [breakdownDisclosures.consultationId, breakdownDisclosures.constituency],
      set: { allowedBy: values.allowedBy, allowedAt: values.allowedAt },
    })
    .returning();
  if (!row) throw new Error("upsert returned nothing");
  return row;
}

/** Withdraws the chair's leave; true if there was one. */
export async function withdrawDisclosure(
  db: Executor,
  consultationId: string,
  constituency: Constituency,
): Promise<boolean> {
  const deleted = await db
    .delete(breakdownDisclosures)
    .where(
      and(eq(breakdownDisclosures.consultationId, consultationId), eq(breakdownDisclosures.constituency, constituency)),
    )
    .returning({ constituency: breakdownDisclosures.constituency });
  return deleted.length > 0;
}

/** The constituencies the chair allows breakdowns to show though they have a single delegation. */
export async function loadDisclosureState(
  db: Executor,
  consultationId: string,
): Promise<Required<Pick<Snapshot, "breakdownDisclosures">>> {
  const rows = await db
    .select()
    .from(breakdownDisclosures)
    .where(eq(breakdownDisclosures.consultationId, consultationId));
  return { breakdownDisclosures: rows.map(presentDisclosure) };
}
