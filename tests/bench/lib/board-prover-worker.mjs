// The bench's stand-in for a delegate page's board worker (client/src/screens/decisions/
// board-verifier.ts): while a secret poll is open, proves each board ballot not seen before
// (tracker and proofs); at the close, verifies the board taking those as proved. Off the
// generator's event loop, as the page's worker is off its main thread.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { ballotFault, boardFrame, boardHash, frameKey, trackerOf, verifyBoard } = await tsImport(
  "@trilogue/shared/ballots",
  import.meta.url,
);

const proven = new Map();

function answer({ kind, text }) {
  const board = JSON.parse(text);
  const frame = boardFrame(board);
  const key = frame ? frameKey(frame) : null;
  if (key && !proven.has(key)) proven.set(key, new Set());
  const trackers = key ? proven.get(key) : new Set();
  if (kind === "prove") {
    if (!frame) return { count: 0 };
    for (const entry of board.ballots) {
      if (trackers.has(entry.tracker)) continue;
      if (trackerOf(entry.ballot) === entry.tracker && ballotFault(frame, entry.ballot) === null)
        trackers.add(entry.tracker);
    }
    return { count: trackers.size };
  }
  const verdict = verifyBoard(board, key ? { frame: key, trackers } : undefined);
  return { ok: verdict.ok && verdict.complete, hash: boardHash(text), proven: trackers.size };
}

parentPort.on("message", ({ id, request }) => {
  try {
    parentPort.postMessage({ id, answer: answer(request) });
  } catch (error) {
    parentPort.postMessage({ id, answer: { error: String(error) } });
  }
});
