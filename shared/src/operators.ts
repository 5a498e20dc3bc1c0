import { z } from "zod";

/** Operator roles: administrator (everything), conference officer (consultations, invitations), auditor (reads). */
export const operatorRoles = ["administrator", "conference_officer", "auditor"] as const;
export const operatorRoleSchema = z.enum(operatorRoles);
export type OperatorRole = z.infer<typeof operatorRoleSchema>;

/** GET /api/operator/me: who is signed in on the operator screen. */
export const operatorMeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  role: operatorRoleSchema,
  /** How they signed in: the organisation's OpenID provider, or the shared operator token. */
  via: z.enum(["oidc", "token"]),
});
export type OperatorMe = z.infer<typeof operatorMeSchema>;

/** GET /api/operator-sign-in: which ways of signing in this server offers (no credential needed). */
export const operatorSignInOptionsSchema = z.object({
  /** The organisation's provider, when OpenID Connect is configured. */
  oidc: z.object({ providerName: z.string() }).nullable(),
  /** Whether the operator token is accepted. */
  token: z.boolean(),
  /** Whether invitations can be sent by email (SMTP_URL is set). */
  mail: z.boolean(),
});
export type OperatorSignInOptions = z.infer<typeof operatorSignInOptionsSchema>;

/** The operator who caused an audit-trail entry. */
export const operatorActorSchema = z.object({ id: z.uuid(), name: z.string(), role: operatorRoleSchema });
export type OperatorActor = z.infer<typeof operatorActorSchema>;

/** The state of an invitation's email: queued, sent, or failed (retried while `nextAttemptAt` is set). */
export const invitationMailStatuses = ["queued", "sent", "failed"] as const;
export const invitationMailStatusSchema = z.enum(invitationMailStatuses);
export type InvitationMailStatus = z.infer<typeof invitationMailStatusSchema>;

/** The latest email of one invitation, as the operator sees it (never the link). */
export const invitationMailSchema = z.object({
  id: z.uuid(),
  invitationId: z.uuid(),
  recipient: z.string(),
  status: invitationMailStatusSchema,
  attempts: z.number().int().min(0),
  /** Why the last attempt failed (the mail server's answer). */
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type InvitationMail = z.infer<typeof invitationMailSchema>;

/** POST /api/operator/consultations/:id/invitations/:invitationId/send: mail a fresh link to this address. */
export const sendInvitationBodySchema = z.strictObject({ email: z.email().max(254) });
export type SendInvitationBody = z.infer<typeof sendInvitationBodySchema>;

/** One change an operator made (GET /api/operator/consultations/:id/operator-actions). */
export const operatorActionSchema = z.object({
  at: z.string(),
  /** `METHOD /route/pattern`, e.g. `POST /api/operator/consultations/:id/invitations`. */
  action: z.string(),
  /** The invitation or entity the action was about, when there is one. */
  targetId: z.uuid().nullable(),
  operator: operatorActorSchema,
  /** The consultation events the action produced, when it produced any. */
  seqs: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
});
export type OperatorAction = z.infer<typeof operatorActionSchema>;
