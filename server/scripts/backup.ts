/**
 * Backs up a whole Trilogue database to one JSON file.
 *
 *   pnpm backup <file>
 *
 * With TRILOGUE_URL and OPERATOR_TOKEN set, asks the running server (GET /api/operator/backup):
 * the copy is one consistent moment even while people keep acting, and works for PGlite, which
 * belongs to the server's process. Without them, opens DATABASE_URL or DATA_DIR directly (stop the
 * server first when it is PGlite). Exits 0 on success, 1 otherwise. See docs/operations.md.
 */
import { writeFile } from "node:fs/promises";
import { type Backup, backupSchema, takeBackup } from "../src/backup/backup.js";
import { loadConfig } from "../src/config/config.js";
import { openDatabase } from "../src/db/database.js";

async function fromServer(url: string, token: string): Promise<Backup> {
  const response = await fetch(new URL("/api/operator/backup", url), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`the server answered ${response.status}: ${await response.text()}`);
  return backupSchema.parse(await response.json());
}

async function fromDatabase(): Promise<Backup> {
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    return await takeBackup(database.db);
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const [file] = process.argv.slice(2).filter((arg) => arg !== "--");
  if (!file) throw new Error("usage: pnpm backup <file>");
  const started = performance.now();
  const { TRILOGUE_URL: url, OPERATOR_TOKEN: token } = process.env;
  const backup = url && token ? await fromServer(url, token) : await fromDatabase();
  // Mode 0600: the file holds every secret the database does.
  await writeFile(file, JSON.stringify(backup), { mode: 0o600 });
  const rows = Object.values(backup.tables).reduce((sum, list) => sum + list.length, 0);
  process.stdout.write(
    `backed up ${rows} rows of ${Object.keys(backup.tables).length} tables to ${file} in ${Math.round(performance.now() - started)} ms\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
