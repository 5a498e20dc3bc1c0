import { z } from "zod";

/** Every error a command can answer with. The client words them; the server only names them. */
export const errorCodes = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "INTERNAL",
  "PAYLOAD_TOO_LARGE",
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One zod issue, reduced to what a sender needs to fix its payload. */
export const validationIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

/**
 * Why a command was refused, for the client to say in the person's language: a code from
 * {@link reasonCodes} (a newer server may send one this client does not know: it then falls back
 * to the words for the error code) and the values the sentence needs.
 */
export const refusalReasonSchema = z.object({
  code: z.string().max(80),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  /** The server's own words, in English, for logs and reports; the client shows `reason` instead. */
  message: z.string(),
  issues: z.array(validationIssueSchema).optional(),
  reason: refusalReasonSchema.optional(),
});
/** The error half of every acknowledgement and every HTTP error body. */
export type AppError = z.infer<typeof appErrorSchema>;

/** The reasons the server names; each has a sentence in every language of the client. */
export const reasonCodes = [
  "consultation_not_live",
  "consultation_closed",
  "no_item_open",
  "floor_already_requested",
  "floor_nobody_waiting",
  "floor_nobody_speaking",
  "floor_request_not_waiting",
  "paragraph_has_brackets",
  "paragraph_under_silence",
  "paragraph_already_in_state",
  "paragraph_pending_proposals",
  "paragraph_changed",
  "paragraph_not_bracketed",
  "paragraph_deleted",
  "paragraph_has_sub_paragraphs",
  "outline_inside_block",
  "outline_other_kind",
  "outline_breaks_outline",
  "passage_selection_stale",
  "silence_needs_ad_referendum",
  "call_closed",
  "call_deadline_passed",
  "call_already_open",
  "poll_not_open",
  "poll_closed",
  "item_other_open",
  "invitation_invalid",
  "invitation_revoked",
  "invitation_expired",
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/** The shape every acknowledgement takes. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** Turns zod issues into the wire shape (symbols in paths are dropped: they cannot cross JSON). */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issue.message,
  }));
}
