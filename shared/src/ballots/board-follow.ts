import { z } from "zod";
import { ballotFaults, frameKey, trackerOf } from "./ballot.js";
import {
  type BoardEntry,
  type BoardVerdict,
  boardEntrySchema,
  boardFrame,
  boardHash,
  boardJson,
  boardSchema,
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

/** A board but for its ballots. */
const boardHeadSchema = boardSchema.omit({ ballots: true });
type BoardHead = z.infer<typeof boardHeadSchema>;
/** An entry's tracker, however malformed the rest of it. */
const namedTracker = z.object({ tracker: z.string() });
const byTracker = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

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
  /** Entries read with the schema, their trackers recomputed, by tracker. */
  private readonly entries = new Map<string, BoardEntry>();
  /** Entries kept as they came (malformed, or a tracker that is not the ballot's): `verify` names them. */
  private readonly malformed = new Map<string, unknown>();
  private readonly checked = new WeakSet<BoardEntry>();
  /** The last part's board but for its ballots, as it came and, when it has the board's shape, read. */
  private head: Record<string, unknown> | null = null;
  private readHead: BoardHead | null = null;

  constructor(private readonly ledger: ProofLedger = new Map()) {}

  /** Takes a part in; returns how many ballots of the board are proved. */
  apply(part: BoardPart): number {
    if (part.reset) {
      this.entries.clear();
      this.malformed.clear();
    }
    for (const tracker of part.removed) {
      this.entries.delete(tracker);
      this.malformed.delete(tracker);
    }
    const { ballots, ...head } = part.board;
    this.head = head;
    const read = boardHeadSchema.safeParse(head);
    this.readHead = read.success ? read.data : null;
    const fresh: BoardEntry[] = [];
    for (const raw of ballots) {
      const read = boardEntrySchema.safeParse(raw);
      // A malformed entry is kept as it came: `verify` names it as `verify-poll` would.
      if (!read.success || trackerOf(read.data.ballot) !== read.data.tracker) {
        const named = namedTracker.safeParse(raw);
        this.malformed.set(named.success ? named.data.tracker : `?${this.malformed.size}`, raw);
        continue;
      }
      this.checked.add(read.data);
      this.malformed.delete(read.data.tracker);
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

  /** The trackers of the board the parts add up to, in its order. */
  trackers(): string[] {
    return [...new Set([...this.entries.keys(), ...this.malformed.keys()])].sort(byTracker);
  }

  /** The board the parts taken in add up to, as it came: the last part's, with every entry, in tracker order. */
  board(): Record<string, unknown> | null {
    if (!this.head) return null;
    const all = new Map<string, unknown>([...this.malformed, ...this.entries]);
    return { ...this.head, ballots: [...all.keys()].sort(byTracker).map((tracker) => all.get(tracker)) };
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
    if (!verdict.ok || !this.readHead || this.malformed.size > 0) return { verdict, hash: "" };
    const ballots = [...this.entries.keys()].sort(byTracker).flatMap((tracker) => this.entries.get(tracker) ?? []);
    return { verdict, hash: boardHash(boardJson({ ...this.readHead, ballots })) };
  }

  private proven() {
    // A head without the board's shape proves nothing: `verify` names what is wrong.
    const frame = this.readHead ? boardFrame(this.readHead) : null;
    if (!frame) return null;
    const key = frameKey(frame);
    const trackers = this.ledger.get(key) ?? new Set<string>();
    this.ledger.set(key, trackers);
    return { frame, trackers };
  }
}
