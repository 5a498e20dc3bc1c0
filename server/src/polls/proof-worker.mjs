// A proof checker off the main event loop: checks sealed ballots with the shared `ballotFaults`
// (shared/src/ballots/ballot.ts) and sums a closing poll's aggregates. Started by proof-pool.ts;
// it loads the shared TypeScript source through tsx, as the server runs.
//
// Batches: when a message of ballots comes in, every other message already queued for this
// worker is taken with it (up to `batchBallots` ballots), and the ballots of each frame are checked
// together, in one multi-scalar multiplication (batch verification). One verdict per ballot: a bad
// ballot is found by checking alone the ballots of a batch that fails, and never spoils the others.
import { appendFileSync, readFileSync } from "node:fs";
import { parentPort, receiveMessageOnPort, threadId } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { aggregate, ballotFaults, combineCounts, decryptShare, frameKey, partialsFault, rehearseChecks } =
  await tsImport("@trilogue/shared/ballots", import.meta.url);

/**
 * At most this many ballots checked together: a batch's verdicts all come back when it is done,
 * and a larger batch costs less a ballot (warm, about 3.3 ms at 96, 2.9 at 192: Pippenger's windows).
 */
const batchBallots = 192;

/** PROOF_TRACE_FILE (the bench's): one line per task, "<thread> <began, epoch ms> <ms> <task>". */
const traceFile = process.env.PROOF_TRACE_FILE;
const epochNow = () => performance.timeOrigin + performance.now();
const threadTicks = () => {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};
let ticksAtBegin = traceFile ? threadTicks() : 0;
const trace = (began, task) => {
  if (!traceFile) return;
  const ticks = threadTicks();
  appendFileSync(
    traceFile,
    `${threadId} ${began.toFixed(0)} ${(epochNow() - began).toFixed(1)} ${task} cpu=${ticks - ticksAtBegin}\n`,
  );
  ticksAtBegin = ticks;
};

/** One verdict per ballot of each message, the messages' ballots of one frame checked together. */
function faultsOf(messages) {
  const byFrame = new Map();
  for (const message of messages) {
    const key = frameKey(message.frame);
    const group = byFrame.get(key) ?? { frame: message.frame, ballots: [] };
    byFrame.set(key, group);
    group.ballots.push(...message.ballots);
  }
  const verdicts = new Map();
  for (const [key, { frame, ballots }] of byFrame) {
    let faults;
    try {
      faults = ballotFaults(frame, ballots);
    } catch {
      faults = ballots.map(() => "the ballot could not be checked");
    }
    verdicts.set(key, faults);
  }
  const taken = new Map();
  return messages.map((message) => {
    const key = frameKey(message.frame);
    const from = taken.get(key) ?? 0;
    taken.set(key, from + message.ballots.length);
    return verdicts.get(key).slice(from, from + message.ballots.length);
  });
}

const answer = ({ id, task, ...input }) => {
  try {
    // A poll opening: its checks rehearsed under its key before its ballots come.
    if (task === "rehearse") {
      rehearseChecks(input.frame);
      return { id, result: null };
    }
    // A closing poll's aggregates (its ballots were checked when cast).
    if (task === "aggregate") {
      // A ballot may come as its board entry's JSON: parsed here rather than on the event loop.
      const ballots = input.ballots.map((ballot) => (typeof ballot === "string" ? JSON.parse(ballot) : ballot));
      return { id, result: aggregate(input.optionCount, ballots, input.scopes) };
    }
    // The server trustee's partial decryptions at the close, and the check of another trustee's.
    if (task === "decrypt")
      return { id, result: decryptShare(input.pollId, input.trusteeId, input.secret, input.aggregates) };
    // The counts, once every trustee has decrypted.
    if (task === "combine") return { id, result: combineCounts(input.aggregates, input.partials, input.bound) };
    if (task === "partials")
      return {
        id,
        result: partialsFault(input.pollId, input.trusteeId, input.publicShare, input.aggregates, input.partials),
      };
    return { id, result: faultsOf([input])[0] };
  } catch (error) {
    return { id, error: String(error) };
  }
};

parentPort.on("message", (first) => {
  if (first.task !== "faults") {
    const began = epochNow();
    parentPort.postMessage(answer(first));
    trace(began, first.task);
    return;
  }
  // The ballots queued behind this one join its batch; anything else waits its turn, in order.
  const batch = [first];
  const after = [];
  let ballots = first.ballots.length;
  while (ballots < batchBallots) {
    const queued = receiveMessageOnPort(parentPort);
    if (!queued) break;
    if (queued.message.task === "faults") {
      batch.push(queued.message);
      ballots += queued.message.ballots.length;
    } else after.push(queued.message);
  }
  let results;
  const began = epochNow();
  try {
    results = faultsOf(batch).map((result, i) => ({ id: batch[i].id, result }));
  } catch (error) {
    results = batch.map(({ id }) => ({ id, error: String(error) }));
  }
  trace(began, `faults ${ballots}`);
  for (const result of results) parentPort.postMessage(result);
  for (const message of after) parentPort.postMessage(answer(message));
});
parentPort.postMessage({ ready: true });
