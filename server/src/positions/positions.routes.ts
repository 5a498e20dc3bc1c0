import { positionDraftsResultSchema } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { resolveSession } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { presentPositionDraft } from "./positions.presenter.js";
import { listDrafts } from "./positions.repository.js";

/** The delegation's private drafts: the only read outside the live state, since drafts are not broadcast. */
export const positionRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    "/api/positions/drafts",
    { schema: { response: { 200: positionDraftsResultSchema } } },
    async (request, reply) => {
      const token = sessionCookie.read(app, request.headers.cookie);
      if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.", undefined, { code: "not_signed_in" });
      const me = await resolveSession(db, token);
      if (!me.delegationId || (me.role !== "delegate" && me.role !== "adviser")) {
        throw new DomainError("FORBIDDEN", "Only members of a delegation have drafts.");
      }
      reply.header("cache-control", "no-store");
      const rows = await listDrafts(db, me.consultationId, me.delegationId);
      return { drafts: rows.map(presentPositionDraft) };
    },
  );
};
