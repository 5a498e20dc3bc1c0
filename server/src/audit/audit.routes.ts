import { auditApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { auditTrail } from "./audit.service.js";

/** The chair's audit view of its own consultation (the operator's is under /api/operator). */
export const auditRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, auditApi.trail, async (request, _reply, me) => auditTrail(db, me.consultationId, request.query.after));
};
