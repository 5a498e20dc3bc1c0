import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@trilogue/server";
import pg from "pg";

/**
 * Migrated template databases. Every suite runs on a database with the committed migrations already
 * applied, copied from a template built once per set of migrations: initialising PGlite and replaying
 * the migrations cost seconds per server, more than most tests. The server still runs its migrator at
 * start-up (a no-op then); `boot.test.ts` starts from empty databases so that path stays tested.
 */

const migrationsDir = fileURLToPath(new URL("../../../migrations/", import.meta.url));

/** Changes whenever a migration is added or edited, so a stale template is never used. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  const files = readdirSync(migrationsDir).filter((name) => name.endsWith(".sql"));
  for (const name of files.sort()) hash.update(name).update(readFileSync(join(migrationsDir, name)));
  hash.update(readFileSync(join(migrationsDir, "meta", "_journal.json")));
  return hash.digest("hex").slice(0, 16);
}

let pgliteTemplate: Promise<string> | undefined;

/** A PGlite folder holding the migrated schema (the `pglite` folder of a data dir), built on first use. */
export function pgliteTemplateFolder(): Promise<string> {
  pgliteTemplate ??= buildPgliteTemplate();
  return pgliteTemplate;
}

async function buildPgliteTemplate(): Promise<string> {
  const ready = join(tmpdir(), `trilogue-template-${migrationsHash()}`);
  if (existsSync(join(ready, "pglite", "PG_VERSION"))) return join(ready, "pglite");
  const building = mkdtempSync(join(tmpdir(), "trilogue-template-building-"));
  const database = await openDatabase({ dataDir: building });
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
  try {
    renameSync(building, ready);
  } catch {
    // Another test process finished the same template first: theirs is identical.
    rmSync(building, { recursive: true, force: true });
  }
  return join(ready, "pglite");
}

let postgresTemplate: Promise<string> | undefined;

/** The name of a PostgreSQL database holding the migrated schema, built on first use. */
export function postgresTemplateName(serverUrl: string): Promise<string> {
  postgresTemplate ??= buildPostgresTemplate(serverUrl);
  return postgresTemplate;
}

async function buildPostgresTemplate(serverUrl: string): Promise<string> {
  const name = `trilogue_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return name;
    const building = `trilogue_tpl_building_${randomBytes(6).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(serverUrl);
    url.pathname = `/${building}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir() });
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
    try {
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } catch {
      // Another test process renamed its identical template first.
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    }
    return name;
  } finally {
    await admin.end();
  }
}
