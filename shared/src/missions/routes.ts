import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import {
  briefingListSchema,
  briefingSchema,
  circulateBriefingQuerySchema,
  implementationNoteBodySchema,
  registerQuerySchema,
} from "../missions/schemas.js";
import { mediaTypes, route } from "../routes/define.js";
import { digestSchema } from "../summary/narrative.js";

const _consultation = z.object({ id: idSchema });
const _digestQuery = z.object({ digest: digestSchema });
const briefing = z.object({ briefingId: idSchema });

/** The register as a download: JSON, Markdown, PDF or Word, chosen by `?format=`. */
export const registerFiles = [mediaTypes.json, mediaTypes.markdown, mediaTypes.pdf, mediaTypes.docx] as const;

/** Restricted briefings and the mission's register, as participants reach them. */
export const missionApi = {
  briefings: route({ method: "GET", path: "/api/briefings", audience: "participant", response: briefingListSchema }),
  downloadBriefing: route({
    method: "GET",
    path: "/api/briefings/:briefingId/download",
    audience: "participant",
    params: briefing,
    response: "file",
    files: [mediaTypes.pdf],
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
    files: registerFiles,
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
