import { constituencySchema, paragraphKindSchema, paragraphStateSchema, proposalKindSchema } from "@trilogue/shared";
import { z } from "zod";
import type { SummaryDraft } from "./drafts-for-summary.js";

/**
 * The drafts of mandate language as the summary document carries them: the schema of what
 * `draftForSummary` builds, attributed per the confidentiality mode when it is built.
 */

const count = z.number().int().min(0);

/** Who put text forward: a delegation on the record only, its constituencies otherwise. */
export const summarySponsorSchema = z.object({
  /** On the record only; null otherwise. */
  delegation: z.string().nullable(),
  constituencies: z.array(constituencySchema),
});

/** One numbered paragraph (PP1, OP2) with its state and its text, brackets and all. */
export const summaryDraftParagraphSchema = z.object({
  kind: paragraphKindSchema,
  number: count,
  label: z.string(),
  state: paragraphStateSchema,
  text: z.string(),
  hasBrackets: z.boolean(),
  version: z.number().int().positive(),
  /** Null when closed, or when the chair or secretary wrote the paragraph. */
  sponsor: summarySponsorSchema.nullable(),
  coSponsors: z.array(summarySponsorSchema),
});

/** A proposal still before the chair (none when closed: outcomes only). */
export const summaryDraftProposalSchema = z.object({
  /** The paragraph it amends ("OP2"); null for a new paragraph. */
  paragraph: z.string().nullable(),
  kind: proposalKindSchema,
  passage: z.string(),
  text: z.string(),
  sponsor: summarySponsorSchema,
  coSponsors: z.array(summarySponsorSchema),
});

/** A draft text opened on an agenda item. */
export const summaryDraftSchema = z.object({
  title: z.string(),
  /** The agenda item's number (1-based), when known. */
  itemNumber: z.number().int().positive().nullable(),
  paragraphs: z.array(summaryDraftParagraphSchema),
  pendingProposals: z.array(summaryDraftProposalSchema),
  /** Paragraphs in each state. */
  counts: z.object({ bracketed: count, agreed_ad_referendum: count, agreed: count }),
});
export type SummaryDocumentDraft = z.infer<typeof summaryDraftSchema>;

/** Compile-time check: what `draftForSummary` builds is what the schema accepts. */
export const asDocumentDrafts = (drafts: SummaryDraft[]): SummaryDocumentDraft[] => drafts;
