import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, seedDemo } from "@trilogue/server";
import pg from "pg";

/**
 * Template databases. Every suite runs on a database with the committed migrations already applied,
 * and by default the demo consultation already seeded, copied from a template built once: initialising
 * PGlite, replaying the migrations and seeding the demo cost seconds of CPU per server, more than most
 * tests. The server still runs its migrator and demo seeding at start-up (no-ops then: the demo's links
 * come from the copied `demo-links.json`); `boot.test.ts` starts from empty databases so that path stays
 * tested.
 */

/** Where a template's demo was seeded: a server under test gives the links under its own PUBLIC_URL. */
export const templatePublicUrl = "http://template.trilogue.invalid";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const migrationsDir = join(root, "migrations");

function hashTree(hash: ReturnType<typeof createHash>, folder: string): void {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else if (/\.(ts|json|sql)$/.test(name)) hash.update(path.slice(root.length)).update(readFileSync(path));
  }
}

/**
 * Changes whenever a migration, or any server or shared source the demo seeding runs through, is
 * edited, so a stale template is never used; and each day, so the demo's date is today's.
 */
const templateHash = (() => {
  let memo: string | undefined;
  return (): string => {
    if (memo) return memo;
    const hash = createHash("sha256").update("template-v2").update(new Date().toISOString().slice(0, 10));
    for (const folder of [migrationsDir, join(root, "server", "src"), join(root, "shared", "src")])
      hashTree(hash, folder);
    memo = hash.digest("hex").slice(0, 16);
    return memo;
  };
})();

const pgliteTemplates = new Map<boolean, Promise<{ folder: string; linksDir: string | null }>>();

/** A PGlite template (the `pglite` folder of a data dir), with or without the demo, built on first use. */
export function pgliteTemplate(demo: boolean): Promise<{ folder: string; linksDir: string | null }> {
  let template = pgliteTemplates.get(demo);
  if (!template) {
    template = buildPgliteTemplate(demo);
    pgliteTemplates.set(demo, template);
  }
  return template;
}

async function buildPgliteTemplate(demo: boolean): Promise<{ folder: string; linksDir: string | null }> {
  const ready = join(tmpdir(), `trilogue-template-${templateHash()}${demo ? "-demo" : ""}`);
  const made = { folder: join(ready, "pglite"), linksDir: demo ? ready : null };
  if (existsSync(join(ready, "pglite", "PG_VERSION"))) return made;
  const building = mkdtempSync(join(tmpdir(), "trilogue-template-building-"));
  const database = await openDatabase({ dataDir: building });
  try {
    await database.migrate();
    if (demo) await seedDemo(database.db, { publicUrl: templatePublicUrl, dataDir: building });
  } finally {
    await database.close();
  }
  try {
    // The database and its links arrive together: a folder renamed whole.
    renameSync(building, ready);
  } catch {
    // Another test process finished the same template first: theirs is as good.
    rmSync(building, { recursive: true, force: true });
  }
  return made;
}

const postgresTemplates = new Map<boolean, Promise<{ name: string; linksDir: string | null }>>();

/** A PostgreSQL template database, with or without the demo, built on first use. */
export function postgresTemplate(serverUrl: string, demo: boolean): Promise<{ name: string; linksDir: string | null }> {
  let template = postgresTemplates.get(demo);
  if (!template) {
    template = buildPostgresTemplate(serverUrl, demo);
    postgresTemplates.set(demo, template);
  }
  return template;
}

async function buildPostgresTemplate(
  serverUrl: string,
  demo: boolean,
): Promise<{ name: string; linksDir: string | null }> {
  const name = `trilogue_tpl_${templateHash()}${demo ? "_demo" : ""}`;
  // The demo's links live beside the database, in a folder named after it.
  const linksDir = demo ? join(tmpdir(), name) : null;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    // One builder at a time across test processes: the database and its links file must match.
    await admin.query("select pg_advisory_lock(hashtext('trilogue-test-templates'))");
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    const linksThere = !linksDir || existsSync(join(linksDir, "demo-links.json"));
    if (found.rowCount && linksThere) return { name, linksDir };
    // A database left without its links (a machine's temporary files were cleared): build anew.
    if (found.rowCount) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    const building = `trilogue_tpl_building_${randomBytes(6).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const url = new URL(serverUrl);
    url.pathname = `/${building}`;
    const scratch = mkdtempSync(join(tmpdir(), "trilogue-template-links-"));
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: scratch });
    try {
      await database.migrate();
      if (demo) await seedDemo(database.db, { publicUrl: templatePublicUrl, dataDir: scratch });
    } finally {
      await database.close();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    if (linksDir) {
      rmSync(linksDir, { recursive: true, force: true });
      mkdirSync(linksDir, { recursive: true });
      renameSync(join(scratch, "demo-links.json"), join(linksDir, "demo-links.json"));
    }
    rmSync(scratch, { recursive: true, force: true });
    return { name, linksDir };
  } finally {
    await admin.query("select pg_advisory_unlock(hashtext('trilogue-test-templates'))").catch(() => undefined);
    await admin.end();
  }
}
