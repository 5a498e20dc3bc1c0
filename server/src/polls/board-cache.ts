import { createHash, randomUUID } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import {
  type Board,
  type BoardEntry,
  boardJson,
  canonicalBallot,
  orderedBallot,
  type SealedBallot,
} from "@trilogue/shared";

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The board's hash, as the shared `boardHash` gives it (SHA-256 of the JSON's UTF-8 bytes, hex), by
 * Node's native SHA-256: a board of hundreds of ballots is a megabyte or more, tens of milliseconds
 * of the event loop in JavaScript.
 */
export const boardHashOf = (json: string | Buffer): string => createHash("sha256").update(json).digest("hex");

/** A sealed ballot's tracker, as the shared `trackerOf` gives it, by Node's native SHA-256 (on the event loop, per ballot). */
export const trackerOfSealed = (ballot: SealedBallot): string => boardHashOf(canonicalBallot(ballot));

/**
 * A board (or a part of one) as served: its bytes (those its hash is over, encoded once: a string
 * of a megabyte written to hundreds of readers was encoded again for each, on the event loop), an
 * ETag from that hash, and compressed copies made once, off the event loop (zlib's thread pool).
 * A reader that accepts them waits for them: an uncompressed megabyte written to each of hundreds
 * of readers at a tally held the event loop for seconds (writev on loopback, in the storm bench).
 */
export type ServedBoard = { bytes: Buffer; etag: string; br: Promise<Buffer | null>; gzip: Promise<Buffer | null> };

/** Below this, an answer goes as it is: compressing costs more than it saves. */
const compressFrom = 8 * 1024;

export function serveBoard(json: string, hash?: string): ServedBoard {
  const bytes = Buffer.from(json);
  const small = bytes.length < compressFrom;
  return {
    bytes,
    etag: `"${hash ?? boardHashOf(bytes)}"`,
    // Hex compresses well; a middling quality keeps the work short for a board of hundreds of ballots.
    br: small
      ? Promise.resolve(null)
      : brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).catch(() => null),
    gzip: small ? Promise.resolve(null) : gzipped(bytes, { level: 6 }).catch(() => null),
  };
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

/** What a board is read from: its trackers in order, the entries of some of them, and the rest of it. */
export type BoardSource = {
  trackers(): Promise<string[]>;
  entries(trackers: readonly string[]): Promise<BoardEntry[]>;
  head(): Promise<Board>;
};

/** Where a poll's board stands: open (ballots still come), closed (trustees still decrypt), or tallied. */
export type BoardPhase = "open" | "closed" | "tallied";

/**
 * A board as its readers follow it (`GET …/board?since=<cursor>`, shared/README.md "Following a
 * board"): every version of its list of trackers this process has served (a cursor names one),
 * each entry serialised once (its JSON as `boardJson` writes it), and the board's JSON around its
 * ballots. Answers are built once per version and `since`, for every reader asking the same.
 */
type Followed = {
  /** Names this process's versions: a cursor of another process (or of before a restart) is not one of ours. */
  epoch: string;
  versions: (string[] | undefined)[];
  /** Each entry's JSON, with its group (as `groupKey`) to tell when a delegation's constituencies changed. */
  entries: Map<string, CachedEntry>;
  head: { before: string; after: string };
  phase: BoardPhase;
  until: number;
  answers: Map<string, Promise<ServedBoard>>;
};

const followed = new Map<string, Followed>();
const refreshing = new Map<string, Promise<Followed>>();
const followedKept = 16;
/** Versions older than these are forgotten: their readers get the whole list again. */
const versionsKept = 256;
/**
 * An open poll's board is read again at most once a second: browsers read it as ballots arrive,
 * and a board a second old only means its newest ballots are proved at the next read.
 */
const freshMs = 1000;

type CachedEntry = { json: string; group: string };
const groupKey = (group: readonly string[]) => group.join(",");
const cachedEntry = ({ tracker, group, ballot }: BoardEntry): CachedEntry => ({
  json: JSON.stringify({ tracker, group, ballot: orderedBallot(ballot) }),
  group: groupKey(group),
});

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((t, i) => t === y[i]);
const ballotsKey = '"ballots":[';

async function refresh(pollId: string, phase: BoardPhase, source: BoardSource, now: number): Promise<Followed> {
  const known = followed.get(pollId);
  const trackers = await source.trackers();
  const entries = known?.entries ?? new Map<string, CachedEntry>();
  const missing = trackers.filter((tracker) => !entries.has(tracker));
  for (const entry of await source.entries(missing)) entries.set(entry.tracker, cachedEntry(entry));
  const current = new Set(trackers);
  for (const tracker of entries.keys()) if (!current.has(tracker)) entries.delete(tracker);
  const versions = known?.versions ?? [];
  const last = versions.at(-1);
  if (!last || !sameList(last, trackers)) versions.push(trackers);
  if (versions.length > versionsKept) versions[versions.length - versionsKept - 1] = undefined;
  const state: Followed = {
    epoch: known?.epoch ?? randomUUID(),
    versions,
    entries,
    head: headAround(await source.head()),
    phase,
    // Only an open poll's board is kept a moment: a closing poll's aggregates must be read as they are.
    until: phase === "tallied" ? Number.POSITIVE_INFINITY : phase === "open" ? now + freshMs : now,
    answers: new Map(),
  };
  followed.delete(pollId);
  followed.set(pollId, state);
  if (followed.size > followedKept) followed.delete(followed.keys().next().value ?? "");
  return state;
}

