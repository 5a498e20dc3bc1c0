import { z } from "zod";
import { idSchema } from "../domain/entities.js";
import { invitationPreviewBodySchema, invitationPreviewSchema, joinBodySchema, joinResultSchema } from "../http.js";
import { meSchema } from "../socket-events.js";
import { digestSchema } from "../summary/narrative.js";
import { route } from "./define.js";

const _consultation = z.object({ id: idSchema });
const _digestQuery = z.object({ digest: digestSchema });
const _briefing = z.object({ briefingId: idSchema });

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
