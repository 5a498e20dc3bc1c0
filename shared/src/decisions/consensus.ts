import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { limits } from "../domain/limits.js";
import {
  type ConsensusOutcome,
  consensusCallStatusSchema,
  consensusCloserSchema,
  consensusOutcomeSchema,
  consensusSubjectSchema,
  objectionStatusSchema,
} from "./enums.js";

const isoTime = z.iso.datetime({ offset: true });

/** The chair puts a text to the room; it is adopted unless an objection stands when it closes. */
export const consensusCallSchema = z.object({
  id: idSchema,
  subject: consensusSubjectSchema,
  /** The item whose conclusion is proposed, or the expectation's item (may be null). */
  itemId: idSchema.nullable(),
  /** For an expectation: which one, and which of its versions is put to the room. */
  expectationId: idSchema.nullable(),
  expectationVersion: z.number().int().positive().nullable(),
  /** The proposed conclusion, or the expectation's scenario for display. */
  text: z.string().max(limits.conclusion),
  /** Objections are accepted strictly before this moment; the server closes the call at it. */
  deadlineAt: isoTime,
  status: consensusCallStatusSchema,
  outcome: consensusOutcomeSchema.nullable(),
  closedBy: consensusCloserSchema.nullable(),
  calledAt: isoTime,
  closedAt: isoTime.nullable(),
});
export type ConsensusCall = z.infer<typeof consensusCallSchema>;

/** One delegation's objection to a call; it may be withdrawn (and raised again) before the deadline. */
export const objectionSchema = z.object({
  id: idSchema,
  callId: idSchema,
  delegationId: idSchema,
  /** The delegate who raised or last changed it. */
  participantId: idSchema,
  reason: z.string().max(limits.reason),
  status: objectionStatusSchema,
  raisedAt: isoTime,
  withdrawnAt: isoTime.nullable(),
});
export type Objection = z.infer<typeof objectionSchema>;

/** The consensus rule: one standing objection blocks adoption; withdrawn objections do not. Pure. */
export function consensusOutcome(objections: readonly { status: string }[]): ConsensusOutcome {
  return objections.some((objection) => objection.status === "standing") ? "not_adopted" : "adopted";
}
