// A proof checker off the main event loop: checks sealed ballots with the shared `ballotFault`
// (shared/src/ballots/ballot.ts), one message per ballot. Started by proof-pool.ts; it loads the
// shared TypeScript source through tsx, as the server runs.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { ballotFault } = await tsImport("@trilogue/shared/ballots", import.meta.url);

parentPort.on("message", ({ id, frame, ballot }) => {
  let fault;
  try {
    fault = ballotFault(frame, ballot);
  } catch {
    fault = "the ballot could not be checked";
  }
  parentPort.postMessage({ id, fault });
});
parentPort.postMessage({ ready: true });
