import { z } from "zod";
import { auditPageSchema, chainReportSchema } from "../audit.js";
import {
  agendaItemSchema,
  consultationSchema,
  delegationSchema,
  idSchema,
  participantSchema,
} from "../domain/entities.js";
import {
  createConsultationBodySchema,
  invitationSchema,
  issueInvitationBodySchema,
  registerDelegationBodySchema,
  updateConsultationBodySchema,
  updateDelegationBodySchema,
  updateItemBodySchema,
} from "../http.js";
import { displayLinkSchema } from "../joining.js";
import {
  invitationMailSchema,
  type OperatorRole,
  operatorActionSchema,
  operatorMeSchema,
  operatorSignInOptionsSchema,
  sendInvitationBodySchema,
} from "../operators.js";
import { mediaTypes, route } from "./define.js";

/** Who may call an operator route, in the three sets the tables use. */
export const operatorRoleSets = {
  /** Every operator: administrators, conference officers and auditors (who read, never change). */
  everyone: ["administrator", "conference_officer", "auditor"],
  /** Those who set consultations up: administrators and conference officers. */
  officers: ["administrator", "conference_officer"],
  /** The node's own data (metrics, backups, archives): administrators only. */
  administrators: ["administrator"],
} as const satisfies Record<string, readonly OperatorRole[]>;
const { everyone: everyOperator, officers, administrators } = operatorRoleSets;

/** Everything the operator sees of one consultation (GET /api/operator/consultations/:id). */
export const consultationDetailSchema = z.object({
  consultation: consultationSchema,
  /** The agenda, in order. */
  items: z.array(agendaItemSchema),
  delegations: z.array(delegationSchema),
  participants: z.array(participantSchema),
  invitations: z.array(invitationSchema),
});
export type ConsultationDetail = z.infer<typeof consultationDetailSchema>;

/** What GET /api/operator/metrics answers: this node's health under load, since the last reset. */
export const nodeMetricsSchema = z.object({
  /** Event-loop delay beyond the sampling interval, in milliseconds: the longest stall, p99 and mean. */
  eventLoopDelay: z.object({ maxMs: z.number(), p99Ms: z.number(), meanMs: z.number() }),
  /** Milliseconds since the delay figures were last reset. */
  sinceMs: z.number(),
  rssBytes: z.number(),
  heapUsedBytes: z.number(),
  /** Sockets connected to this node (not the whole deployment). */
  connectedSockets: z.number().int(),
});
export type NodeMetrics = z.infer<typeof nodeMetricsSchema>;

const consultation = z.object({ id: idSchema });

/** How an operator signs in: public, before any session. */
export const operatorSignInApi = {
  options: route({
    method: "GET",
    path: "/api/operator-sign-in",
    audience: "public",
    response: operatorSignInOptionsSchema,
  }),
  /** Sends the browser to the organisation's OpenID provider (when configured). */
  oidc: route({ method: "GET", path: "/api/operator-sign-in/oidc", audience: "public", response: "redirect" }),
  /** The provider sends the browser back here; it goes on to the operator screen. */
  oidcCallback: route({
    method: "GET",
    path: "/api/operator-sign-in/oidc/callback",
    audience: "public",
    response: "redirect",
  }),
} as const;

/** The operator's own session and the node's data. */
export const operatorSessionApi = {
  me: route({
    method: "GET",
    path: "/api/operator/me",
    audience: "operator",
    roles: everyOperator,
    response: operatorMeSchema,
  }),
  /** Revokes the session server-side, so the cookie is worthless even if it was copied. */
  signOut: route({
    method: "POST",
    path: "/api/operator/sign-out",
    audience: "operator",
    roles: everyOperator,
    response: "empty",
    status: 204,
  }),
  metrics: route({
    method: "GET",
    path: "/api/operator/metrics",
    audience: "operator",
    roles: administrators,
    query: z.object({
      /** `1` starts a new measuring window after this answer. */
      reset: z.enum(["0", "1"]).default("0"),
      /** `1` collects garbage first, when the process runs with --expose-gc (benchmarks measure memory so). */
      gc: z.enum(["0", "1"]).default("0"),
    }),
    response: nodeMetricsSchema,
  }),
  /** The whole database at one moment, as one JSON file; `pnpm backup` fetches it. */
  backup: route({
    method: "GET",
    path: "/api/operator/backup",
    audience: "operator",
    roles: administrators,
    response: "file",
    files: [mediaTypes.json],
  }),
} as const;

