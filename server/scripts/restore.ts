/**
 * Restores a backup made by `pnpm backup` into an empty database, then verifies every log.
 *
 *   pnpm restore <file>
 *
 * Opens DATABASE_URL or DATA_DIR as the server does (stop the server first), applies the
 * migrations, loads every row in one transaction, and runs the same check as `pnpm verify-log`
 * on every consultation. Refuses a database that already holds consultations. Exits 0 when the
 * restored copy verifies, 2 when a log does not, 1 when the restore could not run.
 */
import { readFile } from "node:fs/promises";
import { backupSchema, restoreBackup } from "../src/backup/backup.js";
import { loadConfig } from "../src/config/config.js";
import { openDatabase } from "../src/db/database.js";
import { consultations } from "../src/db/schema.js";
import { recordIsSound, verifyLog } from "../src/events/log-verification.js";

async function main(): Promise<number> {
  const [file] = process.argv.slice(2).filter((arg) => arg !== "--");
  if (!file) throw new Error("usage: pnpm restore <file>");
  const started = performance.now();
  const backup = backupSchema.parse(JSON.parse(await readFile(file, "utf8")));
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const { rows, tables } = await restoreBackup(database.db, backup);
    const restored = performance.now();
    const ids = (await database.db.select({ id: consultations.id }).from(consultations)).map((row) => row.id);
    const reports = [];
    for (const id of ids) reports.push(await verifyLog(database.db, id));
    const unsound = reports.filter((report) => !recordIsSound(report));
    process.stdout.write(
      `restored ${rows} rows of ${tables} tables in ${Math.round(restored - started)} ms; ` +
        `verified ${reports.length} consultations in ${Math.round(performance.now() - restored)} ms\n`,
    );
    for (const report of unsound) {
      process.stdout.write(`NOT SOUND ${report.consultationId}: ${report.reason ?? report.divergence.join("; ")}\n`);
    }
    return unsound.length === 0 ? 0 : 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
