import { z } from "zod";
import { idSchema, text } from "../domain/entities.js";
import { constituencySchema } from "../domain/enums.js";
import { limits } from "../domain/limits.js";
import { bracketsBalanced } from "./brackets.js";
import {
  coSignatureStatusSchema,
  jointSubjectSchema,
  paragraphKindSchema,
  paragraphStateSchema,
  proposalKindSchema,
  proposalStatusSchema,
} from "./enums.js";
import { maxParagraphLevel } from "./numbering.js";

const isoTime = z.iso.datetime({ offset: true });

/** A paragraph's wording: trimmed, non-empty, with balanced brackets. */
export const paragraphTextSchema = text(limits.paragraphText).refine(bracketsBalanced, "brackets must balance");

/** A text opened on an agenda item, e.g. "Elements for mandate language". */
export const draftSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  title: z.string().max(limits.title),
  openedBy: idSchema,
  openedAt: isoTime,
});
export type Draft = z.infer<typeof draftSchema>;

/** One paragraph in its current version; numbered the UN way by `numberParagraphs`. */
export const paragraphSchema = z.object({
  id: idSchema,
  draftId: idSchema,
  kind: paragraphKindSchema,
  /** Order within the draft; preambular paragraphs always come before operative ones. */
  position: z.number().int().min(0),
  /** 0 a paragraph, 1 a sub-paragraph ((a)), 2 a sub-sub-paragraph ((i)); see `numberParagraphs`. */
  level: z.number().int().min(0).max(maxParagraphLevel).default(0),
  text: z.string().max(limits.paragraphText),
  state: paragraphStateSchema,
  /** Bumped by every change of text or state: the chair's edits name the version they start from. */
  version: z.number().int().positive(),
  /** The delegation whose proposal created it; null when the chair or secretary wrote it. */
  sponsorDelegationId: idSchema.nullable(),
  /** The silence procedure (a consensus call) it was last put to, if any. */
  silenceCallId: idSchema.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** Every version of every paragraph, kept for good with its author: the history and the redline. */
export const paragraphVersionSchema = z.object({
  id: idSchema,
  paragraphId: idSchema,
  draftId: idSchema,
  version: z.number().int().positive(),
  text: z.string().max(limits.paragraphText),
  state: paragraphStateSchema,
  /** Who wrote it; null when the close of a silence procedure made it. */
  authorId: idSchema.nullable(),
  /** The delegation whose proposal it took in, if any. */
  authorDelegationId: idSchema.nullable(),
  proposalId: idSchema.nullable(),
  /** The silence procedure whose close made it, if any. */
  callId: idSchema.nullable(),
  /** The chair's or secretary's note on the change. */
  note: z.string().max(limits.reason),
  createdAt: isoTime,
});
export type ParagraphVersion = z.infer<typeof paragraphVersionSchema>;

/**
 * A paragraph deleted from a draft, kept for the draft's history: who deleted it, when, and the
 * text it held. Keyed by the paragraph's id; its versions stay in `paragraphVersions`.
 */
export const paragraphDeletionSchema = z.object({
  id: idSchema,
  draftId: idSchema,
  kind: paragraphKindSchema,
  /** Its reference when it was deleted, e.g. "OP3 (b)". */
  label: z.string().max(limits.name),
  text: z.string().max(limits.paragraphText),
  /** The version deleted. */
  version: z.number().int().positive(),
  deletedBy: idSchema,
  deletedAt: isoTime,
  note: z.string().max(limits.reason),
});
export type ParagraphDeletion = z.infer<typeof paragraphDeletionSchema>;

/**
 * A delegation's proposal: kept as its own record, so two delegations amending one paragraph at
 * once never overwrite each other; the chair merges or rejects each.
 */
export const draftProposalSchema = z.object({
  id: idSchema,
  draftId: idSchema,
  /** The paragraph amended; null for a new paragraph. */
  paragraphId: idSchema.nullable(),
  kind: proposalKindSchema,
  /** The paragraph's version the proposal was written against; null for a new paragraph. */
  baseVersion: z.number().int().positive().nullable(),
  /** The passage replaced or deleted, or the one inserted after ("" = at the start); else "". */
  passage: z.string().max(limits.passage),
  /** Where the passage starts in the base version, when the delegate selected it in the text. */
  passageAt: z.number().int().min(0).nullable().default(null),
  /** The new wording (replacement, insertion, alternative, new paragraph); "" for a deletion. */
  text: z.string().max(limits.paragraphText),
  /** For a new paragraph: its kind, and the paragraph it follows (null = at the end of its kind). */
  paragraphKind: paragraphKindSchema.nullable(),
  afterParagraphId: idSchema.nullable(),
  rationale: z.string().max(limits.reason),
  /** The sponsor. Co-sponsors are the co-signatories of its joint statement. */
  delegationId: idSchema,
  proposedBy: idSchema,
  status: proposalStatusSchema,
  proposedAt: isoTime,
  decidedAt: isoTime.nullable(),
  decisionNote: z.string().max(limits.reason).nullable(),
  /** The paragraph and version a merge produced. */
  resultingParagraphId: idSchema.nullable(),
  resultingVersion: z.number().int().positive().nullable(),
});
export type DraftProposal = z.infer<typeof draftProposalSchema>;

/**
 * A position or proposal made "on behalf of" a group: the sponsor names its co-signatories, and it
 * counts for each only once that one confirms.
 */
export const jointStatementSchema = z.object({
  id: idSchema,
  subject: jointSubjectSchema,
  /** The position or proposal. */
  subjectId: idSchema,
  /** The position's version the co-signatories are asked to confirm (1 for a proposal). */
  subjectVersion: z.number().int().positive(),
  itemId: idSchema,
  sponsorDelegationId: idSchema,
  /** The group's name as the sponsor gives it (e.g. "the African Group"); may be empty. */
  onBehalfOf: z.string().max(limits.name),
  createdBy: idSchema,
  createdAt: isoTime,
});
export type JointStatement = z.infer<typeof jointStatementSchema>;

/** One co-signatory of a joint statement and its answer. */
export const coSignatureSchema = z.object({
  id: idSchema,
  jointId: idSchema,
  delegationId: idSchema,
  status: coSignatureStatusSchema,
  invitedAt: isoTime,
  /** The delegate who answered for the co-signatory. */
  decidedBy: idSchema.nullable(),
  decidedAt: isoTime.nullable(),
});
export type CoSignature = z.infer<typeof coSignatureSchema>;

/**
 * The chair's leave to show a constituency that has a single delegation in breakdowns; its
 * "group" figure would name that delegation. Keyed by the constituency.
 */
export const breakdownDisclosureSchema = z.object({
  id: constituencySchema,
  allowedBy: idSchema,
  allowedAt: isoTime,
});
export type BreakdownDisclosure = z.infer<typeof breakdownDisclosureSchema>;
