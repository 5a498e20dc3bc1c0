import { round } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import { prepareConsultation } from "../lib/operator.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import type { JoinPhases } from "../lib/report.js";
import type { BenchServer } from "../lib/servers.js";
import { currentSnapshot, openNamedPoll } from "./room.js";
import { type Joined, joinPhases, phase, settle, split } from "./storm.js";
import { ratioOf, type StormBaselineResult, stormBaseline } from "./storm-baseline.js";

/** A join storm of a large room on one node, with its same-run baseline. */
export type ScaleJoinRow = {
  clients: number;
  allReadyMs: number;
  failed: number;
  /** Why joins failed: each message with how many times it was seen (in each generator process). */
  errors: [string, number][];
  cpu: PhaseCpu;
  baselineMs: number;
  ratio: number | null;
  generatorProcesses: number;
  phases: JoinPhases;
};

/**
 * The join storm at `clients` (1,000 and 2,000 in the full run), the room spread over the pool's
 * processes: every delegate joins, connects and receives the full state at one moment. Then the
 * bare server's join storm with a payload the size of the snapshot the last joiner received.
 */
export async function joinStormAt(
  pool: Pool,
  server: BenchServer,
  baseline: { url: string; pid?: number },
  clients: number,
): Promise<{ row: ScaleJoinRow; baseline: StormBaselineResult }> {
  const room = await prepareConsultation(server.url, server.operatorToken, clients, `Join storm of ${clients}`);
  await openNamedPoll(server.url, room.chairLink, "Join storm: adopt the expectation?");
  await settle(500);
  const shares = split(room.delegateLinks, pool.size);
  const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
  let join: Awaited<ReturnType<typeof phase<Joined>>>;
  try {
    join = await phase<Joined>(pool, server.process.child.pid, "stormJoin", (startAt, i) => ({
      url: server.url,
      links: shares[i] ?? [],
      firstNumber: firstNumbers[i] ?? 1,
      startAt,
    }));
  } finally {
    await Promise.all(pool.workers.map((worker) => worker.run("stormClose", {}, 60_000)));
  }
  const snapshot = await currentSnapshot(server.url, room.chairLink);
  await settle(1000);
  const bare = await stormBaseline(pool, {
    baselineUrl: baseline.url,
    baselinePid: baseline.pid,
    clients,
    snapshot,
    tally: null,
  });
  const allReadyMs = round(Math.max(...join.results.map((result) => result.readyAt)) - join.startAt);
  return {
    row: {
      clients,
      allReadyMs,
      failed: join.results.reduce((sum, result) => sum + result.failed, 0),
      errors: join.results.flatMap((result) => Object.entries(result.errors)),
      cpu: join.cpu(join.results),
      baselineMs: bare.joinMs,
      ratio: ratioOf(allReadyMs, bare.joinMs),
      generatorProcesses: pool.size,
      phases: joinPhases(join.results, join.startAt),
    },
    baseline: bare,
  };
}