/** Setting consultations up: delegations, agenda corrections, invitations and their mails, the display link. */
export const operatorSetupApi = {
  consultations: route({
    method: "GET",
    path: "/api/operator/consultations",
    audience: "operator",
    roles: everyOperator,
    response: z.array(consultationSchema),
  }),
  create: route({
    method: "POST",
    path: "/api/operator/consultations",
    audience: "operator",
    roles: officers,
    body: createConsultationBodySchema,
    response: consultationSchema,
    status: 201,
  }),
  consultation: route({
    method: "GET",
    path: "/api/operator/consultations/:id",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    response: consultationDetailSchema,
  }),
  update: route({
    method: "PATCH",
    path: "/api/operator/consultations/:id",
    audience: "operator",
    roles: officers,
    params: consultation,
    body: updateConsultationBodySchema,
    response: consultationSchema,
  }),
  registerDelegation: route({
    method: "POST",
    path: "/api/operator/consultations/:id/delegations",
    audience: "operator",
    roles: officers,
    params: consultation,
    body: registerDelegationBodySchema,
    response: delegationSchema,
    status: 201,
  }),
  /** Refused (409) once a correction would rewrite what was said. */
  updateDelegation: route({
    method: "PATCH",
    path: "/api/operator/consultations/:id/delegations/:delegationId",
    audience: "operator",
    roles: officers,
    params: consultation.extend({ delegationId: idSchema }),
    body: updateDelegationBodySchema,
    response: delegationSchema,
  }),
  updateItem: route({
    method: "PATCH",
    path: "/api/operator/consultations/:id/items/:itemId",
    audience: "operator",
    roles: officers,
    params: consultation.extend({ itemId: idSchema }),
    body: updateItemBodySchema,
    response: agendaItemSchema,
  }),
  invitations: route({
    method: "GET",
    path: "/api/operator/consultations/:id/invitations",
    audience: "operator",
    roles: officers,
    params: consultation,
    response: z.array(invitationSchema),
  }),
  issueInvitation: route({
    method: "POST",
    path: "/api/operator/consultations/:id/invitations",
    audience: "operator",
    roles: officers,
    params: consultation,
    body: issueInvitationBodySchema,
    response: invitationSchema,
    status: 201,
  }),
  revokeInvitation: route({
    method: "POST",
    path: "/api/operator/consultations/:id/invitations/:invitationId/revoke",
    audience: "operator",
    roles: officers,
    params: consultation.extend({ invitationId: idSchema }),
    response: "empty",
    status: 204,
  }),
  /** Each invitation's latest mail (never the link). */
  invitationMails: route({
    method: "GET",
    path: "/api/operator/consultations/:id/invitation-mails",
    audience: "operator",
    roles: officers,
    params: consultation,
    response: z.array(invitationMailSchema),
  }),
  /** Mints a fresh link for the invitation and queues it; the answer comes before any SMTP talk. */
  sendInvitation: route({
    method: "POST",
    path: "/api/operator/consultations/:id/invitations/:invitationId/send",
    audience: "operator",
    roles: officers,
    params: consultation.extend({ invitationId: idSchema }),
    body: sendInvitationBodySchema,
    response: invitationMailSchema,
    status: 202,
  }),
  displayLink: route({
    method: "POST",
    path: "/api/operator/consultations/:id/display-link",
    audience: "operator",
    roles: officers,
    params: consultation,
    response: displayLinkSchema,
    status: 201,
  }),
} as const;

/** The record of a consultation as operators check it: audit trail, chain, their own actions, the archive. */
export const operatorRecordApi = {
  audit: route({
    method: "GET",
    path: "/api/operator/consultations/:id/audit",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    query: z.object({ after: z.coerce.number().int().min(0).default(0) }),
    response: auditPageSchema,
  }),
  /** Recomputes the tamper-evident chain; `intact: false` names the first broken seq. */
  verifyLog: route({
    method: "GET",
    path: "/api/operator/consultations/:id/log/verify",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    response: chainReportSchema,
  }),
  operatorActions: route({
    method: "GET",
    path: "/api/operator/consultations/:id/operator-actions",
    audience: "operator",
    roles: everyOperator,
    params: consultation,
    response: z.array(operatorActionSchema),
  }),
  /** One consultation's record as one JSON file; `pnpm archive export` fetches it. */
  archive: route({
    method: "GET",
    path: "/api/operator/consultations/:id/archive",
    audience: "operator",
    roles: administrators,
    params: consultation,
    response: "file",
    files: [mediaTypes.json],
  }),
} as const;
