import { and, count, eq, isNull } from "drizzle-orm";
import { conflict, notFound, type Reason } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { draftProposals, drafts, paragraphs, paragraphVersions } from "../db/schema.js";

export type DraftRow = typeof drafts.$inferSelect;
export type ParagraphRow = typeof paragraphs.$inferSelect;
export type ParagraphVersionRow = typeof paragraphVersions.$inferSelect;
export type ProposalRow = typeof draftProposals.$inferSelect;

async function one<T>(rows: Promise<T[]>, missing: string, reason: Reason = { code: "not_found" }): Promise<T> {
  const [row] = await rows;
  if (!row) throw notFound(missing, reason);
  return row;
}

export const getDraft = (db: Executor, consultationId: string, id: string) =>
  one(
    db
      .select()
      .from(drafts)
      .where(and(eq(drafts.consultationId, consultationId), eq(drafts.id, id))),
    "No such draft.",
    { code: "draft_not_found" },
  );

export async function countDrafts(db: Executor, consultationId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(drafts).where(eq(drafts.consultationId, consultationId));
  return row?.n ?? 0;
}

export const insertDraft = (db: Executor, values: DraftRow) =>
  one(db.insert(drafts).values(values).returning(), "insert returned nothing");

/**
 * A paragraph of the consultation, row-locked for the change about to be made to it. A deleted
 * one is a CONFLICT: whoever acted on it had not yet seen the deletion.
 */
export async function getParagraph(db: Executor, consultationId: string, id: string): Promise<ParagraphRow> {
  const row = await one(
    db
      .select()
      .from(paragraphs)
      .where(and(eq(paragraphs.consultationId, consultationId), eq(paragraphs.id, id)))
      .for("update"),
    "No such paragraph.",
    { code: "paragraph_not_found" },
  );
  if (row.deletedAt) {
    throw conflict(`The paragraph (${row.deletedLabel ?? ""}) was deleted from the draft.`, {
      code: "paragraph_deleted",
    });
  }
  return row;
}

/** A stored paragraph, as the outline rules take it. */
export type OutlinedRow = ParagraphRow;

/** The draft's paragraphs still in it (not deleted). */
export async function paragraphsOf(db: Executor, draftId: string): Promise<OutlinedRow[]> {
  return db
    .select()
    .from(paragraphs)
    .where(and(eq(paragraphs.draftId, draftId), isNull(paragraphs.deletedAt)));
}

export const paragraphOnCall = async (db: Executor, callId: string): Promise<ParagraphRow | undefined> => {
  const [row] = await db.select().from(paragraphs).where(eq(paragraphs.silenceCallId, callId)).for("update");
  return row;
};

/** Gives paragraphs their new place in the outline; only the rows that change are written. */
export async function placeAll(
  db: Executor,
  before: readonly Pick<ParagraphRow, "id" | "position" | "level">[],
  after: readonly { id: string; position: number; level: number }[],
  now: Date,
): Promise<ParagraphRow[]> {
  const was = new Map(before.map((row) => [row.id, row]));
  const changed: ParagraphRow[] = [];
  for (const next of after) {
    const row = was.get(next.id);
    if (!row || (row.position === next.position && row.level === next.level)) continue;
    changed.push(
      await one(
        db
          .update(paragraphs)
          .set({ position: next.position, level: next.level, updatedAt: now })
          .where(eq(paragraphs.id, next.id))
          .returning(),
        "No such paragraph.",
      ),
    );
  }
  return changed;
}

/** Takes a paragraph out of its draft, keeping the row (and its versions) for the history. */
export const markDeleted = (
  db: Executor,
  id: string,
  values: { deletedAt: Date; deletedBy: string; deletionNote: string; deletedLabel: string },
) => one(db.update(paragraphs).set(values).where(eq(paragraphs.id, id)).returning(), "No such paragraph.");

/** The pending proposals on a paragraph, row-locked. */
export const pendingOn = (db: Executor, paragraphId: string) =>
  db
    .select()
    .from(draftProposals)
    .where(and(eq(draftProposals.paragraphId, paragraphId), eq(draftProposals.status, "pending")))
    .for("update");

export const insertParagraph = (db: Executor, values: ParagraphRow) =>
  one(db.insert(paragraphs).values(values).returning(), "insert returned nothing");

export const updateParagraph = (
  db: Executor,
  id: string,
  values: Partial<Pick<ParagraphRow, "text" | "state" | "version" | "silenceCallId" | "updatedAt">>,
) =>
  one(db.update(paragraphs).set(values).where(eq(paragraphs.id, id)).returning(), "No such paragraph.", {
    code: "paragraph_not_found",
  });

export const insertParagraphVersion = (db: Executor, values: ParagraphVersionRow) =>
  one(db.insert(paragraphVersions).values(values).returning(), "insert returned nothing");

export const getParagraphVersion = (db: Executor, paragraphId: string, version: number) =>
  one(
    db
      .select()
      .from(paragraphVersions)
      .where(and(eq(paragraphVersions.paragraphId, paragraphId), eq(paragraphVersions.version, version))),
    "No such version of the paragraph.",
    { code: "paragraph_version_not_found" },
  );

export const getProposal = (db: Executor, consultationId: string, id: string) =>
  one(
    db
      .select()
      .from(draftProposals)
      .where(and(eq(draftProposals.consultationId, consultationId), eq(draftProposals.id, id)))
      .for("update"),
    "No such proposal.",
    { code: "proposal_not_found" },
  );

export async function countProposals(db: Executor, draftId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(draftProposals).where(eq(draftProposals.draftId, draftId));
  return row?.n ?? 0;
}

export async function countPendingOn(db: Executor, paragraphId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(draftProposals)
    .where(and(eq(draftProposals.paragraphId, paragraphId), eq(draftProposals.status, "pending")));
  return row?.n ?? 0;
}

export const insertProposal = (db: Executor, values: ProposalRow) =>
  one(db.insert(draftProposals).values(values).returning(), "insert returned nothing");

export const updateProposal = (
  db: Executor,
  id: string,
  values: Partial<
    Pick<
      ProposalRow,
      "status" | "decidedAt" | "decidedBy" | "decisionNote" | "resultingParagraphId" | "resultingVersion"
    >
  >,
) =>
  one(db.update(draftProposals).set(values).where(eq(draftProposals.id, id)).returning(), "No such proposal.", {
    code: "proposal_not_found",
  });

export async function countParagraphs(db: Executor, draftId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(paragraphs)
    .where(and(eq(paragraphs.draftId, draftId), isNull(paragraphs.deletedAt)));
  return row?.n ?? 0;
}
