import type { Board, BoardFailure, Poll } from "@trilogue/shared";
import { askVerifier } from "./board-prover";

/** Why a board is not verified: the verifier's reasons, and this browser's own checks. */
export type BoardCheckReason = {
  code: BoardFailure["code"] | "noResult" | "hash" | "roomResult" | "ownBallot";
  values: Record<string, string | number>;
};

/** What this browser found on a secret poll's bulletin board. */
export type BoardCheck =
  | { status: "verified"; board: Board }
  | { status: "failed"; failure: string; reason: BoardCheckReason; board: Board | null }
  | { status: "unreachable" };

/**
 * Reads a closed secret poll's board and runs on it the checks of `pnpm verify-poll` (the one
 * verifier of shared/src/ballots, loaded with the ballot crypto only now, in a Web Worker); then checks that the
 * result the room shows is the board's, and that this delegation's ballot, when it cast one here,
 * is on it. The first failure is named, in the verifier's words (`failure`, as `verify-poll`
 * prints it) and as a reason the page shows in the reader's language.
 */
export async function checkBoard(poll: Poll, consultationId: string, tracker: string | null): Promise<BoardCheck> {
  let text: string;
  let board: Board;
  try {
    const response = await fetch(boardUrl(consultationId, poll.id), { credentials: "same-origin" });
    if (!response.ok) return { status: "unreachable" };
    text = await response.text();
    board = JSON.parse(text) as Board;
  } catch {
    return { status: "unreachable" };
  }
  // In the page's worker (board-prover.ts): the ballots proved while the poll was open are not
  // proved again, so that only the newest, the aggregates and the decryptions are left.
  const checked = await askVerifier({ kind: "verify", text });
  if (checked.kind !== "verified")
    return { status: "failed", failure: "the board is malformed", reason: { code: "malformed", values: {} }, board };
  const { verdict, hash } = checked;
  if (!verdict.ok) return { status: "failed", failure: verdict.failure, reason: verdict.reason, board };
  if (!verdict.complete || !verdict.result)
    return { status: "failed", failure: "the board holds no result", reason: { code: "noResult", values: {} }, board };
  const cited = poll.sealing?.boardHash;
  if (cited && hash !== cited)
    return {
      status: "failed",
      failure: "the board is not the one whose hash the room was given",
      reason: { code: "hash", values: {} },
      board,
    };
  const shown = poll.result;
  if (shown) {
    const onBoard = new Map(verdict.result.map((r) => [r.scope, JSON.stringify(r.counts)]));
    const inRoom: [string, unknown][] = [["all", shown.overall], ...Object.entries(shown.byConstituency)];
    for (const [scope, counts] of inRoom) {
      if (counts && onBoard.get(scope as never) !== JSON.stringify(counts))
        return {
          status: "failed",
          failure: `the result shown in the room for ${scope} is not the board's`,
          reason: { code: "roomResult", values: { scope } },
          board,
        };
    }
  }
  if (tracker && !board.ballots.some((b) => b.tracker === tracker))
    return {
      status: "failed",
      failure: "your delegation's ballot is not on the board",
      reason: { code: "ownBallot", values: {} },
      board,
    };
  return { status: "verified", board };
}

/** Where a secret poll's board is downloaded from. */
export const boardUrl = (consultationId: string, pollId: string) =>
  `/api/consultations/${consultationId}/polls/${pollId}/board`;
