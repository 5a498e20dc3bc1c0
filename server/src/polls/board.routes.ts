import { boardJson } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { resolveSession } from "../auth/invitations.service.js";
import { sessionCookie } from "../auth/session-cookie.js";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { getPoll } from "./polls.repository.js";
import { buildBoard } from "./sealing.service.js";

const params = z.object({ id: z.uuid(), pollId: z.uuid() });

/**
 * A secret poll's bulletin board as JSON, for every participant of its consultation: what
 * `pnpm verify-poll` and the browser check. Named polls have none.
 */
export const boardRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/consultations/:id/polls/:pollId/board",
    // No response schema: the body is `boardJson`, already parsed by `boardSchema`, sent as is.
    { schema: { params } },
    async (request, reply) => {
      const token = sessionCookie.read(app, request.headers.cookie);
      if (!token) throw new DomainError("UNAUTHENTICATED", "Not signed in.", undefined, { code: "not_signed_in" });
      const me = await resolveSession(db, token);
      if (me.consultationId !== request.params.id)
        throw new DomainError("NOT_FOUND", "No such consultation.", undefined, { code: "consultation_not_found" });
      const poll = await getPoll(db, me.consultationId, request.params.pollId);
      if (!poll.secret)
        throw new DomainError("NOT_FOUND", "A named poll has no bulletin board.", undefined, {
          code: "poll_named_no_board",
        });
      reply.header("cache-control", "no-store");
      reply.header("content-disposition", `attachment; filename="poll-${poll.id}-board.json"`);
      // The very bytes whose hash the result cites: the same serialisation as at tally.
      return reply.type("application/json; charset=utf-8").send(boardJson(await buildBoard(db, poll)));
    },
  );
};
