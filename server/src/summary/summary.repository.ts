import { emptyNarrative, type SummaryNarrative, summaryNarrativeSchema } from "@trilogue/shared";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { summaries } from "../db/schema.js";

export type SummaryRow = typeof summaries.$inferSelect;

/** A consultation's summary row, or what an untouched draft would be. */
export type StoredSummary = {
  status: "draft" | "final";
  revision: number;
  narrative: SummaryNarrative;
  editedAt: Date | null;
  finalisedAt: Date | null;
  coveredSeq: number | null;
  document: string | null;
  digest: string | null;
};

function fromRow(row: SummaryRow | undefined): StoredSummary {
  if (!row) {
    return {
      status: "draft",
      revision: 0,
      narrative: emptyNarrative(),
      editedAt: null,
      finalisedAt: null,
      coveredSeq: null,
      document: null,
      digest: null,
    };
  }
  return {
    status: row.status === "final" ? "final" : "draft",
    revision: row.revision,
    narrative: summaryNarrativeSchema.parse(row.narrative),
    editedAt: row.editedAt,
    finalisedAt: row.finalisedAt,
    coveredSeq: row.coveredSeq,
    document: row.document,
    digest: row.digest,
  };
}

export async function findSummary(db: Executor, consultationId: string): Promise<StoredSummary> {
  const [row] = await db.select().from(summaries).where(eq(summaries.consultationId, consultationId));
  return fromRow(row);
}

/** Saves a new revision of the draft; never touches a final summary. */
export async function saveDraft(
  db: Executor,
  input: { consultationId: string; revision: number; narrative: SummaryNarrative; editedBy: string; editedAt: Date },
): Promise<void> {
  const values = {
    status: "draft" as const,
    revision: input.revision,
    narrative: input.narrative,
    editedBy: input.editedBy,
    editedAt: input.editedAt,
  };
  await db
    .insert(summaries)
    .values({ consultationId: input.consultationId, ...values })
    .onConflictDoUpdate({ target: summaries.consultationId, set: values, setWhere: eq(summaries.status, "draft") });
}

/** Makes the summary final, storing the document exactly as digested. */
export async function saveFinal(
  db: Executor,
  input: {
    consultationId: string;
    revision: number;
    narrative: SummaryNarrative;
    finalisedBy: string;
    finalisedAt: Date;
    coveredSeq: number;
    document: string;
    digest: string;
  },
): Promise<void> {
  const values = {
    status: "final" as const,
    revision: input.revision,
    narrative: input.narrative,
    finalisedBy: input.finalisedBy,
    finalisedAt: input.finalisedAt,
    coveredSeq: input.coveredSeq,
    document: input.document,
    digest: input.digest,
  };
  await db
    .insert(summaries)
    .values({ consultationId: input.consultationId, ...values })
    .onConflictDoUpdate({ target: summaries.consultationId, set: values, setWhere: eq(summaries.status, "draft") });
}

/** The final summary of a consultation whose digest is this one, if any. */
export async function findFinalByDigest(db: Executor, consultationId: string, digest: string) {
  const [row] = await db
    .select()
    .from(summaries)
    .where(
      and(eq(summaries.consultationId, consultationId), eq(summaries.status, "final"), eq(summaries.digest, digest)),
    );
  return row ? fromRow(row) : null;
}
