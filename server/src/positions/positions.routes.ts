import { roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { presentPositionDraft } from "./positions.presenter.js";
import { listDrafts } from "./positions.repository.js";

/** The delegation's private drafts: the only read outside the live state, since drafts are not broadcast. */
export const positionRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, roomApi.positionDrafts, async (_request, reply, me) => {
    reply.header("cache-control", "no-store");
    const rows = await listDrafts(db, me.consultationId, me.delegationId);
    return { drafts: rows.map(presentPositionDraft) };
  });
};
