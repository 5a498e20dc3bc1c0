/**
 * Figures for the record (issue 16): `pnpm verify-log`'s check on a 10 000-event consultation, the
 * archive of it, and the export of a 200-delegation final summary rendered afresh and from the cache.
 *
 *   pnpm --filter @trilogue/tests exec tsx bench/record.ts [postgres-url]
 *
 * Without a URL the log runs on PGlite in a temporary folder. Prints one JSON line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyNarrative, type SummaryFormat } from "@trilogue/shared";
import { sampleSummarySnapshot } from "@trilogue/shared/testing";
import { exportArchive, verifyArchive } from "../../server/src/archive/archive.js";
import { createConsultation } from "../../server/src/consultations/consultations.service.js";
import { loadSnapshot } from "../../server/src/consultations/snapshot.js";
import { openDatabase } from "../../server/src/db/database.js";
import { appendEvents, headOfLog } from "../../server/src/events/event-log.repository.js";
import { verifyLog } from "../../server/src/events/log-verification.js";
import { buildSummary } from "../../server/src/summary/build/build.js";
import { createExportCache } from "../../server/src/summary/export-cache.js";

const eventCount = 10_000;
const batch = 500;

async function measureLog(databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), "trilogue-record-"));
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    await database.migrate();
    const { id } = await createConsultation(database.db, { title: "Ten thousand events", date: "2016-11-03" });
    const consultation = (await loadSnapshot(database.db, id)).consultation;
    let seq = (await headOfLog(database.db, id)).seq;
    while (seq < eventCount) {
      await database.db.transaction(async (tx) => {
        const head = { consultationId: id, ...(await headOfLog(tx, id)) };
        const count = Math.min(batch, eventCount - head.seq);
        const pending = Array.from({ length: count }, () => ({
          type: "consultation:updated" as const,
          patch: { consultation },
        }));
        await appendEvents(tx, head, null, pending, new Date());
        seq = head.seq;
      });
    }
    const started = performance.now();
    const report = await verifyLog(database.db, id);
    const verifyMs = Math.round(performance.now() - started);
    if (!report.intact || report.stateMatchesLog !== true) throw new Error(`not sound: ${JSON.stringify(report)}`);
    const archiveStarted = performance.now();
    const archive = await exportArchive(database.db, id);
    const archiveMs = Math.round(performance.now() - archiveStarted);
    const checkStarted = performance.now();
    const checked = verifyArchive(archive);
    const archiveVerifyMs = Math.round(performance.now() - checkStarted);
    if (!checked.intact) throw new Error(`archive not intact: ${checked.reason}`);
    return {
      events: report.events,
      verifyLogMs: verifyMs,
      archiveExportMs: archiveMs,
      archiveVerifyMs,
      archiveBytes: JSON.stringify(archive).length,
    };
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureExports() {
  const snapshot = sampleSummarySnapshot({ delegations: 200, items: 5, polls: 10, confidentiality: "on_record" });
  const at = new Date("2016-11-03T18:00:00Z");
  const document = buildSummary({
    snapshot,
    narrative: emptyNarrative(),
    status: "final",
    generatedAt: at,
    finalisedAt: at,
  });
  const options = { digest: "0".repeat(64), verifyUrl: "http://127.0.0.1/verify" };
  const render = createExportCache();
  const figures: Record<string, { firstMs: number; cachedMs: number }> = {};
  for (const format of ["md", "pdf", "docx", "json"] as const satisfies readonly SummaryFormat[]) {
    let started = performance.now();
    await render(document, format, options);
    const firstMs = Math.round(performance.now() - started);
    started = performance.now();
    await render(document, format, options);
    figures[format] = { firstMs, cachedMs: Number((performance.now() - started).toFixed(3)) };
  }
  return figures;
}

const url = process.argv[2];
console.log(
  JSON.stringify({
    database: url ? "postgres" : "pglite",
    log: await measureLog(url),
    exports: await measureExports(),
  }),
);
process.exit(0);
