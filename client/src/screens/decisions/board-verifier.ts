import {
  type Board,
  type BoardVerdict,
  ballotFaults,
  boardFrame,
  boardHash,
  frameKey,
  trackerOf,
  verifyBoard,
} from "@trilogue/shared/ballots";

/**
 * The board checks a browser runs, in its Web Worker (board-worker.ts), or in the page where
 * there are no workers. While a secret poll is open, each read of its board proves the ballots
 * not seen before (tracker and proofs, as `verifyBoard` checks them, the new ones in one batch);
 * at the close, the full check
 * takes those as proved, so that only the new ballots, the aggregates, the partial decryptions
 * and the result are left to check.
 */
const proven = new Map<string, Set<string>>();
const provenKept = 8;

function provenIn(frame: string): Set<string> {
  let trackers = proven.get(frame);
  if (!trackers) {
    trackers = new Set();
    proven.set(frame, trackers);
    if (proven.size > provenKept) proven.delete(proven.keys().next().value ?? "");
  }
  return trackers;
}

/** A request to the verifier: the board's text as served. */
export type VerifierRequest = { kind: "prove" | "verify"; text: string };
export type VerifierAnswer =
  | { kind: "proved"; count: number }
  | { kind: "verified"; verdict: BoardVerdict; hash: string }
  | { kind: "unreadable" };

/**
 * Proves the ballots of an open poll's board not proved yet, all in one batch (`ballotFaults`);
 * returns how many are proved now.
 */
function prove(board: Board): number {
  const frame = boardFrame(board);
  if (!frame) return 0;
  const trackers = provenIn(frameKey(frame));
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
  let board: Board;
  try {
    board = JSON.parse(request.text) as Board;
  } catch {
    return { kind: "unreadable" };
  }
  if (request.kind === "prove") {
    try {
      return { kind: "proved", count: prove(board) };
    } catch {
      return { kind: "unreadable" };
    }
  }
  const frame = boardFrame(board);
  const known = frame ? proven.get(frameKey(frame)) : undefined;
  const verdict = verifyBoard(board, frame && known ? { frame: frameKey(frame), trackers: known } : undefined);
  return { kind: "verified", verdict, hash: boardHash(request.text) };
}
