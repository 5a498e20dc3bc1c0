import { boardJson, roomApi } from "@trilogue/shared";
import type { FastifyPluginAsync } from "fastify";
import { DomainError } from "../core/errors.js";
import type { Db } from "../db/database.js";
import { serve } from "../http/serve.js";
import { followedBoard, type ServedBoard, talliedBoard } from "./board-cache.js";
import { getPoll, type PollRow } from "./polls.repository.js";
import { boardSourceOf, buildBoard } from "./sealing.service.js";

/** The encoding to send a board in: the smallest copy that the reader accepts. */
async function encodingFor(
  board: ServedBoard,
  accepted: string,
): Promise<{ encoding: "br" | "gzip"; bytes: Buffer } | null> {
  const accepts = (name: string) => accepted.split(",").some((part) => part.trim().split(";")[0] === name);
  const br = accepts("br") ? await board.br : null;
  if (br) return { encoding: "br", bytes: br };
  const gzip = accepts("gzip") ? await board.gzip : null;
  return gzip ? { encoding: "gzip", bytes: gzip } : null;
}

/**
 * The poll read once for every board request of the same turn: at a tally, every delegation's
 * page asks for the board's last part at once, and each read of the poll is a round trip (on
 * PGlite, one worker thread answering them one after another).
 */
const pollReads = new Map<string, Promise<PollRow>>();
function readPoll(db: Db, consultationId: string, pollId: string): Promise<PollRow> {
  const key = `${consultationId}\n${pollId}`;
  const known = pollReads.get(key);
  if (known) return known;
  const read = getPoll(db, consultationId, pollId);
  pollReads.set(key, read);
  setImmediate(() => pollReads.delete(key));
  return read;
}

/**
 * A secret poll's bulletin board as JSON, for every participant of its consultation: what
 * `pnpm verify-poll` and the browser check. Named polls have none. A tallied board is served from
 * memory (board-cache.ts): when every delegation reads it at close, it is serialised once and each
 * reader gets the same buffer, precompressed, with an ETag (its hash) to revalidate against. With
 * `since`, the part a reader following the board lacks (board-cache.ts `followedBoard`).
 */
export const boardRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  serve(app, db, roomApi.pollBoard, async (request, reply, me) => {
    const poll = await readPoll(db, me.consultationId, request.params.pollId);
    if (!poll.secret) {
      throw new DomainError("NOT_FOUND", "A named poll has no bulletin board.", undefined, {
        code: "poll_named_no_board",
      });
    }
    const since = request.query.since ?? null;
    const phase = poll.result !== null ? "tallied" : poll.status === "open" ? "open" : "closed";
    // The very bytes whose hash the result cites: the same serialisation as at tally.
    const board =
      since === null && phase === "tallied"
        ? await talliedBoard(poll.id, async () => boardJson(await buildBoard(db, poll)))
        : await followedBoard(poll.id, phase, since, boardSourceOf(db, poll));
    // A tallied board never changes: the browser may keep it and ask again with its ETag.
    reply.header("cache-control", phase === "tallied" ? "private, no-cache" : "no-store");
    if (since === null) reply.header("content-disposition", `attachment; filename="poll-${poll.id}-board.json"`);
    reply.header("etag", board.etag);
    reply.header("vary", "accept-encoding");
    if (request.headers["if-none-match"] === board.etag) return reply.code(304).send();
    reply.type("application/json; charset=utf-8");
    const compressed = await encodingFor(board, String(request.headers["accept-encoding"] ?? ""));
    if (!compressed) return reply.send(board.bytes);
    return reply.header("content-encoding", compressed.encoding).send(compressed.bytes);
  });
};
