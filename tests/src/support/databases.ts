import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { pgliteTemplate, postgresTemplate } from "./templates.js";

/** Both databases every database-backed suite runs on. */
export const databaseKinds = ["pglite", "postgres"] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

/** The server that holds test databases; in CI `postgres://root@127.0.0.1:5432/test`. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";

/** An isolated database: its own PostgreSQL database or its own PGlite folder. */
export type TestDatabase = {
  kind: DatabaseKind;
  /** Set for PostgreSQL. */
  databaseUrl: string | undefined;
  /** Always set: PGlite lives here, and the demo links are written here. */
  dataDir: string;
  drop(): Promise<void>;
};

/**
 * Creates an isolated database, copied from a template: the committed migrations applied and the
 * demo consultation seeded (its links file in the data dir, as a first start leaves them), or
 * without the demo (`demo: false`), or empty with `fresh`. PostgreSQL must answer (a test never
 * skips for want of it).
 */
export async function createTestDatabase(
  kind: DatabaseKind,
  options: { fresh?: boolean; demo?: boolean } = {},
): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "trilogue-test-"));
  const demo = options.demo ?? true;
  const copyLinks = (linksDir: string | null) => {
    if (linksDir) copyFileSync(join(linksDir, "demo-links.json"), join(dataDir, "demo-links.json"));
  };
  if (kind === "pglite") {
    if (!options.fresh) {
      const template = await pgliteTemplate(demo);
      // cp(1), not fs.cpSync: a PGlite folder is 1,200 files and a mostly empty 16 MB WAL segment,
      // which GNU cp copies in a tenth of the CPU time (sparse, no per-file JavaScript).
      execFileSync("cp", ["-r", "--sparse=always", template.folder, join(dataDir, "pglite")]);
      copyLinks(template.linksDir);
    }
    return {
      kind,
      databaseUrl: undefined,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `trilogue_t_${randomBytes(6).toString("hex")}`;
  const template = options.fresh ? null : await postgresTemplate(testDatabaseUrl, demo);
  if (template) copyLinks(template.linksDir);
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template.name}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    databaseUrl: url.toString(),
    dataDir,
    drop: async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
