import { eq } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { settings } from "../db/schema.js";

/**
 * Returns a setting, creating it with `make()` if absent. Safe when several nodes start at once:
 * the first insert wins and everyone reads the winner.
 */
export async function getOrCreateSetting(
  db: Db,
  key: string,
  make: () => string,
): Promise<{ value: string; created: boolean }> {
  const candidate = make();
  const inserted = await db.insert(settings).values({ key, value: candidate }).onConflictDoNothing().returning();
  if (inserted.length > 0) return { value: candidate, created: true };
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  if (!row) throw new Error(`setting ${key} vanished`);
  return { value: row.value, created: false };
}

export async function setSetting(db: Db, key: string, value: string): Promise<void> {
  await db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
}
