// The bench's stand-in for a delegate page's board worker (client/src/screens/decisions/
// board-verifier.ts), with the very follower the page runs (`BoardFollower`): while a secret poll
// is open, takes in each part of its board (the ballots added since the last read) and proves the
// new ballots; at the close, takes in the last part and runs the checks of `verify-poll` on the
// board the parts add up to. Off the generator's event loop, as the page's worker is off its main
// thread.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

// The pages' proving while the poll is open belongs to the delegates' own machines: here, on the
// server's, this thread runs it at the lowest priority (on Linux this sets this thread's niceness
// only), on idle CPU rather than the server's. The final check runs at normal priority.
const nice = (value) => {
  try {
    setPriority(value);
  } catch {
    // Not allowed here: the priority stays as it is.
  }
};
// Before the ballots' code is loaded and compiled: that too is the page's work.
nice(19);
const { BoardFollower, boardPartSchema } = await tsImport("@trilogue/shared/ballots", import.meta.url);
// This thread's id, for the generator to raise its priority at the close (`hurry`): a task
// running at the lowest priority cannot raise it itself until it ends.
let tid = 0;
try {
  tid = Number(readlinkSync("/proc/thread-self").split("/").at(-1));
} catch {
  // Not Linux: the thread keeps its priority until its next task.
}
parentPort.postMessage({ id: 0, answer: { tid } });

const followers = new Map();
const followerOf = (pollId) => {
  const follower = followers.get(pollId) ?? new BoardFollower();
  followers.set(pollId, follower);
  return follower;
};

const tasks = {
  follow({ pollId, text }) {
    const follower = followerOf(pollId);
    const count = follower.apply(boardPartSchema.parse(JSON.parse(text)));
    return { count, cursor: follower.cursor };
  },
  finish({ pollId, text }) {
    nice(0);
    const follower = followerOf(pollId);
    follower.apply(boardPartSchema.parse(JSON.parse(text)));
    const { verdict, hash } = follower.verify();
    return { ok: verdict.ok && verdict.complete, hash, failure: verdict.ok ? undefined : verdict.failure };
  },
};

parentPort.on("message", ({ id, request }) => {
  try {
    parentPort.postMessage({ id, answer: tasks[request.kind](request) });
  } catch (error) {
    parentPort.postMessage({ id, answer: { error: String(error) } });
  }
});
