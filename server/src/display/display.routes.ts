import { operatorSetupApi, roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { issueDisplayLink } from "./display-link.js";

/** The chair issues the room display's link from the console; only the chair. */
export const displayRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (app, { db, publicUrl }) => {
  serve(app, db, roomApi.displayLink, async (_request, reply, me) => {
    reply.header("cache-control", "no-store");
    return issueDisplayLink(db, publicUrl, me.consultationId);
  });
};

/** The operator issues the same link for any consultation. */
export const displayOperatorRoutes: FastifyPluginAsync<{ db: Db; publicUrl: string }> = async (
  app,
  { db, publicUrl },
) => {
  serve(app, db, operatorSetupApi.displayLink, async (request) => issueDisplayLink(db, publicUrl, request.params.id));
};
