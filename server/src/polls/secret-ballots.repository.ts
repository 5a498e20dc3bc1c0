import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { pollOptionCounts, pollReceipts } from "../db/schema.js";
import { counterKey, type Scope, scopes } from "./polls.rules.js";

/**
 * A secret poll's storage: counters updated in place and receipt hashes. Nothing here names a
 * delegation, and every write touches every counter row of the poll, so that neither values,
 * row versions (xmin) nor physical order single out the options a ballot moved.
 */

/** Creates a zero counter for every scope and option. */
export async function createCounters(db: Executor, pollId: string, optionCount: number): Promise<void> {
  await db
    .insert(pollOptionCounts)
    .values(
      scopes.flatMap((scope) =>
        Array.from({ length: optionCount }, (_, option) => ({ pollId, scope, option, count: 0 })),
      ),
    );
}

/** Applies a ballot's counter changes in one statement that rewrites all of the poll's rows. */
export async function applyCounts(db: Executor, pollId: string, delta: ReadonlyMap<string, number>): Promise<void> {
  const cases: SQL[] = [];
  for (const scope of scopes) {
    for (const [key, by] of delta) {
      const [keyScope, option] = key.split(":");
      if (keyScope !== scope) continue;
      cases.push(
        sql`when ${pollOptionCounts.scope} = ${scope} and ${pollOptionCounts.option} = ${Number(option)} then ${by}::int`,
      );
    }
  }
  const change = cases.length ? sql`case ${sql.join(cases, sql` `)} else 0 end` : sql`0`;
  await db
    .update(pollOptionCounts)
    .set({ count: sql`${pollOptionCounts.count} + ${change}` })
    .where(eq(pollOptionCounts.pollId, pollId));
}

/** The counters, keyed as `scope:option`. */
export async function readCounts(db: Executor, pollId: string): Promise<Map<string, number>> {
  const rows = await db.select().from(pollOptionCounts).where(eq(pollOptionCounts.pollId, pollId));
  return new Map(rows.map((row) => [counterKey(row.scope as Scope, row.option), row.count]));
}

export async function storeReceipt(db: Executor, pollId: string, receiptHash: string): Promise<void> {
  await db.insert(pollReceipts).values({ pollId, receiptHash });
}

/** Consumes a receipt; false when no ballot has it. */
export async function consumeReceipt(db: Executor, pollId: string, receiptHash: string): Promise<boolean> {
  const deleted = await db
    .delete(pollReceipts)
    .where(and(eq(pollReceipts.pollId, pollId), eq(pollReceipts.receiptHash, receiptHash)))
    .returning({ pollId: pollReceipts.pollId });
  return deleted.length > 0;
}

/** Once the result is fixed, the counters and receipts go: only the published result remains. */
export async function eraseSecretStorage(db: Executor, pollId: string): Promise<void> {
  await db.delete(pollOptionCounts).where(eq(pollOptionCounts.pollId, pollId));
  await db.delete(pollReceipts).where(eq(pollReceipts.pollId, pollId));
}
