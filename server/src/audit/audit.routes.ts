import { auditPageSchema } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveSession } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { auditTrail } from "./audit.service.js";

const page = z.object({ after: z.coerce.number().int().min(0).default(0) });

/** The chair's audit view of its own consultation (the operator's is under /api/operator). */
export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get("/api/audit", { schema: { querystring: page, response: { 200: auditPageSchema } } }, async (request) => {
      const token = sessionCookie.read(app, request.headers.cookie);
      if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.", undefined, { code: "not_signed_in" });
      const me = await resolveSession(db, token);
      if (me.role !== "chair")
        throw new DomainError("FORBIDDEN", "Only the chair reads the audit trail.", undefined, {
          code: "audit_chair_only",
        });
      return auditTrail(db, me.consultationId, request.query.after);
    });
};
