import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { boardHash } from "@trilogue/shared";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * A board as served: its JSON (the very bytes its hash is over), an ETag from that hash, and
 * compressed copies made once, off the event loop (zlib's thread pool), as soon as they are ready.
 */
export type ServedBoard = { json: string; etag: string; br: Buffer | null; gzip: Buffer | null };

export function serveBoard(json: string, hash: string = boardHash(json)): ServedBoard {
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
  return tallied.get(pollId) ?? keep(pollId, build().then((json) => serveBoard(json)));
}

/** Boards of open polls being built now: readers arriving together share one build. */
const building = new Map<string, Promise<ServedBoard>>();

export function currentBoard(pollId: string, build: () => Promise<string>): Promise<ServedBoard> {
  const known = building.get(pollId);
  if (known) return known;
  const board = build().then((json) => serveBoard(json));
  building.set(pollId, board);
  const forget = () => {
    if (building.get(pollId) === board) building.delete(pollId);
  };
  board.then(forget, forget);
  return board;
}
