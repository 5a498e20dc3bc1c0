import { z } from "zod";
import { is } from "../access/guards.js";
import { whoMayRead } from "../access/who-may.js";
import { positionDraftsResultSchema } from "../decisions/positions.js";
import { idSchema } from "../domain/entities.js";
import { displayLinkSchema } from "../http.js";
import { digestSchema } from "../summary/narrative.js";
import { mediaTypes, route } from "./define.js";

const consultation = z.object({ id: idSchema });
const _digestQuery = z.object({ digest: digestSchema });
const _briefing = z.object({ briefingId: idSchema });

/** What a delegation keeps to itself, and what the chair reads of the room. */
export const roomApi = {
  positionDrafts: route({
    method: "GET",
    path: "/api/positions/drafts",
    audience: "participant",
    who: whoMayRead.positionDrafts,
    response: positionDraftsResultSchema,
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
  /**
   * The exact bytes whose hash the result cites, so a download, not a re-serialised answer. With
   * `since` (a cursor, "" or "head"), the part of the board a reader following it lacks
   * (`boardPartSchema`, shared/README.md "Following a board").
   */
  pollBoard: route({
    method: "GET",
    path: "/api/consultations/:id/polls/:pollId/board",
    audience: "participant",
    params: consultation.extend({ pollId: idSchema }),
    query: z.object({ since: z.string().max(200).optional() }),
    response: "file",
    files: [mediaTypes.json],
  }),
} as const;
