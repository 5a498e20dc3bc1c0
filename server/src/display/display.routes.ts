import { displayLinkSchema, roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import type { OperatorGuard } from "../operators/operator-guard.js";
import { issueDisplayLink } from "./display-link.js";

/** The chair issues the room display's link from the console; only the chair. */
export const displayRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (app, { db, publicUrl }) => {
  serve(app, db, roomApi.displayLink, async (_request, reply, me) => {
    reply.header("cache-control", "no-store");
    return issueDisplayLink(db, publicUrl, me.consultationId);
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
