/**
 * The load generator: its own processes, holding the bench clients, so that their CPU is their
 * own and reported beside each result (a saturated generator must not be mistaken for a slow
 * server). The orchestrator (run.ts) sends each process one task at a time over the IPC channel;
 * the vote storm spreads the room over several processes, as its delegates would be on many machines.
 */
import { serveTasks } from "./lib/ipc.js";
import { fanout } from "./scenarios/fanout.js";
import { saturationClose, saturationJoin, saturationStep } from "./scenarios/saturation-tasks.js";
import {
  spreadArrivals,
  spreadBaselineCast,
  spreadBaselineClose,
  spreadBaselineJoin,
  spreadCast,
  spreadClose,
  spreadJoin,
  spreadMark,
} from "./scenarios/spread-tasks.js";
import { baselineStormClose, baselineStormJoin, baselineStormVote } from "./scenarios/storm-baseline-tasks.js";
import { stormSecretSeal, stormSecretTally, stormSecretVote } from "./scenarios/storm-secret-tasks.js";
import { stormClose, stormJoin, stormVote } from "./scenarios/storm-tasks.js";
import { throughput } from "./scenarios/throughput.js";

serveTasks({
  fanout,
  throughput,
  stormJoin,
  stormVote,
  stormClose,
  stormSecretSeal,
  stormSecretVote,
  stormSecretTally,
  // The same-run baseline of the join and vote storms, on the bare server.
  baselineStormJoin,
  baselineStormVote,
  baselineStormClose,
  // Fan-out with the room spread over the processes (1,000 and 2,000 clients, two nodes).
  spreadJoin,
  spreadBaselineJoin,
  spreadMark,
  spreadCast,
  spreadBaselineCast,
  spreadArrivals,
  spreadBaselineClose,
  spreadClose,
  // Ballots a second at saturation.
  saturationJoin,
  saturationStep,
  saturationClose,
});
