import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import { DomainError } from "../core/errors.js";
import type { Db, Executor } from "../db/database.js";
import { jsonRowSchema, rowsOf } from "../db/raw-rows.js";
import * as schema from "../db/schema.js";

/** The format of a backup file; a restore refuses any other. */
export const backupFormat = "trilogue-backup-v1";

/** A whole Trilogue database as one JSON document: every row of every table, at one moment. */
export const backupSchema = z.object({
  format: z.literal(backupFormat),
  takenAt: z.string(),
  /** How many migrations the database had: a restore needs the same schema. */
  migrations: z.number().int().min(0),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type Backup = z.infer<typeof backupSchema>;

/** Every table of the schema, by its SQL name. */
export function tableNames(): string[] {
  return Object.values(schema).flatMap((value) => (is(value, PgTable) ? [getTableConfig(value).name] : []));
}

const rowSchema = z.object({ row: jsonRowSchema });
const countSchema = z.object({ n: z.number() });

/** How many migrations drizzle has applied to this database. */
async function migrationCount(db: Executor): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return rowsOf(result, countSchema)[0]?.n ?? 0;
}

/**
 * Reads every row of every table in one repeatable-read transaction, so the copy is one moment
 * of the database even while people keep acting: a command either committed before that moment
 * (and is all there: state, events, checkpoint, receipt) or is not there at all.
 */
export async function takeBackup(db: Db): Promise<Backup> {
  return db.transaction(
    async (tx) => {
      const tables: Record<string, Record<string, unknown>[]> = {};
      for (const name of tableNames()) {
        // row_to_json keeps every type exactly as PostgreSQL writes it, and restore reads it back the same way.
        const result = await tx.execute(sql`select row_to_json(t) as row from ${sql.identifier(name)} t`);
        tables[name] = rowsOf(result, rowSchema).map(({ row }) => row);
      }
      return {
        format: backupFormat,
        takenAt: new Date().toISOString(),
        migrations: await migrationCount(tx),
        tables,
      };
    },
    { isolationLevel: "repeatable read" },
  );
}

/**
 * Loads a backup into a migrated database that holds no consultation yet, in one transaction.
 * Foreign keys and the log's guards are set aside while the rows go in (the copy was consistent
 * when taken, and the log is copied as it was, hashes included); `pnpm restore` verifies every
 * log afterwards. Needs the rights of the database's owner (superuser on PostgreSQL).
 */
export async function restoreBackup(db: Db, backup: Backup): Promise<{ tables: number; rows: number }> {
  const here = await migrationCount(db);
  if (backup.migrations !== here) {
    throw new DomainError(
      "CONFLICT",
      `The backup was taken at migration ${backup.migrations}, this database is at ${here}: restore with the matching Trilogue version.`,
    );
  }
  const known = new Set(tableNames());
  const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new DomainError("VALIDATION", `The backup has unknown tables: ${unknown.join(", ")}.`);
  return db.transaction(async (tx) => {
    const existing = await tx.execute(sql`select count(*)::int as n from consultations`);
    if ((rowsOf(existing, countSchema)[0]?.n ?? 0) > 0) {
      throw new DomainError("CONFLICT", "This database already holds consultations: restore into an empty one.");
    }
    await tx.execute(sql`set local session_replication_role = replica`);
    // A fresh server writes its settings (secrets) at start: the backup's replace them.
    await tx.execute(sql`delete from settings`);
    let rows = 0;
    for (const [name, list] of Object.entries(backup.tables)) {
      if (list.length === 0) continue;
      const table = sql.identifier(name);
      await tx.execute(
        sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${JSON.stringify(list)}::json)`,
      );
      rows += list.length;
    }
    return { tables: Object.keys(backup.tables).length, rows };
  });
}
