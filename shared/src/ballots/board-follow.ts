import { z } from "zod";
import { type BallotFrame, ballotFaults, frameKey, trackerOf } from "./ballot.js";
import {
  type Board,
  type BoardEntry,
  type BoardVerdict,
  boardEntrySchema,
  boardFrame,
  boardHash,
  boardJson,
  verifyBoard,
} from "./board.js";
import { hex32Schema } from "./schemas.js";

/**
 * A part of a board, for a reader following it (`GET …/board?since=<cursor>`): the board whole but
 * for its ballots, which are only those added since the reader's cursor (in tracker order), the
 * trackers removed since (a delegation that cast again replaces its ballot), and the cursor to ask
 * from next. `reset`: the server did not know the cursor, and the ballots given are all of them.
 */
export const boardPartSchema = z.object({
  version: z.literal("trilogue-board-part-v1"),
  cursor: z.string().max(200),
  reset: z.boolean(),
  removed: z.array(hex32Schema),
  board: z.object({ ballots: z.array(z.unknown()) }).loose(),
});
export type BoardPart = z.infer<typeof boardPartSchema>;

/** What a verifier has proved, by frame: shared by the followers of one page (one set per poll and key). */
export type ProofLedger = Map<string, Set<string>>;

/**
 * A board followed while its poll is open, as a delegate's browser follows it: each part's new
 * entries are read with the schema, their trackers recomputed and their proofs checked in one
 * batch as they arrive (`ballotFaults`), so that at the close only what the close adds is left:
 * the turnout, the scopes, the aggregates, the partial decryptions, the result. `verify` then runs
 * `verifyBoard` (every check of `pnpm verify-poll`) on the board the parts add up to, taking the
 * entries checked here as checked, and hashes that board as the server serialises it
 * (`boardJson`): equal to the hash the room was given, it is the very board `verify-poll` reads.
 */
export class BoardFollower {
  /** Where the next part starts; null before the first. */
  cursor: string | null = null;
  private readonly entries = new Map<string, BoardEntry | unknown>();
  private readonly checked = new WeakSet<BoardEntry>();
  private head: Record<string, unknown> | null = null;

  constructor(private readonly ledger: ProofLedger = new Map()) {}

  /** Takes a part in; returns how many ballots of the board are proved. */
  apply(part: BoardPart): number {
    if (part.reset) this.entries.clear();
    for (const tracker of part.removed) this.entries.delete(tracker);
    const { ballots, ...head } = part.board;
    this.head = head;
    const fresh: BoardEntry[] = [];
    for (const raw of ballots) {
      const read = boardEntrySchema.safeParse(raw);
      // A malformed entry is kept as it came: `verify` names it as `verify-poll` would.
      if (!read.success || trackerOf(read.data.ballot) !== read.data.tracker) {
        const tracker = typeof raw === "object" && raw !== null ? (raw as { tracker?: unknown }).tracker : undefined;
        this.entries.set(typeof tracker === "string" ? tracker : `?${this.entries.size}`, raw);
        continue;
      }
      this.checked.add(read.data);
      this.entries.set(read.data.tracker, read.data);
      fresh.push(read.data);
    }
    this.cursor = part.cursor;
    const proven = this.proven();
    if (!proven) return 0;
    const unproven = fresh.filter((entry) => !proven.trackers.has(entry.tracker));
    const faults = ballotFaults(
      proven.frame,
      unproven.map((entry) => entry.ballot),
    );
    for (const [index, entry] of unproven.entries()) if (faults[index] === null) proven.trackers.add(entry.tracker);
    return [...this.entries.keys()].filter((tracker) => proven.trackers.has(tracker)).length;
  }

  /** The board the parts taken in add up to: the last part's, with every entry, in tracker order. */
  board(): Board | null {
    if (!this.head) return null;
    const ballots = [...this.entries.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e);
    return { ...this.head, ballots } as Board;
  }

  /**
   * The checks of `verify-poll` on the board the parts add up to, and its hash as served (empty
   * when it does not verify: there are no bytes to compare then).
   */
  verify(): { verdict: BoardVerdict; hash: string } {
    const board = this.board();
    const proven = this.proven();
    const verdict = verifyBoard(
      board,
      proven ? { frame: frameKey(proven.frame), trackers: proven.trackers, checked: this.checked } : undefined,
    );
    return { verdict, hash: verdict.ok && board ? boardHash(boardJson(board)) : "" };
  }

  private proven() {
    let frame: BallotFrame | null = null;
    try {
      frame = this.head ? boardFrame(this.head as Board) : null;
    } catch {
      // A head without the poll's shape: nothing is proved, `verify` names what is wrong.
    }
    if (!frame) return null;
    const key = frameKey(frame);
    const trackers = this.ledger.get(key) ?? new Set<string>();
    this.ledger.set(key, trackers);
    return { frame, trackers };
  }
}
