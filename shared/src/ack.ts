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

/** What each error code means, for the protocol reference (`shared/README.md` is generated from it). */
export const errorCodeMeanings = {
  VALIDATION: "the payload does not match the schema; `issues` lists `{ path, message }`",
  UNAUTHENTICATED: "no valid session (handshake, HTTP)",
  FORBIDDEN: "the sender's role may not do this, or it is another delegation's business",
  NOT_FOUND: "no such item, request, … in this consultation",
  CONFLICT:
    "not now: e.g. giving the floor when no item is open, a second open item, a closed meeting; `reason` says which",
  RATE_LIMITED: "too many commands too fast",
  UNAVAILABLE: "the database is unreachable; try again (the same key is safe)",
  INTERNAL: "a fault on the server; nothing was changed",
  PAYLOAD_TOO_LARGE: "the message or HTTP body is over its size limit (64 KB a socket message, 256 KB an HTTP body)",
} as const satisfies Record<ErrorCode, string>;

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
  "paragraph_already_placed",
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
  "not_found",
  "floor_request_not_found",
  "floor_withdraw_not_yours",
  "floor_already_given",
  "agenda_full",
  "item_not_found",
  "item_not_pending",
  "item_concluded",
  "item_not_open",
  "item_not_concluded",
  "item_already_open",
  "item_reopen_not_open",
  "agenda_order_incomplete",
  "observers_cannot_object",
  "consulted_cannot_block",
  "expectation_version_adopted",
  "objection_already_standing",
  "objection_none_standing",
  "call_not_found",
  "objection_not_found",
  "consultation_not_found",
  "delegation_not_found",
  "invitation_not_found",
  "decision_rule_locked",
  "delegation_name_taken",
  "consultation_status_move",
  "confidentiality_only_stricter",
  "cosignatory_not_yours",
  "cosignature_already_confirmed",
  "cosignature_already_declined",
  "joint_statement_lapsed",
  "cosignature_not_found",
  "joint_statement_not_found",
  "expectation_not_found",
  "amendment_not_found",
  "amendments_full",
  "amendment_already_decided",
  "expectations_full",
  "acceptance_before_adoption",
  "expectation_under_consensus",
  "expectation_agreed",
  "acceptance_tccs_only",
  "ballots_export_needs_record",
  "summary_final",
  "summary_revision_stale",
  "summary_unknown_item",
  "summary_poll_open",
  "summary_call_open",
  "summary_not_final",
  "summary_not_json",
  "mail_not_configured",
  "disclosure_not_given",
  "command_key_reused",
  "briefing_already_withdrawn",
  "briefing_secretariat_only",
  "briefing_withdrawn",
  "briefing_not_circulated_to_you",
  "briefing_not_found",
  "briefing_empty",
  "briefing_not_pdf",
  "briefing_incomplete",
  "briefing_too_large",
  "mission_not_found",
  "mission_name_taken",
  "mission_consultation_not_found",
  "mission_expectation_not_found",
  "mission_expectation_ended",
  "mission_supersede_needs_replacement",
  "consultation_not_in_mission",
  "delegation_not_registered",
  "observers_do_not_vote",
  "consulted_do_not_vote",
  "poll_not_found",
  "poll_key_incomplete",
  "polls_full",
  "poll_already_open",
  "poll_waiting_key_share",
  "poll_named_no_trustees",
  "poll_named_no_board",
  "poll_key_fixed",
  "poll_nothing_to_decrypt",
  "poll_not_trustee",
  "poll_share_in",
  "poll_chair_not_trustee",
  "poll_chair_share_in",
  "ballot_copied",
  "ballot_missing",
  "ballot_empty",
  "ballot_unknown_option",
  "ballot_too_many_choices",
  "position_item_concluded",
  "position_revisions_full",
  "position_no_draft",
  "drafts_delegation_only",
  "draft_not_found",
  "paragraph_not_found",
  "paragraph_version_not_found",
  "proposal_not_found",
  "draft_paragraphs_full",
  "paragraph_other_draft",
  "paragraph_kind_mismatch",
  "proposal_already_decided",
  "display_paragraph_not_agreed",
  "expectation_no_item",
  "decisive_vote_not_deciding",
  "proposal_text_moved",
  "proposals_full",
  "proposal_withdraw_sponsor_only",
  "drafts_full",
  "text_unchanged",
  "not_signed_in",
  "session_invalid",
  "session_signed_out",
  "session_replaced",
  "session_revoked",
  "session_expired",
  "session_idle",
  "invitation_used_up",
  "request_not_from_trilogue",
  "operator_not_signed_in",
  "operator_token_off",
  "operator_token_wrong",
  "operator_route_without_roles",
  "operator_role_not_allowed",
  "audit_chair_only",
  "too_many_connections",
  "role_not_allowed",
  "record_altered",
  "delegation_on_record",
  "item_text_on_record",
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
