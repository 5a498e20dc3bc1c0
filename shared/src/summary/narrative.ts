import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { limits } from "../domain/limits.js";

/** The secretary's narrative of the summary: what the live state cannot say by itself. */
export const summaryNarrativeSchema = z.strictObject({
  /** The opening overview of the meeting. */
  overview: z.string().trim().max(limits.summaryOverview).default(""),
  /** A summary of the discussion for each agenda item that has one. */
  items: z
    .array(
      z.strictObject({
        itemId: idSchema,
        summary: z.string().trim().max(limits.summaryItemNarrative),
      }),
    )
    .max(limits.agendaItems)
    .refine((list) => new Set(list.map((entry) => entry.itemId)).size === list.length, "one summary per item")
    .default([]),
  /** What is to be done after the meeting, and by whom. */
  followUp: z
    .array(
      z.strictObject({
        action: z.string().trim().min(1).max(limits.followUpAction),
        responsible: z.string().trim().max(limits.name).default(""),
      }),
    )
    .max(limits.followUpActions)
    .default([]),
});
export type SummaryNarrative = z.infer<typeof summaryNarrativeSchema>;

/** An empty narrative: where every draft starts. */
export const emptyNarrative = (): SummaryNarrative => ({ overview: "", items: [], followUp: [] });

/** The formats a summary exports to; `csv` is the open polls' ballots, on the record only. */
export const summaryFormats = ["md", "pdf", "docx", "json", "csv"] as const;
export const summaryFormatSchema = z.enum(summaryFormats);
export type SummaryFormat = z.infer<typeof summaryFormatSchema>;

/** A SHA-256 digest in lower-case hex. */
export const digestSchema = z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 digest in hex");

/** GET /api/consultations/:id/summary: where the summary stands. */
export const summaryStateSchema = z.object({
  status: z.enum(["draft", "final"]),
  /** Bumped by every edit; an edit names the revision it started from. */
  revision: z.number().int().min(0),
  /** The draft narrative; null for those who may not read a draft (delegations before it is final). */
  narrative: summaryNarrativeSchema.nullable(),
  editedAt: z.iso.datetime({ offset: true }).nullable(),
  finalisedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Set once final: the SHA-256 of the canonical JSON and the last event it covers. */
  digest: digestSchema.nullable(),
  coveredSeq: z.number().int().min(0).nullable(),
  /** Set once final: the hash of event `coveredSeq` in the tamper-evident event log (absent on older summaries). */
  coveredHash: digestSchema.nullable() /**
   * The last event of the log this answer reflects: it is out of date exactly when a later event
   * changes the summary (`summaryIsStale`), which a client learns from the events it applies.
   */,
  seq: z.number().int().min(0),
});
export type SummaryState = z.infer<typeof summaryStateSchema>;

/** GET or POST /api/consultations/:id/summary/verify: whether a digest or a file is the final summary. */
export const summaryVerificationSchema = z.object({
  valid: z.boolean(),
  /** The digest that was checked (computed from the file when one was posted). */
  digest: z.string(),
  /** Set when valid. */
  coveredSeq: z.number().int().min(0).nullable(),
  finalisedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type SummaryVerification = z.infer<typeof summaryVerificationSchema>;
