/**
 * The load generator: its own process, holding every bench client, so that its CPU is its own
 * and reported beside each result (a saturated generator must not be mistaken for a slow server).
 * The orchestrator (run.ts) sends it one scenario at a time over the IPC channel.
 */
import { serveTasks } from "./lib/ipc.js";
import { fanout } from "./scenarios/fanout.js";
import { storm } from "./scenarios/storm.js";
import { throughput } from "./scenarios/throughput.js";

serveTasks({ fanout, storm, throughput });
