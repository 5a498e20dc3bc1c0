import { boardJson, roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { getPoll } from "./polls.repository.js";
import { buildBoard } from "./sealing.service.js";

/**
 * Boards whose result is published, as served: nothing on them changes any more, and at a tally
 * every delegation's browser reads the board at once; building and serialising it (hundreds of
 * ballots) for each would hold the event loop for seconds. A handful of recent polls is enough.
 */
const published = new Map<string, string>();
const publishedKept = 8;

function keepPublished(pollId: string, json: string): void {
  published.set(pollId, json);
  if (published.size > publishedKept) published.delete(published.keys().next().value ?? "");
}

/**
 * A secret poll's bulletin board as JSON, for every participant of its consultation: what
 * `pnpm verify-poll` and the browser check. Named polls have none.
 */
export const boardRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, roomApi.pollBoard, async (request, reply, me) => {
    const poll = await getPoll(db, me.consultationId, request.params.pollId);
    if (!poll.secret) {
      throw new DomainError("NOT_FOUND", "A named poll has no bulletin board.", undefined, {
        code: "poll_named_no_board",
      });
    }
    reply.header("cache-control", "no-store");
    reply.header("content-disposition", `attachment; filename="poll-${poll.id}-board.json"`);
    // The very bytes whose hash the result cites: the same serialisation as at tally.
    const tallied = poll.result !== null;
    const json = (tallied ? published.get(poll.id) : undefined) ?? boardJson(await buildBoard(db, poll));
    if (tallied) keepPublished(poll.id, json);
    return reply.type("application/json; charset=utf-8").send(json);
  });
};
