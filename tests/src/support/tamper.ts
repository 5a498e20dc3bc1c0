import type { App } from "@trilogue/server";
import { queryRows } from "./server.js";

/** The triggers that keep the log append-only and its checkpoint moving forward. */
const guards = [
  ["consultation_events", "consultation_events_are_append_only"],
  ["log_checkpoints", "log_checkpoints_move_forward"],
] as const;

/**
 * Runs raw SQL as an attacker with the database owner's rights would: with the log's guarding
 * triggers switched off for the moment, so that what verification catches is tested apart from
 * what the database refuses.
 */
export async function tamper<T>(app: App, text: string): Promise<T[]> {
  for (const [table, trigger] of guards) await queryRows(app, `alter table ${table} disable trigger ${trigger}`);
  try {
    return await queryRows<T>(app, text);
  } finally {
    for (const [table, trigger] of guards) await queryRows(app, `alter table ${table} enable trigger ${trigger}`);
  }
}
