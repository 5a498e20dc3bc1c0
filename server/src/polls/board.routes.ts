import { boardJson, roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { currentBoard, type ServedBoard, talliedBoard } from "./board-cache.js";
import { getPoll } from "./polls.repository.js";
import { buildBoard } from "./sealing.service.js";

/** The encoding to send a board in: the smallest copy ready that the reader accepts. */
function encodingFor(board: ServedBoard, accepted: string): { encoding: "br" | "gzip"; bytes: Buffer } | null {
  const accepts = (name: string) => accepted.split(",").some((part) => part.trim().split(";")[0] === name);
  if (board.br && accepts("br")) return { encoding: "br", bytes: board.br };
  if (board.gzip && accepts("gzip")) return { encoding: "gzip", bytes: board.gzip };
  return null;
}

/**
 * A secret poll's bulletin board as JSON, for every participant of its consultation: what
 * `pnpm verify-poll` and the browser check. Named polls have none. A tallied board is served from
 * memory (board-cache.ts): when every delegation reads it at close, it is serialised once and each
 * reader gets the same buffer, precompressed, with an ETag (its hash) to revalidate against.
 */
export const boardRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, roomApi.pollBoard, async (request, reply, me) => {
    const poll = await getPoll(db, me.consultationId, request.params.pollId);
    if (!poll.secret) {
      throw new DomainError("NOT_FOUND", "A named poll has no bulletin board.", undefined, {
        code: "poll_named_no_board",
      });
    }
    // The very bytes whose hash the result cites: the same serialisation as at tally.
    const build = async () => boardJson(await buildBoard(db, poll));
    const board =
      poll.result !== null ? await talliedBoard(poll.id, build) : await currentBoard(poll.id, poll.status, build);
    // A tallied board never changes: the browser may keep it and ask again with its ETag.
    reply.header("cache-control", poll.result !== null ? "private, no-cache" : "no-store");
    reply.header("content-disposition", `attachment; filename="poll-${poll.id}-board.json"`);
    reply.header("etag", board.etag);
    reply.header("vary", "accept-encoding");
    if (request.headers["if-none-match"] === board.etag) return reply.code(304).send();
    reply.type("application/json; charset=utf-8");
    const compressed = encodingFor(board, String(request.headers["accept-encoding"] ?? ""));
    if (!compressed) return reply.send(board.json);
    return reply.header("content-encoding", compressed.encoding).send(compressed.bytes);
  });
};
