import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { limits } from "../domain/limits.js";
import { stanceSchema } from "./enums.js";

const isoTime = z.iso.datetime({ offset: true });

/** A statement: plain text, possibly empty (a stance alone is a position). */
export const statementSchema = z.string().trim().max(limits.statement);

/** A delegation's published position on an item: its latest version. */
export const positionSchema = z.object({
  id: idSchema,
  itemId: idSchema,
  delegationId: idSchema,
  stance: stanceSchema,
  statement: statementSchema,
  /** 1 for the first publication; every revision adds one. */
  version: z.number().int().positive(),
  /** The delegate who published this version. */
  publishedBy: idSchema,
  publishedAt: isoTime,
});
export type Position = z.infer<typeof positionSchema>;

/** One published version of a position, kept for good. */
export const positionVersionSchema = z.object({
  id: idSchema,
  positionId: idSchema,
  itemId: idSchema,
  delegationId: idSchema,
  version: z.number().int().positive(),
  stance: stanceSchema,
  statement: statementSchema,
  publishedBy: idSchema,
  publishedAt: isoTime,
});
export type PositionVersion = z.infer<typeof positionVersionSchema>;

/**
 * A delegation's unpublished draft on an item. Private to the delegation: it is not in the live
 * state or the event log; members read it with GET /api/positions/drafts.
 */
export const positionDraftSchema = z.object({
  itemId: idSchema,
  delegationId: idSchema,
  stance: stanceSchema,
  statement: statementSchema,
  savedBy: idSchema,
  savedAt: isoTime,
});
export type PositionDraft = z.infer<typeof positionDraftSchema>;

/** GET /api/positions/drafts: the signed-in member's delegation's drafts. */
export const positionDraftsResultSchema = z.object({ drafts: z.array(positionDraftSchema) });
export type PositionDraftsResult = z.infer<typeof positionDraftsResultSchema>;
