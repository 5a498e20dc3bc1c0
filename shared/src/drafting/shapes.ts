import { z } from "zod";
import { stanceSchema } from "../decisions/enums.js";
import { statementSchema } from "../decisions/positions.js";
import { idSchema, text } from "../domain/entities.js";
import { constituencySchema } from "../domain/enums.js";
import { limits } from "../domain/limits.js";
import { paragraphTextSchema } from "./entities.js";
import { paragraphKindSchema, paragraphStateSchema } from "./enums.js";
import { maxParagraphLevel } from "./numbering.js";

/**
 * The payload fields of the drafting and joint-statement commands; `commands.ts` wraps each in
 * `command(...)`. Passages and amendment words are not trimmed: a space can matter to where they go.
 */

const version = z.number().int().positive();
const note = z.string().trim().max(limits.reason).default("");
const passage = z.string().min(1).max(limits.passage);
/** Where a selected passage starts in the base version's text; absent when it was typed. */
const at = z.number().int().min(0).max(limits.paragraphText).optional();
const level = z.number().int().min(0).max(maxParagraphLevel);
const words = z.string().min(1).max(limits.paragraphText);
const delegationList = z
  .array(idSchema)
  .max(limits.coSignatories)
  .refine((list) => new Set(list).size === list.length, "must not repeat");
const onBehalfOf = z.string().trim().max(limits.name).default("");

/** What a proposal changes: a new paragraph, or one amendment of an existing paragraph. */
export const proposalChangeSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("new_paragraph"),
    paragraphKind: paragraphKindSchema,
    text: paragraphTextSchema,
    /** The paragraph it should follow (of the same kind); null = at the end of its kind. */
    afterParagraphId: idSchema.nullable().default(null),
  }),
  z.strictObject({ kind: z.literal("replace"), paragraphId: idSchema, baseVersion: version, passage, at, text: words }),
  z.strictObject({
    kind: z.literal("insert"),
    paragraphId: idSchema,
    baseVersion: version,
    /** The passage the words go after; "" puts them at the start. */
    after: z.string().max(limits.passage),
    at,
    text: words,
  }),
  z.strictObject({ kind: z.literal("delete"), paragraphId: idSchema, baseVersion: version, passage, at }),
  z.strictObject({
    kind: z.literal("alternative"),
    paragraphId: idSchema,
    baseVersion: version,
    text: paragraphTextSchema,
  }),
]);
export type ProposalChange = z.infer<typeof proposalChangeSchema>;

export const draftingShapes = {
  draftOpen: { itemId: idSchema, title: text(limits.title) },
  paragraphAdd: {
    draftId: idSchema,
    kind: paragraphKindSchema,
    text: paragraphTextSchema,
    afterParagraphId: idSchema.nullable().default(null),
    /** 0 a paragraph, 1 a sub-paragraph of the one before it, 2 a sub-sub-paragraph. */
    level: level.default(0),
  },
  /** Deleting names the version seen, like an edit: nobody deletes text they have not read. */
  paragraphDelete: { paragraphId: idSchema, baseVersion: version, note },
  /**
   * Moves a paragraph with its sub-paragraphs before another of its kind (null = to the end of its
   * kind), and/or to another level of the outline (absent = keeps its level).
   */
  paragraphMove: { paragraphId: idSchema, beforeParagraphId: idSchema.nullable(), level: level.optional() },
  /** `baseVersion` is the version the edit started from: a stale one is a CONFLICT, never last-write-wins. */
  paragraphEdit: { paragraphId: idSchema, baseVersion: version, text: paragraphTextSchema, note },
  paragraphSetState: { paragraphId: idSchema, baseVersion: version, state: paragraphStateSchema, note },
  propose: {
    draftId: idSchema,
    change: proposalChangeSchema,
    rationale: note,
    /** The group the sponsor speaks for, e.g. "the African Group"; may be empty. */
    onBehalfOf,
    /** Co-sponsors; each counts once it confirms. */
    coSponsors: delegationList.default([]),
  },
  proposalRef: { proposalId: idSchema },
  /** `text` lets the chair merge with its own wording (e.g. combining alternatives). */
  proposalMerge: { proposalId: idSchema, baseVersion: version.nullable(), text: paragraphTextSchema.optional(), note },
  proposalReject: { proposalId: idSchema, note },
  jointPosition: {
    itemId: idSchema,
    stance: stanceSchema,
    statement: statementSchema.default(""),
    onBehalfOf,
    coSignatories: delegationList.refine((list) => list.length > 0, "name at least one co-signatory"),
  },
  coSignatureRef: { coSignatureId: idSchema },
  disclosure: { constituency: constituencySchema, allowed: z.boolean() },
} as const;
