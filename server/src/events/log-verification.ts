import type { ChainReport } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { consultations } from "../db/schema.js";
import { chainedFieldsOf } from "./event-log.repository.js";
import { eventHash, genesisHash } from "./log-chain.js";

export type { ChainReport };

/**
 * Re-reads a consultation's whole log and recomputes its chain. An event whose content was
 * changed breaks at its own seq (its hash no longer matches); a deleted or inserted event breaks
 * where the sequence or the link to the previous hash stops matching. Rewriting every hash after
 * a change is only caught against a head hash kept elsewhere, such as the one the summary cites.
 */
export async function verifyLog(db: Db, consultationId: string): Promise<ChainReport> {
  const { lastSeq, rows } = await db.transaction(
    async (tx) => {
      const [consultation] = await tx
        .select({ lastSeq: consultations.lastSeq })
        .from(consultations)
        .where(eq(consultations.id, consultationId));
      if (!consultation) throw notFound("No such consultation.");
      return { lastSeq: consultation.lastSeq, rows: await chainedFieldsOf(tx, consultationId) };
    },
    { isolationLevel: "repeatable read" },
  );
  const legacy = rows.length > 0 && rows.every((row) => row.hash === null);
  const report = (firstBrokenSeq: number | null, reason: string | null): ChainReport => ({
    consultationId,
    intact: firstBrokenSeq === null,
    events: rows.length,
    head: { seq: lastSeq, hash: rows.find((row) => row.seq === lastSeq)?.hash ?? null },
    unchained: legacy ? rows.length : 0,
    firstBrokenSeq,
    reason,
  });

  let previous = genesisHash;
  let expected = 1;
  for (const row of rows) {
    if (row.seq !== expected) return report(expected, `event ${expected} is missing`);
    if (row.seq > lastSeq) return report(row.seq, `event ${row.seq} lies beyond the head (${lastSeq})`);
    if (!legacy) {
      if (row.hash === null) return report(row.seq, "the event has no hash though the log is chained");
      if (row.prevHash !== previous) return report(row.seq, "the event does not link to the hash of the one before");
      if (eventHash(previous, row) !== row.hash) return report(row.seq, "the event's content does not match its hash");
      previous = row.hash;
    }
    expected += 1;
  }
  if (expected - 1 < lastSeq) return report(expected, `events ${expected} to ${lastSeq} are missing`);
  return report(null, null);
}
