import { z } from "zod";
import { is } from "../access/guards.js";
import { whoMayRead } from "../access/who-may.js";
import { auditPageSchema } from "../audit.js";
import { positionDraftsResultSchema } from "../decisions/positions.js";
import { idSchema } from "../domain/entities.js";
import {
  displayLinkSchema,
  invitationPreviewBodySchema,
  invitationPreviewSchema,
  joinBodySchema,
  joinResultSchema,
} from "../http.js";
import {
  briefingListSchema,
  briefingSchema,
  circulateBriefingQuerySchema,
  implementationNoteBodySchema,
  registerQuerySchema,
} from "../missions/schemas.js";
import { meSchema } from "../socket-events.js";
import {
  digestSchema,
  summaryFormatSchema,
  summaryStateSchema,
  summaryVerificationSchema,
} from "../summary/narrative.js";
import { route } from "./define.js";

const consultation = z.object({ id: idSchema });
const digestQuery = z.object({ digest: digestSchema });
const briefing = z.object({ briefingId: idSchema });

/** Joining and the session: reachable before sign-in, or by whoever holds the session cookie. */
export const sessionApi = {
  preview: route({
    method: "POST",
    path: "/api/invitations/preview",
    audience: "public",
    body: invitationPreviewBodySchema,
    response: invitationPreviewSchema,
  }),
  join: route({
    method: "POST",
    path: "/api/join",
    audience: "public",
    body: joinBodySchema,
    response: joinResultSchema,
  }),
  me: route({ method: "GET", path: "/api/session", audience: "participant", response: meSchema }),
  logout: route({ method: "POST", path: "/api/logout", audience: "public", response: "empty", status: 204 }),
} as const;

/** The chair's summary: its state and exports to participants, its check to anyone. */
export const summaryApi = {
  state: route({
    method: "GET",
    path: "/api/consultations/:id/summary",
    audience: "participant",
    params: consultation,
    response: summaryStateSchema,
  }),
  verifyDigest: route({
    method: "GET",
    path: "/api/consultations/:id/summary/verify",
    audience: "public",
    params: consultation,
    query: digestQuery,
    response: summaryVerificationSchema,
  }),
  verifyFile: route({
    method: "POST",
    path: "/api/consultations/:id/summary/verify",
    audience: "public",
    params: consultation,
    // Any JSON: the route says whether it is a Trilogue summary at all.
    body: z.unknown(),
    response: summaryVerificationSchema,
  }),
  export: route({
    method: "GET",
    path: "/api/consultations/:id/summary/:format",
    audience: "participant",
    params: consultation.extend({ format: summaryFormatSchema }),
    // `?cover=letter`: the summary as the annex of the chair's letter to the President of the Council.
    query: z.object({ cover: z.enum(["letter"]).optional() }),
    response: "file",
  }),
} as const;

/** What a delegation keeps to itself, and what the chair reads of the room. */
export const roomApi = {
  positionDrafts: route({
    method: "GET",
    path: "/api/positions/drafts",
    audience: "participant",
    who: whoMayRead.positionDrafts,
    response: positionDraftsResultSchema,
  }),
  auditTrail: route({
    method: "GET",
    path: "/api/audit",
    audience: "participant",
    who: whoMayRead.auditTrail,
    query: z.object({ after: z.coerce.number().int().min(0).default(0) }),
    response: auditPageSchema,
  }),
  /** The room display's sign-in link, issued by the chair from the console. */
  displayLink: route({
    method: "POST",
    path: "/api/display-link",
    audience: "participant",
    who: is.chair,
    response: displayLinkSchema,
    status: 201,
  }),
  /** The exact bytes whose hash the result cites, so a download, not a re-serialised answer. */
  pollBoard: route({
    method: "GET",
    path: "/api/consultations/:id/polls/:pollId/board",
    audience: "participant",
    params: consultation.extend({ pollId: idSchema }),
    response: "file",
  }),
} as const;

/** A draft as a Word document, clean or with its changes tracked; every participant reads drafts live. */
export const draftingApi = {
  docx: route({
    method: "GET",
    path: "/api/consultations/:id/drafts/:draftId/docx/:form",
    audience: "participant",
    params: consultation.extend({ draftId: idSchema, form: z.enum(["clean", "redline"]) }),
    response: "file",
  }),
} as const;

/** Restricted briefings and the mission's register, as participants reach them. */
export const missionApi = {
  briefings: route({ method: "GET", path: "/api/briefings", audience: "participant", response: briefingListSchema }),
  downloadBriefing: route({
    method: "GET",
    path: "/api/briefings/:briefingId/download",
    audience: "participant",
    params: briefing,
    response: "file",
  }),
  /** The PDF is the raw body; who circulates (the Secretariat) depends on the delegation's constituencies. */
  circulateBriefing: route({
    method: "POST",
    path: "/api/briefings",
    audience: "participant",
    query: circulateBriefingQuerySchema,
    response: briefingSchema,
    status: 201,
  }),
  withdrawBriefing: route({
    method: "POST",
    path: "/api/briefings/:briefingId/withdraw",
    audience: "participant",
    params: briefing,
    response: "empty",
    status: 204,
  }),
  register: route({
    method: "GET",
    path: "/api/missions/mine/register",
    audience: "participant",
    query: registerQuerySchema,
    response: "file",
  }),
  addNote: route({
    method: "POST",
    path: "/api/missions/mine/register/:lineageId/notes",
    audience: "participant",
    params: z.object({ lineageId: idSchema }),
    body: implementationNoteBodySchema,
    response: z.object({}),
    status: 201,
  }),
} as const;
