import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { mediaTypes, route } from "../routes/define.js";
import { digestSchema } from "../summary/narrative.js";

const consultation = z.object({ id: idSchema });
const _digestQuery = z.object({ digest: digestSchema });
const _briefing = z.object({ briefingId: idSchema });

/** A draft as a Word document, clean or with its changes tracked; every participant reads drafts live. */
export const draftingApi = {
  docx: route({
    method: "GET",
    path: "/api/consultations/:id/drafts/:draftId/docx/:form",
    audience: "participant",
    params: consultation.extend({ draftId: idSchema, form: z.enum(["clean", "redline"]) }),
    response: "file",
    files: [mediaTypes.docx],
  }),
} as const;
