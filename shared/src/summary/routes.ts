import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { mediaTypes, route } from "../routes/define.js";
import {
  digestSchema,
  summaryFormatSchema,
  summaryStateSchema,
  summaryVerificationSchema,
} from "../summary/narrative.js";

const consultation = z.object({ id: idSchema });
const digestQuery = z.object({ digest: digestSchema });
const _briefing = z.object({ briefingId: idSchema });

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
    files: [mediaTypes.markdown, mediaTypes.pdf, mediaTypes.docx, mediaTypes.json, mediaTypes.csv],
  }),
} as const;
