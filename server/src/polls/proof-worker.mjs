// A proof checker off the main event loop: checks sealed ballots with the shared `ballotFault`
// (shared/src/ballots/ballot.ts), a batch per message, one verdict per ballot (a bad ballot
// never spoils its neighbours). Started by proof-pool.ts; it loads the shared TypeScript source
// through tsx, as the server runs.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { ballotFault } = await tsImport("@trilogue/shared/ballots", import.meta.url);

parentPort.on("message", ({ id, frame, ballots }) => {
  const faults = ballots.map((ballot) => {
    try {
      return ballotFault(frame, ballot);
    } catch {
      return "the ballot could not be checked";
    }
  });
  parentPort.postMessage({ id, faults });
});
parentPort.postMessage({ ready: true });
