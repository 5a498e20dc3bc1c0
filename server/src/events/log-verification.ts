import { type ChainReport, type ConsultationEvent, fieldOf } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { loadSnapshot } from "../consultations/snapshot.js";
import { notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations, logCheckpoints, summaries } from "../db/schema.js";
import { chainedFieldsOf } from "./event-log.repository.js";
import { type ChainedFields, eventHash, genesisHash } from "./log-chain.js";
import { divergenceFromLog } from "./log-replay.js";

export type { ChainReport };

/** An event as the chain reads it (an archive's rows too). */
type Row = ChainedFields & { prevHash: string | null; hash: string | null };
/** An event as this database stores it: its type and patch typed by their columns. */
type StoredRow = Awaited<ReturnType<typeof chainedFieldsOf>>[number];

/** Everything verification reads, in one repeatable-read transaction: one moment of the database. */
async function readRecord(db: Db, consultationId: string) {
  return db.transaction(
    async (tx) => {
      const [consultation] = await tx
        .select({ lastSeq: consultations.lastSeq })
        .from(consultations)
        .where(eq(consultations.id, consultationId));
      if (!consultation) throw notFound("No such consultation.", { code: "consultation_not_found" });
      const [checkpoint] = await tx
        .select({ seq: logCheckpoints.seq, hash: logCheckpoints.hash })
        .from(logCheckpoints)
        .where(eq(logCheckpoints.consultationId, consultationId));
      const [summary] = await tx
        .select({ status: summaries.status, coveredSeq: summaries.coveredSeq, document: summaries.document })
        .from(summaries)
        .where(eq(summaries.consultationId, consultationId));
      const rows = await chainedFieldsOf(tx, consultationId);
      const snapshot = await loadSnapshot(tx, consultationId);
      return {
        lastSeq: consultation.lastSeq,
        checkpoint: checkpoint ?? null,
        summary: summary ?? null,
        rows,
        snapshot,
      };
    },
    { isolationLevel: "repeatable read" },
  );
}

/** The head a final summary cites, when there is one. */
export function citedHead(summary: { status: string; coveredSeq: number | null; document: string | null } | null) {
  if (summary?.status !== "final" || summary.coveredSeq === null || !summary.document) return null;
  const coveredHash = fieldOf(JSON.parse(summary.document), "coveredHash");
  return typeof coveredHash === "string" ? { seq: summary.coveredSeq, hash: coveredHash } : null;
}

/** Where the chain itself breaks, or null: gaps, missing hashes, broken links, altered content. */
export function firstBreak(
  rows: readonly Row[],
  lastSeq: number,
  chained: boolean,
): { seq: number; reason: string } | null {
  let previous = genesisHash;
  let expected = 1;
  for (const row of rows) {
    if (row.seq !== expected) return { seq: expected, reason: `event ${expected} is missing` };
    if (row.seq > lastSeq) return { seq: row.seq, reason: `event ${row.seq} lies beyond the head (${lastSeq})` };
    if (chained) {
      if (row.hash === null) return { seq: row.seq, reason: "the event has no hash though the log is chained" };
      if (row.prevHash !== previous)
        return { seq: row.seq, reason: "the event does not link to the hash of the one before" };
      if (eventHash(previous, row) !== row.hash)
        return { seq: row.seq, reason: "the event's content does not match its hash" };
      previous = row.hash;
    }
    expected += 1;
  }
  if (expected - 1 < lastSeq) return { seq: expected, reason: `events ${expected} to ${lastSeq} are missing` };
  return null;
}

/** Where the log falls short of a head recorded elsewhere (the checkpoint, the final summary), or null. */
export function shortOf(
  rows: readonly Row[],
  anchor: { seq: number; hash: string } | null,
  what: string,
): { seq: number; reason: string } | null {
  if (!anchor || anchor.seq === 0) return null;
  const event = rows.find((row) => row.seq === anchor.seq);
  if (!event) {
    const last = rows.at(-1)?.seq ?? 0;
    return {
      seq: last + 1,
      reason: `the log ends at ${last} but ${what} recorded its head at ${anchor.seq}: truncated`,
    };
  }
  if (event.hash !== anchor.hash) {
    return { seq: anchor.seq, reason: `event ${anchor.seq} does not have the hash ${what} recorded: rewritten` };
  }
  return null;
}

const asEvent = (row: StoredRow): ConsultationEvent => ({
  seq: row.seq,
  type: row.type,
  at: row.at.toISOString(),
  actorId: row.actorId,
  patch: row.payload,
});

/**
 * Re-reads a consultation's whole record and checks it against itself. The chain: an event whose
 * content was changed breaks at its own seq; a deleted or inserted event breaks where the
 * sequence or the link stops matching; once the log has a checkpoint it is chained, so a NULL hash
 * is a break, not a log from before the chain. Truncation: the log must reach the checkpoint
 * recorded at the last commit and the head a final summary cites, with the same hashes. The
 * state: the tables the snapshot and the summary are read from must equal a replay of the log.
 * Rewriting every hash and the checkpoint together is only caught against a head kept outside
 * the database: the one a final summary file cites, or the one a client was shown.
 */
export async function verifyLog(db: Db, consultationId: string): Promise<ChainReport> {
  const { lastSeq, checkpoint, summary, rows, snapshot } = await readRecord(db, consultationId);
  const chained = checkpoint !== null || rows.some((row) => row.hash !== null);
  const broken =
    firstBreak(rows, lastSeq, chained) ??
    shortOf(rows, checkpoint, "the checkpoint") ??
    shortOf(rows, citedHead(summary), "the final summary");
  const divergence = broken || rows.length === 0 ? [] : divergenceFromLog(snapshot, rows.map(asEvent));
  return {
    consultationId,
    intact: broken === null,
    events: rows.length,
    head: { seq: lastSeq, hash: rows.find((row) => row.seq === lastSeq)?.hash ?? null },
    unchained: chained ? 0 : rows.length,
    firstBrokenSeq: broken?.seq ?? null,
    reason: broken?.reason ?? null,
    checkpoint,
    stateMatchesLog: broken || rows.length === 0 ? null : divergence.length === 0,
    divergence,
  };
}

/** Whether a report finds the record sound: the chain intact and the state equal to its replay. */
export const recordIsSound = (report: ChainReport) => report.intact && report.stateMatchesLog !== false;
