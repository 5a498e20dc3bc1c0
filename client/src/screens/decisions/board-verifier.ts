import {
  type Board,
  BoardFollower,
  type BoardVerdict,
  ballotFaults,
  boardFrame,
  boardHash,
  boardPartSchema,
  frameKey,
  namedTrackers,
  type ProofLedger,
  trackerOf,
  verifyBoard,
} from "@trilogue/shared/ballots";

/**
 * The board checks a browser runs, in its Web Worker (board-worker.ts), or in the page where
 * there are no workers. While a secret poll is open, the page follows its board in parts (the
 * ballots added since its last read, `BoardFollower`): each new ballot is read, its tracker
 * recomputed and its proofs checked as it arrives, the new ones in one batch. At the close, the
 * last part completes the board and the checks of `verify-poll` run on it, taking those ballots as
 * checked, so that only the aggregates, the partial decryptions and the result are left; the board
 * is hashed as served and must be the one whose hash the room was given.
 */
const ledger: ProofLedger = new Map();
const followers = new Map<string, BoardFollower>();
const followersKept = 8;

function followerOf(pollId: string): BoardFollower {
  let follower = followers.get(pollId);
  if (!follower) {
    follower = new BoardFollower(ledger);
    followers.set(pollId, follower);
    if (followers.size > followersKept) followers.delete(followers.keys().next().value ?? "");
  }
  return follower;
}

/**
 * A request to the verifier: a whole board's text ("prove", "verify"), or a part of a poll's board
 * ("follow" while open, "finish" at the close).
 */
export type VerifierRequest =
  | { kind: "prove" | "verify"; text: string }
  | { kind: "follow" | "finish"; pollId: string; text: string };
export type VerifierAnswer =
  | { kind: "proved"; count: number; cursor?: string | null }
  | { kind: "verified"; verdict: BoardVerdict; hash: string; trackers: string[] }
  | { kind: "unreadable" };

/**
 * Proves the ballots of a whole open board not proved yet, all in one batch (`ballotFaults`);
 * returns how many are proved now.
 */
function prove(board: Board): number {
  const frame = boardFrame(board);
  if (!frame) return 0;
  const key = frameKey(frame);
  const trackers = ledger.get(key) ?? new Set<string>();
  ledger.set(key, trackers);
  const fresh = board.ballots.filter(
    (entry) => !trackers.has(entry.tracker) && trackerOf(entry.ballot) === entry.tracker,
  );
  const faults = ballotFaults(
    frame,
    fresh.map((entry) => entry.ballot),
  );
  for (const [index, entry] of fresh.entries()) if (faults[index] === null) trackers.add(entry.tracker);
  return trackers.size;
}

export function answer(request: VerifierRequest): VerifierAnswer {
  let read: unknown;
  try {
    read = JSON.parse(request.text);
  } catch {
    return { kind: "unreadable" };
  }
  if (request.kind === "follow" || request.kind === "finish") {
    const part = boardPartSchema.safeParse(read);
    if (!part.success) return { kind: "unreadable" };
    const follower = followerOf(request.pollId);
    try {
      const count = follower.apply(part.data);
      if (request.kind === "follow") return { kind: "proved", count, cursor: follower.cursor };
    } catch {
      return { kind: "unreadable" };
    }
    const { verdict, hash } = follower.verify();
    return { kind: "verified", verdict, hash, trackers: follower.trackers() };
  }
  const board = read as Board;
  if (request.kind === "prove") {
    try {
      return { kind: "proved", count: prove(board) };
    } catch {
      return { kind: "unreadable" };
    }
  }
  const frame = boardFrame(board);
  const known = frame ? ledger.get(frameKey(frame)) : undefined;
  const verdict = verifyBoard(board, frame && known ? { frame: frameKey(frame), trackers: known } : undefined);
  return { kind: "verified", verdict, hash: boardHash(request.text), trackers: namedTrackers(board) };
}
