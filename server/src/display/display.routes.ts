import { displayLinkSchema } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveSession } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import type { OperatorGuard } from "../operators/operator-guard.js";
import { issueDisplayLink } from "./display-link.js";

/** The chair issues the room display's link from the console; only the chair. */
export const displayRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (app, { db, publicUrl }) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.post("/api/display-link", { schema: { response: { 201: displayLinkSchema } } }, async (request, reply) => {
    const token = sessionCookie.read(app, request.headers.cookie);
    if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.");
    const me = await resolveSession(db, token);
    if (me.role !== "chair") throw new DomainError("FORBIDDEN", "Only the chair issues the room display's link.");
    reply.header("cache-control", "no-store");
    return reply.code(201).send(await issueDisplayLink(db, publicUrl, me.consultationId));
  });
};

/** The operator issues the same link for any consultation. */
export const displayOperatorRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string; guard: OperatorGuard }> = async (
  app,
  { db, publicUrl, guard },
) => {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  guard(app);
  routes.post(
    "/api/operator/consultations/:id/display-link",
    { schema: { params: z.object({ id: z.uuid() }), response: { 201: displayLinkSchema } } },
    async (request, reply) => reply.code(201).send(await issueDisplayLink(db, publicUrl, request.params.id)),
  );
};
