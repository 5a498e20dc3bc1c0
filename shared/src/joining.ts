import { z } from "zod";
import { decisionRuleSchema } from "./decisions/decision-rule.js";
import { displayNameSchema } from "./domain/display-name.js";
import { idSchema, participantSchema } from "./domain/entities.js";
import { roleSchema } from "./domain/enums.js";

/* What a person's browser sends and receives to join a consultation, and the display's link: kept
   apart from the operator's bodies so that the invitation page loads none of them. */

/** POST /api/join: exchange an invitation token for a session cookie. */
export const joinBodySchema = z.strictObject({
  token: z.string().min(16).max(128),
  displayName: displayNameSchema,
});
export type JoinBody = z.infer<typeof joinBodySchema>;

export const joinResultSchema = z.object({
  consultationId: idSchema,
  participant: participantSchema,
});
export type JoinResult = z.infer<typeof joinResultSchema>;

/** The invitation link's token, to preview what it is for. */
export const invitationPreviewBodySchema = z.strictObject({ token: z.string().min(16).max(128) });

/** What an invitation is for, before the person gives a name. */
export const invitationPreviewSchema = z.object({
  consultationTitle: z.string(),
  role: roleSchema,
  delegationName: z.string().nullable(),
  /** Who decides in the consultation, shown before the person joins. */
  decisionRule: decisionRuleSchema.optional(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** POST /api/display-link (the chair) and /api/operator/consultations/:id/display-link: a link for the room display. */
export const displayLinkSchema = z.object({
  /** `PUBLIC_URL/display#<token>`: an observer's link that opens the room display. */
  url: z.string(),
  expiresAt: z.string(),
});
export type DisplayLink = z.infer<typeof displayLinkSchema>;
