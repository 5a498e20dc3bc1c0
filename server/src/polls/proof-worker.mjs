// A proof checker off the main event loop: checks sealed ballots with the shared `ballotFault`
// (shared/src/ballots/ballot.ts), a batch per message, one verdict per ballot (a bad ballot
// never spoils its neighbours); and sums a closing poll's aggregates. Started by proof-pool.ts;
// it loads the shared TypeScript source through tsx, as the server runs.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { aggregate, ballotFault } = await tsImport("@trilogue/shared/ballots", import.meta.url);

const tasks = {
  faults: ({ frame, ballots }) =>
    ballots.map((ballot) => {
      try {
        return ballotFault(frame, ballot);
      } catch {
        return "the ballot could not be checked";
      }
    }),
  // A closing poll's aggregates (its ballots were checked when cast).
  aggregate: ({ optionCount, ballots, scopes }) => aggregate(optionCount, ballots, scopes),
};

parentPort.on("message", ({ id, task, ...input }) => {
  parentPort.postMessage({ id, result: tasks[task](input) });
});
parentPort.postMessage({ ready: true });
