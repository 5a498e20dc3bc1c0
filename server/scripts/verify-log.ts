/**
 * Verifies the tamper-evident chain of a consultation's event log, straight from the database:
 * gaps, NULL hashes in a chained log, altered events, truncation against the recorded checkpoint
 * and the head a final summary cites, and state tables that differ from a replay of the log.
 *
 *   pnpm verify-log <consultationId>   one consultation
 *   pnpm verify-log                     every consultation
 *   add --json for a machine-readable report
 *
 * Reads DATABASE_URL and DATA_DIR as the server does (run from the server package, so a relative
 * DATA_DIR means the same folder). With the embedded PGlite database, stop the server first: PGlite
 * belongs to one process. A running server answers the same check at
 * GET /api/operator/consultations/:id/log/verify. Exits 0 when every chain is intact, 2 when one is
 * broken, 1 when the check could not run.
 */
import { ConfigError, loadConfig } from "../src/config/config.js";
import { openDatabase } from "../src/db/database.js";
import { consultations } from "../src/db/schema.js";
import { type ChainReport, recordIsSound, verifyLog } from "../src/events/log-verification.js";

function summarise(report: ChainReport): string {
  const head = `head ${report.head.seq}${report.head.hash ? ` ${report.head.hash}` : ""}`;
  const checkpoint = report.checkpoint ? `, checkpoint ${report.checkpoint.seq}` : "";
  if (!report.intact) return `BROKEN  ${report.consultationId} at seq ${report.firstBrokenSeq}: ${report.reason}`;
  if (report.stateMatchesLog === false) {
    return `ALTERED ${report.consultationId}: the state tables differ from a replay of the log: ${report.divergence.join("; ")}`;
  }
  if (report.unchained > 0) {
    return `UNCHAINED ${report.consultationId}: ${report.unchained} events from before the chain, gap-free (${head})`;
  }
  return `OK      ${report.consultationId}: ${report.events} events, ${head}${checkpoint}, state equals its replay`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  const json = args.includes("--json");
  const ids = args.filter((arg) => !arg.startsWith("--"));
  const config = loadConfig(process.env);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const targets =
      ids.length > 0 ? ids : (await database.db.select({ id: consultations.id }).from(consultations)).map((c) => c.id);
    const reports: ChainReport[] = [];
    for (const id of targets) reports.push(await verifyLog(database.db, id));
    process.stdout.write(json ? `${JSON.stringify(reports, null, 2)}\n` : `${reports.map(summarise).join("\n")}\n`);
    return reports.every(recordIsSound) ? 0 : 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`verify-log could not run: ${message}\n`);
    process.exit(1);
  },
);
