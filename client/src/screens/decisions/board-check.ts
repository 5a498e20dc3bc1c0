import { announcedPartWaitMs, type BoardFailure, closingReadDelay, type Poll } from "@trilogue/shared";
import { announcedPart } from "../../stores/board-final-store";
import { askVerifier, followedFrom, partUrl } from "./board-prover";
import type { VerifierAnswer } from "./board-verifier";

/** Why a board is not verified: the verifier's reasons, and this browser's own checks. */
export type BoardCheckReason = {
  code: BoardFailure["code"] | "noResult" | "hash" | "roomResult" | "ownBallot";
  values: Record<string, string | number>;
};

/** What this browser found on a secret poll's bulletin board (with the board's trackers, in order). */
export type BoardCheck =
  | { status: "verified"; trackers: string[] }
  | { status: "failed"; failure: string; reason: BoardCheckReason; trackers: string[] | null }
  | { status: "unreachable" };

/** Not all pages of the room at the same moment (closing-read.ts). */
const closingRead = () => new Promise((resolve) => setTimeout(resolve, closingReadDelay()));

/** This page's part of the board from its cursor, read itself; null when refused. */
async function readPart(url: string, cursor: string): Promise<string | null> {
  await closingRead();
  const response = await fetch(partUrl(url, cursor), { credentials: "same-origin" });
  return response.ok ? await response.text() : null;
}

/** The verifier's answer on the board: from the part this page lacks when it followed the board while open, or whole. */
async function verdictOn(poll: Poll, consultationId: string): Promise<VerifierAnswer | null> {
  const url = boardUrl(consultationId, poll.id);
  const cursor = followedFrom(poll.id);
  try {
    if (cursor !== null) {
      // The part the room was told at the tally, when it is this page's; else this page's own read.
      const text = (await announcedPart(poll.id, cursor, announcedPartWaitMs)) ?? (await readPart(url, cursor));
      const followed = text === null ? null : await askVerifier({ kind: "finish", pollId: poll.id, text });
      // Parts that do not add up to the board the room was given: the board is read whole.
      if (followed?.kind === "verified" && followed.verdict.ok && followed.hash === poll.sealing?.boardHash)
        return followed;
    }
    if (cursor === null) await closingRead();
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) return null;
    return await askVerifier({ kind: "verify", text: await response.text() });
  } catch {
    return null;
  }
}

/**
 * Checks a closed secret poll's board with the checks of `pnpm verify-poll` (the one verifier of
 * shared/src/ballots, loaded with the ballot crypto only now, in a Web Worker): when this page
 * followed the board while the poll was open, on the board its parts add up to (the ballots proved
 * as they came are not proved again; the board's hash as served must be the room's), otherwise on
 * the board read whole. Then checks that the result the room shows is the board's, and that this
 * delegation's ballot, when it cast one here, is on it. The first failure is named, in the
 * verifier's words (`failure`, as `verify-poll` prints it) and as a reason the page shows in the
 * reader's language.
 */
export async function checkBoard(poll: Poll, consultationId: string, tracker: string | null): Promise<BoardCheck> {
  const checked = await verdictOn(poll, consultationId);
  if (!checked) return { status: "unreachable" };
  if (checked.kind !== "verified")
    return {
      status: "failed",
      failure: "the board is malformed",
      reason: { code: "malformed", values: {} },
      trackers: null,
    };
  const { verdict, hash, trackers } = checked;
  if (!verdict.ok) return { status: "failed", failure: verdict.failure, reason: verdict.reason, trackers };
  if (!verdict.complete || !verdict.result)
    return {
      status: "failed",
      failure: "the board holds no result",
      reason: { code: "noResult", values: {} },
      trackers,
    };
  const cited = poll.sealing?.boardHash;
  if (cited && hash !== cited)
    return {
      status: "failed",
      failure: "the board is not the one whose hash the room was given",
      reason: { code: "hash", values: {} },
      trackers,
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
          trackers,
        };
    }
  }
  if (tracker && !trackers.includes(tracker))
    return {
      status: "failed",
      failure: "your delegation's ballot is not on the board",
      reason: { code: "ownBallot", values: {} },
      trackers,
    };
  return { status: "verified", trackers };
}

/** Where a secret poll's board is downloaded from. */
export const boardUrl = (consultationId: string, pollId: string) =>
  `/api/consultations/${consultationId}/polls/${pollId}/board`;
