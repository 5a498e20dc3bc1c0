import { lt } from "drizzle-orm";
import type { Db } from "../db/database.js";
import { commandReceipts } from "../db/schema.js";

/** How often old receipts are looked for (and once at start). */
const pruneEveryMs = 3600_000;

/** Deletes command receipts older than the retention; returns how many went. */
export async function pruneReceipts(db: Db, retentionHours: number, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - retentionHours * 3600_000);
  const deleted = await db
    .delete(commandReceipts)
    .where(lt(commandReceipts.createdAt, before))
    .returning({ key: commandReceipts.key });
  return deleted.length;
}

/**
 * Idempotency receipts answer a retry with the first answer; a client retries within minutes, so
 * after the retention (RECEIPT_RETENTION_HOURS) a receipt only takes space. They are pruned at
 * start and every hour, on every node (deleting twice is harmless).
 */
export function createReceiptPruner(deps: { db: Db; retentionHours: number; onFault: (error: unknown) => void }) {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> | undefined;
  const run = () => {
    current = pruneReceipts(deps.db, deps.retentionHours)
      .catch(deps.onFault)
      .finally(() => {
        current = undefined;
      });
  };
  return {
    start() {
      run();
      timer = setInterval(run, pruneEveryMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await current;
    },
  };
}
