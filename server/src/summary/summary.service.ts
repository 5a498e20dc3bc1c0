import { createHash } from "node:crypto";
import type { CommandPayload, Me } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { loadSnapshot } from "../consultations/snapshot.js";
import type { Db } from "../db/database.js";
import { agendaItems } from "../db/schema.js";
import { headOfLog } from "../events/event-log.repository.js";
import { assertStateMatchesLog } from "../events/log-replay.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { buildSummary } from "./build/build.js";
import { canonicalJson } from "./build/canonical.js";
import { type SummaryDocument, summaryDocumentSchema } from "./build/document.js";
import { findSummary, saveDraft, saveFinal } from "./summary.repository.js";
import { assertDraft, assertKnownItems, assertRevision, assertSettled } from "./summary.rules.js";

/** SHA-256 of a text's UTF-8 bytes, lower-case hex. */
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** The secretary's edit of the draft narrative; refused once final or when stale. */
export async function editDraft(uow: UnitOfWork, payload: CommandPayload<"summary:edit-draft">, me: Me) {
  const stored = await findSummary(uow.tx, me.consultationId);
  assertDraft(stored.status);
  assertRevision(stored.revision, payload.baseRevision);
  const agenda = await uow.tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(eq(agendaItems.consultationId, me.consultationId));
  assertKnownItems(
    payload.narrative.items.map((entry) => entry.itemId),
    agenda.map((item) => item.id),
  );
  await saveDraft(uow.tx, {
    consultationId: me.consultationId,
    revision: stored.revision + 1,
    narrative: payload.narrative,
    editedBy: me.participantId,
    editedAt: uow.now,
  });
  uow.emit("summary:draft-edited", {});
}

/**
 * The chair finalises the draft at the revision they read: the summary is built from the state as
 * it stands under the consultation's lock, stored as canonical JSON with its SHA-256, and can never
 * change again. It covers every event up to the one before `summary:finalised`, and cites that
 * event's hash in the chained event log, so the document and the log vouch for each other.
 */
export async function finaliseSummary(uow: UnitOfWork, payload: CommandPayload<"summary:finalise">, me: Me) {
  const stored = await findSummary(uow.tx, me.consultationId);
  assertDraft(stored.status);
  assertRevision(stored.revision, payload.revision);
  // Inside the unit of work: the consultation's row lock keeps every writer out meanwhile.
  const snapshot = await loadSnapshot(uow.tx, me.consultationId);
  assertSettled(snapshot);
  // The record is what the log says: a state row edited behind the log's back is refused here.
  await assertStateMatchesLog(uow.tx, me.consultationId, snapshot);
  // Same transaction and lock: the log's head is the snapshot's last event, whose hash the summary cites.
  const head = await headOfLog(uow.tx, me.consultationId);
  if (head.seq !== snapshot.seq) throw new Error(`log head ${head.seq} is not the snapshot's seq ${snapshot.seq}`);
  const document: SummaryDocument = {
    ...buildSummary({
      snapshot,
      narrative: stored.narrative,
      status: "final",
      generatedAt: uow.now,
      finalisedAt: uow.now,
    }),
    coveredHash: head.hash,
  };
  const canonical = canonicalJson(document);
  const digest = sha256(canonical);
  await saveFinal(uow.tx, {
    consultationId: me.consultationId,
    revision: stored.revision,
    narrative: stored.narrative,
    finalisedBy: me.participantId,
    finalisedAt: uow.now,
    coveredSeq: snapshot.seq,
    document: canonical,
    digest,
  });
  uow.emit("summary:finalised", {});
}

/** The summary as it stands: the stored final one, or a draft built from the live state now. */
export async function currentSummary(
  db: Db,
  consultationId: string,
): Promise<{ document: SummaryDocument; digest: string | null; canonical: string }> {
  const stored = await findSummary(db, consultationId);
  if (stored.status === "final" && stored.document) {
    const document = summaryDocumentSchema.parse(JSON.parse(stored.document));
    return { document, digest: stored.digest, canonical: stored.document };
  }
  const snapshot = await loadSnapshot(db, consultationId);
  await assertStateMatchesLog(db, consultationId, snapshot);
  const document = buildSummary({ snapshot, narrative: stored.narrative, status: "draft", generatedAt: new Date() });
  return { document, digest: null, canonical: canonicalJson(document) };
}
