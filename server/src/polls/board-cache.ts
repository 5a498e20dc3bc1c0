import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { canonicalBallot, type SealedBallot } from "@trilogue/shared";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The board's hash, as the shared `boardHash` gives it (SHA-256 of the JSON's UTF-8 bytes, hex), by
 * Node's native SHA-256: a board of hundreds of ballots is a megabyte or more, tens of milliseconds
 * of the event loop in JavaScript.
 */
export const boardHashOf = (json: string): string => createHash("sha256").update(json, "utf8").digest("hex");

/** A sealed ballot's tracker, as the shared `trackerOf` gives it, by Node's native SHA-256 (on the event loop, per ballot). */
export const trackerOfSealed = (ballot: SealedBallot): string => boardHashOf(canonicalBallot(ballot));

/**
 * A board as served: its JSON (the very bytes its hash is over), an ETag from that hash, and
 * compressed copies made once, off the event loop (zlib's thread pool), as soon as they are ready.
 */
export type ServedBoard = { json: string; etag: string; br: Buffer | null; gzip: Buffer | null };

export function serveBoard(json: string, hash: string = boardHashOf(json)): ServedBoard {
  const served: ServedBoard = { json, etag: `"${hash}"`, br: null, gzip: null };
  const bytes = Buffer.from(json);
  // Hex compresses well; a middling quality keeps the work short for a board of hundreds of ballots.
  void brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).then(
    (buffer) => {
      served.br = buffer;
    },
    () => undefined,
  );
  void gzipped(bytes, { level: 6 }).then(
    (buffer) => {
      served.gzip = buffer;
    },
    () => undefined,
  );
  return served;
}

/**
 * Boards whose result is published: nothing on them changes any more, and at a tally every
 * delegation's browser reads the board at once. Each is serialised once (at the tally, or at the
 * first read after a restart, however many readers arrive together) and served from memory. A
 * handful of recent polls is enough. Only read for a poll whose result the database shows.
 */
const tallied = new Map<string, Promise<ServedBoard>>();
const talliedKept = 8;

function keep(pollId: string, board: Promise<ServedBoard>): Promise<ServedBoard> {
  tallied.delete(pollId);
  tallied.set(pollId, board);
  if (tallied.size > talliedKept) tallied.delete(tallied.keys().next().value ?? "");
  // A failed build is not kept: the next reader builds again.
  board.catch(() => {
    if (tallied.get(pollId) === board) tallied.delete(pollId);
  });
  return board;
}

/** Keeps the board a tally has just published (its JSON and the hash the room is given). */
export function rememberTallied(pollId: string, json: string, hash: string): void {
  keep(pollId, Promise.resolve(serveBoard(json, hash)));
}

/** A tallied board from memory, or built once by `build` for every reader waiting on it. */
export function talliedBoard(pollId: string, build: () => Promise<string>): Promise<ServedBoard> {
  return (
    tallied.get(pollId) ??
    keep(
      pollId,
      build().then((json) => serveBoard(json)),
    )
  );
}

/**
 * Boards not yet tallied. Readers arriving together share one build. An open poll's is kept for a
 * moment (`freshMs`): browsers read it as ballots arrive, to check each ballot's proofs before the
 * close, and a board a second old only means its newest ballots are checked at the next read.
 */
const current = new Map<string, { board: Promise<ServedBoard>; until: number }>();
const freshMs = 1000;

export function currentBoard(
  pollId: string,
  status: string,
  build: () => Promise<string>,
  now = Date.now(),
): Promise<ServedBoard> {
  const key = `${pollId}\n${status}`;
  // Only an open poll's board is kept: a closing poll's aggregates must be read as they are.
  const keepMs = status === "open" ? freshMs : 0;
  const known = current.get(key);
  if (known && known.until > now) return known.board;
  const board = build().then((json) => serveBoard(json));
  const entry = { board, until: Number.POSITIVE_INFINITY };
  current.set(key, entry);
  board.then(
    () => {
      entry.until = Date.now() + keepMs;
    },
    () => {
      if (current.get(key) === entry) current.delete(key);
    },
  );
  // Old entries go once stale: a poll closes, its board moves to `tallied`.
  for (const [id, other] of current) if (other.until + freshMs < now) current.delete(id);
  return board;
}
