/**
 * A consultation's archive: its log with the chain, checkpoint, final summary and poll boards, as
 * one file that verifies on its own and imports into another Trilogue.
 *
 *   pnpm archive export <consultationId> <file>   from TRILOGUE_URL with OPERATOR_TOKEN (a running
 *                                                 server), else straight from DATABASE_URL/DATA_DIR
 *   pnpm archive verify <file>                    no database: recomputes the chain
 *   pnpm archive import <file>                    into DATABASE_URL/DATA_DIR (stop a PGlite server
 *                                                 first), then verifies the imported log there
 *
 * Exits 0 on success, 2 when an archive or an imported log does not verify (the message names the
 * first bad event), 1 when the command could not run. See docs/operations.md.
 */
import { readFile, writeFile } from "node:fs/promises";
import { type Archive, archiveSchema, exportArchive, importArchive, verifyArchive } from "../src/archive/archive.js";
import { loadConfig } from "../src/config/config.js";
import { DomainError } from "../src/core/errors.js";
import { openDatabase } from "../src/db/database.js";
import { recordIsSound, verifyLog } from "../src/events/log-verification.js";

const usage = "usage: pnpm archive export <consultationId> <file> | verify <file> | import <file>";

async function withDatabase<T>(run: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function fetchArchive(id: string): Promise<Archive> {
  const { TRILOGUE_URL: url, OPERATOR_TOKEN: token } = process.env;
  if (url && token) {
    const response = await fetch(new URL(`/api/operator/consultations/${id}/archive`, url), {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`the server answered ${response.status}: ${await response.text()}`);
    return archiveSchema.parse(await response.json());
  }
  return withDatabase((database) => exportArchive(database.db, id));
}

async function readArchive(file: string): Promise<Archive> {
  return archiveSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

const headText = (head: { seq: number; hash: string | null }) => `head ${head.seq} ${head.hash ?? "(unchained)"}`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2).filter((arg) => arg !== "--");
  const started = performance.now();
  const elapsed = () => `${Math.round(performance.now() - started)} ms`;
  if (command === "export" && rest.length === 2) {
    const [id = "", file = ""] = rest;
    const archive = await fetchArchive(id);
    // Mode 0600: the archive names every participant.
    await writeFile(file, JSON.stringify(archive), { mode: 0o600 });
    const events = archive.tables.consultation_events?.length ?? 0;
    process.stdout.write(`archived ${id}: ${events} events, ${headText(archive.head)} to ${file} in ${elapsed()}\n`);
    return 0;
  }
  if (command === "verify" && rest.length === 1) {
    const report = verifyArchive(await readArchive(rest[0] ?? ""));
    if (!report.intact) {
      process.stdout.write(`BROKEN  ${report.consultationId} at event ${report.firstBrokenSeq}: ${report.reason}\n`);
      return 2;
    }
    process.stdout.write(
      `OK      ${report.consultationId}: ${report.events} events, ${headText(report.head)} (${elapsed()})\n`,
    );
    return 0;
  }
  if (command === "import" && rest.length === 1) {
    const archive = await readArchive(rest[0] ?? "");
    return withDatabase(async (database) => {
      await database.migrate();
      let imported: Awaited<ReturnType<typeof importArchive>>;
      try {
        imported = await importArchive(database.db, archive);
      } catch (error) {
        if (error instanceof DomainError && error.code === "CONFLICT" && /does not verify/.test(error.message)) {
          process.stdout.write(`REFUSED ${error.message}\n`);
          return 2;
        }
        throw error;
      }
      const report = await verifyLog(database.db, archive.consultationId);
      const sound = recordIsSound(report) && report.head.hash === archive.head.hash;
      process.stdout.write(
        `${sound ? "imported" : "NOT SOUND"} ${archive.consultationId}: ${imported.rows} rows, ` +
          `${report.events} events, ${headText(report.head)}${sound ? ", verified here" : `: ${report.reason ?? report.divergence.join("; ")}`} (${elapsed()})\n`,
      );
      return sound ? 0 : 2;
    });
  }
  throw new Error(usage);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`archive failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
