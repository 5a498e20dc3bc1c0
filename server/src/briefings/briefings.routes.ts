import { briefingMaxBytes, briefingOperatorApi, missionApi } from "@trilogue/shared";
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from "fastify";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { accessesOf, listBriefings, presentBriefing } from "./briefings.repository.js";
import {
  assertSecretariat,
  briefingsFor,
  circulateBriefing,
  downloadBriefing,
  withdrawBriefing,
} from "./briefings.service.js";

/** The PDF arrives as the body, whole; Fastify refuses one longer than the limit (413) or cut short. */
function acceptPdfBodies(app: FastifyInstance) {
  app.addContentTypeParser(
    "application/pdf",
    { parseAs: "buffer", bodyLimit: briefingMaxBytes },
    (_request, body, done) => done(null, body),
  );
}

function bodyBuffer(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body))
    throw new DomainError("VALIDATION", "Send the briefing as application/pdf.", undefined, {
      code: "briefing_not_pdf",
    });
  return request.body;
}

/** The Secretariat's conference officers circulate, list and withdraw briefings, and read who downloaded. */
export const briefingOperatorRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  acceptPdfBodies(app);

  serve(app, db, briefingOperatorApi.briefings, async (request) => ({
    briefings: (await listBriefings(db, request.params.id)).map(presentBriefing),
  }));

  serve(
    app,
    db,
    briefingOperatorApi.circulate,
    async (request, _reply, operator) => {
      const { title, ...distribution } = request.query;
      return circulateBriefing(
        db,
        request.params.id,
        { title, distribution, content: bodyBuffer(request), maxBytes: briefingMaxBytes },
        `operator:${operator.id}`,
      );
    },
    { bodyLimit: briefingMaxBytes },
  );

  serve(app, db, briefingOperatorApi.withdraw, async (request, _reply, operator) => {
    await withdrawBriefing(db, request.params.id, request.params.briefingId, `operator:${operator.id}`);
  });

  serve(app, db, briefingOperatorApi.accesses, async (request) => ({
    accesses: await accessesOf(db, request.params.id),
  }));
};

/** Participants: the briefings on their list, the watermarked download; the Secretariat circulates and withdraws. */
export const briefingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  acceptPdfBodies(app);

  serve(app, db, missionApi.briefings, async (_request, reply, me) => {
    reply.header("cache-control", "no-store");
    return { briefings: await briefingsFor(db, me) };
  });

  serve(app, db, missionApi.downloadBriefing, async (request, reply, me) => {
    const result = await downloadBriefing(db, me, request.params.briefingId);
    if ("refused" in result) {
      request.log.warn(
        { briefingId: request.params.briefingId, participantId: me.participantId, delegationId: me.delegationId },
        "briefing download refused: not on its distribution list",
      );
      throw result.refused;
    }
    const name = result.title.replace(/[^A-Za-z0-9-]+/g, "-").slice(0, 80) || "briefing";
    return reply
      .header("cache-control", "no-store")
      .header("content-disposition", `inline; filename="${name}.pdf"`)
      .type("application/pdf")
      .send(Buffer.from(result.pdf));
  });

  serve(
    app,
    db,
    missionApi.circulateBriefing,
    async (request, _reply, me) => {
      await assertSecretariat(db, me);
      const { title, ...distribution } = request.query;
      return circulateBriefing(
        db,
        me.consultationId,
        { title, distribution, content: bodyBuffer(request), maxBytes: briefingMaxBytes },
        `participant:${me.participantId}`,
      );
    },
    { bodyLimit: briefingMaxBytes },
  );

  serve(app, db, missionApi.withdrawBriefing, async (request, _reply, me) => {
    await assertSecretariat(db, me);
    await withdrawBriefing(db, me.consultationId, request.params.briefingId, `participant:${me.participantId}`);
  });
};