/**
 * The board's JSON with no ballots, cut where they go: `boardJson` writes the very same bytes
 * around them. The key cannot occur inside a string, whose quotes are escaped.
 */
function headAround(head: Board): { before: string; after: string } {
  const empty = boardJson({ ...head, ballots: [] });
  const at = empty.indexOf(`${ballotsKey}]`) + ballotsKey.length;
  return { before: empty.slice(0, at), after: empty.slice(at) };
}

/**
 * The counted ballots' entries as the board writes them (JSON), in order: those its readers have
 * followed (serialised as the ballots came) where their delegation's group is still the same, the
 * others read through `entries`. At a close or a tally, reading and parsing a megabyte of ballots
 * again, and serialising it again, held the event loop for tens of milliseconds.
 */
export async function countedEntries(
  pollId: string,
  counted: readonly { tracker: string; group: readonly string[] }[],
  entries: BoardSource["entries"],
): Promise<string[]> {
  const known = followed.get(pollId)?.entries;
  const stale = counted.filter(({ tracker, group }) => known?.get(tracker)?.group !== groupKey(group));
  const read = new Map((await entries(stale.map((entry) => entry.tracker))).map((e) => [e.tracker, cachedEntry(e)]));
  return counted.map(({ tracker }) => {
    const entry = read.get(tracker) ?? known?.get(tracker);
    if (!entry) throw new Error(`the counted ballot ${tracker} could not be read`);
    return entry.json;
  });
}

/** A tallied board's JSON, the very bytes `boardJson` writes, from its counted entries (`countedEntries`). */
export async function boardJsonOf(
  pollId: string,
  head: Board,
  counted: readonly { tracker: string; group: readonly string[] }[],
  entries: BoardSource["entries"],
): Promise<string> {
  const around = headAround(head);
  return `${around.before}${(await countedEntries(pollId, counted, entries)).join(",")}${around.after}`;
}

/** The board as it stands, read again when stale; readers arriving together share one read. */
function standing(pollId: string, phase: BoardPhase, source: BoardSource, now: number): Promise<Followed> {
  const known = followed.get(pollId);
  if (known && known.phase === phase && known.until > now) return Promise.resolve(known);
  const running = refreshing.get(pollId);
  if (running) return running;
  const read = refresh(pollId, phase, source, now).finally(() => refreshing.delete(pollId));
  refreshing.set(pollId, read);
  return read;
}

/** What a reader asks for, as one of the answers of this version: the board, its head, a reset, or since a version. */
function askedFor(state: Followed, since: string | null): string {
  if (since === null) return "board";
  if (since === "head") return "head";
  const [epoch, at] = since.split(".");
  return epoch === state.epoch && /^\d+$/.test(at ?? "") && state.versions[Number(at)] ? `since ${at}` : "reset";
}

function answer(state: Followed, asked: string): string {
  const trackers = state.versions.at(-1) ?? [];
  const board = (list: readonly string[]) =>
    `${state.head.before}${list.map((tracker) => state.entries.get(tracker)?.json ?? "").join(",")}${state.head.after}`;
  if (asked === "board") return board(trackers);
  const cursor = JSON.stringify(`${state.epoch}.${state.versions.length - 1}`);
  const part = (reset: boolean, removed: readonly string[], added: readonly string[]) =>
    `{"version":"trilogue-board-part-v1","cursor":${cursor},"reset":${reset},"removed":${JSON.stringify(removed)},"board":${board(added)}}`;
  if (asked === "head") return part(false, [], []);
  const base = asked.startsWith("since ") ? state.versions[Number(asked.slice(6))] : undefined;
  if (!base) return part(true, [], trackers);
  const now = new Set(trackers);
  const before = new Set(base);
  return part(
    false,
    base.filter((tracker) => !now.has(tracker)),
    trackers.filter((tracker) => !before.has(tracker)),
  );
}

/**
 * A tallied board's last part from the newest cursor this process served, with that cursor: what
 * the room is told at the tally (`board:final`), the very answer `since` would get. Null when no
 * reader followed the board here (nothing to announce: the pages read it whole).
 */
export async function finalPart(pollId: string, source: BoardSource): Promise<{ since: string; text: string } | null> {
  const known = followed.get(pollId);
  if (!known || known.versions.length === 0) return null;
  const since = `${known.epoch}.${known.versions.length - 1}`;
  const served = await followedBoard(pollId, "tallied", since, source);
  return { since, text: served.bytes.toString("utf8") };
}

/**
 * A poll's board (`since` null) or the part of it a reader following it lacks: the entries added
 * since its cursor, the trackers removed (a delegation that cast again), the rest of the board
 * whole, and its new cursor. An unknown cursor (or "") gets every entry (`reset`); "head" gets
 * none (a trustee needs the aggregates only). Built once per version and `since` for every reader.
 */
export async function followedBoard(
  pollId: string,
  phase: BoardPhase,
  since: string | null,
  source: BoardSource,
  now = Date.now(),
): Promise<ServedBoard> {
  const state = await standing(pollId, phase, source, now);
  const asked = askedFor(state, since);
  const known = state.answers.get(asked);
  if (known) return known;
  const served = Promise.resolve(serveBoard(answer(state, asked)));
  state.answers.set(asked, served);
  return served;
}
