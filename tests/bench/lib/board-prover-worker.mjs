// The bench's stand-in for a delegate page's board worker (client/src/screens/decisions/
// board-verifier.ts): while a secret poll is open, proves each board ballot not seen before
// (tracker and proofs); at the close, verifies the board taking those as proved. Off the
// generator's event loop, as the page's worker is off its main thread.
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { ballotFaults, boardFrame, boardHash, frameKey, trackerOf, verifyBoard } = await tsImport(
  "@trilogue/shared/ballots",
  import.meta.url,
);

// The pages' work belongs to the delegates' own machines: here, on the server's, the proving
// thread runs at the lowest priority (on Linux this sets this thread's niceness only), on idle
// CPU rather than the server's. The final check runs in a thread at normal priority.
if (workerData?.idle) {
  try {
    setPriority(19);
  } catch {
    // Not allowed here: it runs at normal priority.
  }
}

/** Trackers proved, by frame. */
const proven = new Map();

const tasks = {
  prove({ text }) {
    const board = JSON.parse(text);
    const frame = boardFrame(board);
    if (!frame) return { count: 0 };
    const key = frameKey(frame);
    const trackers = proven.get(key) ?? new Set();
    proven.set(key, trackers);
    // The ballots not proved yet, in one batch (batch verification, as the page's worker does).
    const fresh = board.ballots.filter(
      (entry) => !trackers.has(entry.tracker) && trackerOf(entry.ballot) === entry.tracker,
    );
    const faults = ballotFaults(
      frame,
      fresh.map((entry) => entry.ballot),
    );
    fresh.forEach((entry, index) => {
      if (faults[index] === null) trackers.add(entry.tracker);
    });
    return { count: trackers.size };
  },
  /** What this thread has proved, to hand to the thread that verifies. */
  proven: () => ({ proven: Object.fromEntries([...proven].map(([key, trackers]) => [key, [...trackers]])) }),
  adopt({ proven: given }) {
    for (const [key, trackers] of Object.entries(given)) proven.set(key, new Set(trackers));
    return {};
  },
  verify({ text }) {
    const board = JSON.parse(text);
    const frame = boardFrame(board);
    const key = frame ? frameKey(frame) : null;
    const trackers = (key && proven.get(key)) || new Set();
    const verdict = verifyBoard(board, key ? { frame: key, trackers } : undefined);
    return { ok: verdict.ok && verdict.complete, hash: boardHash(text), proven: trackers.size };
  },
};

parentPort.on("message", ({ id, request }) => {
  try {
    parentPort.postMessage({ id, answer: tasks[request.kind](request) });
  } catch (error) {
    parentPort.postMessage({ id, answer: { error: String(error) } });
  }
});
