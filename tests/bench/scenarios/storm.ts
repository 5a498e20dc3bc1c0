import type { ConsultationEvent, Snapshot } from "@trilogue/shared";
import type { JoinMarks } from "../lib/bench-client.js";
import { epochNow, waitUntil } from "../lib/clock.js";
import { LatencyRecorder, round } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import { readMetrics } from "../lib/operator.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import type { JoinPhases } from "../lib/report.js";
import { processCpuSeconds } from "../lib/servers.js";
import { currentSnapshot, openNamedPoll } from "./room.js";
import type { stormJoin, stormVote } from "./storm-tasks.js";

export type StormParams = {
  url: string;
  operatorToken: string;
  /** The server's process id, to read its CPU use over each phase. */
  serverPid?: number;
  chairLink: string;
  delegateLinks: string[];
  /** Read the state a joining client received (after the join storm), for the same-run baseline. */
  readSnapshot?: boolean;
};

export type StormResult = {
  joinStorm: {
    clients: number;
    allReadyMs: number;
    failed: number;
    cpu: PhaseCpu;
    phases: JoinPhases;
    /** When the join storm started (epoch ms), to find it in a CPU profile. */
    startAt: number;
  };
  memory: {
    clients: number;
    rssBeforeBytes: number;
    rssAfterBytes: number;
    perClientKb: number;
    /** The JavaScript heap's growth per client, after a collection: what the connections hold. */
    heapPerClientKb: number;
  };
  voteStorm: {
    clients: number;
    ackP50Ms: number;
    ackP99Ms: number;
    ackMaxMs: number;
    finalTallyMs: number;
    eventLoopMaxStallMs: number;
    refused: number;
    cpu: PhaseCpu;
  };
  /** The events that carried the poll's ballots to one client: the size of the final tally, for the baseline. */
  tallyEvents: ConsultationEvent[];
  /** When the last ballot was acknowledged (epoch milliseconds). */
  lastAckAt: number;
  /** The state as the room held it after the join storm (when asked for). */
  snapshot: Snapshot | null;
};

export type Joined = Awaited<ReturnType<typeof stormJoin>>;
type Voted = Awaited<ReturnType<typeof stormVote>>;

export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Time for the start signal to reach every generator process before the moment it names. */
const leadMs = 300;

/**
 * The room fills and votes, its delegates spread over the generator processes (each a share of
 * the room, as if on different machines; all start each phase at one wall-clock moment). Join
 * storm: every delegate joins (POST /api/join), connects and gets the full state at once. Memory:
 * the server's RSS before and after, each after a collection. Vote storm: the chair opens a poll
 * and every delegation casts at the same moment; we record each acknowledgement, the moment every
 * client holds every ballot (the final tally), and the server's longest event-loop stall meanwhile.
 */
export async function storm(pool: Pool, params: StormParams): Promise<StormResult> {
  const { url, operatorToken: token } = params;
  const count = params.delegateLinks.length;
  const shares = split(params.delegateLinks, pool.size);
  const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
  // The chair's poll first, so that joining clients start from a quiet, settled room.
  const pollId = await openNamedPoll(url, params.chairLink, "Storm: adopt the expectation?");
  await settle(500);
  const before = await readMetrics(url, token, { gc: true, reset: true });

  const join = await phase<Joined>(pool, params.serverPid, "stormJoin", (startAt, i) => ({
    url,
    links: shares[i] ?? [],
    firstNumber: firstNumbers[i] ?? 1,
    startAt,
  }));
  const failed = join.results.reduce((sum, result) => sum + result.failed, 0);
  const joinStorm = {
    clients: count,
    allReadyMs: round(Math.max(...join.results.map((result) => result.readyAt)) - join.startAt),
    failed,
    cpu: join.cpu(join.results),
    phases: joinPhases(join.results, join.startAt),
    startAt: join.startAt,
  };
  try {
    await settle(1000);
    const after = await readMetrics(url, token, { gc: true });
    const joinedCount = count - failed;
    const memory = {
      clients: joinedCount,
      rssBeforeBytes: before.rssBytes,
      rssAfterBytes: after.rssBytes,
      perClientKb: round((after.rssBytes - before.rssBytes) / 1024 / Math.max(1, joinedCount)),
      heapPerClientKb: round((after.heapUsedBytes - before.heapUsedBytes) / 1024 / Math.max(1, joinedCount)),
    };
    const snapshot = params.readSnapshot ? await currentSnapshot(url, params.chairLink) : null;
    await settle(500);
    await readMetrics(url, token, { reset: true });
    const vote = await phase<Voted>(pool, params.serverPid, "stormVote", (startAt, i) => ({
      pollId,
      expected: joinedCount,
      startAt,
      firstNumber: firstNumbers[i] ?? 1,
      keepTally: i === 0,
    }));
    const metrics = await readMetrics(url, token);
    const acks = new LatencyRecorder();
    for (const result of vote.results) for (const ms of result.acks) acks.record(ms);
    const completes = vote.results.map((result) => result.completeAt);
    const summary = acks.summary();
    return {
      joinStorm,
      memory,
      voteStorm: {
        clients: joinedCount,
        ackP50Ms: summary.p50Ms,
        ackP99Ms: summary.p99Ms,
        ackMaxMs: summary.maxMs,
        finalTallyMs: completes.every((at) => at !== null)
          ? round(Math.max(...(completes as number[])) - vote.startAt)
          : Number.NaN,
        eventLoopMaxStallMs: metrics.eventLoopDelay.maxMs,
        refused: vote.results.reduce((sum, result) => sum + result.refused, 0),
        cpu: vote.cpu(vote.results),
      },
      tallyEvents: vote.results.flatMap((result) => result.tallyEvents),
      lastAckAt: Math.max(...vote.results.map((result) => result.lastAckAt)),
      snapshot,
    };
  } finally {
    await Promise.all(pool.workers.map((worker) => worker.run("stormClose", {}, 30_000)));
  }
}

/**
 * Starts one phase in every generator process at the same moment; the server's CPU is read over
 * the same span, and each process reports its own.
 */
export async function phase<R extends { cpuPercent: number; cpuMs?: number }>(
  pool: Pool,
  serverPid: number | undefined,
  task: string,
  paramsOf: (startAt: number, index: number) => unknown,
  /** What this process does itself at the phase's start (the chair closing a poll). */
  atStart?: () => void,
) {
  const startAt = epochNow() + leadMs;
  const running = Promise.all(
    pool.workers.map((worker, i) => worker.run<R>(task, paramsOf(startAt, i), 300_000).then(({ result }) => result)),
  );
  await waitUntil(startAt);
  atStart?.();
  const serverStart = processCpuSeconds(serverPid);
  const results = await running;
  const seconds = (epochNow() - startAt) / 1000;
  if (process.env.BENCH_TRACE) process.stderr.write(`  [phase ${task}] ${startAt} → ${epochNow()} epoch ms\n`);
  const serverSeconds = processCpuSeconds(serverPid) - serverStart;
  const serverPercent = Math.round((serverSeconds / seconds) * 100);
  return {
    startAt,
    results,
    cpu: (all: R[]): PhaseCpu => ({
      generatorPercent: Math.max(...all.map((result) => result.cpuPercent)),
      generatorProcessesPercent: all.map((result) => result.cpuPercent),
      serverPercent,
      serverCpuMs: Math.round(serverSeconds * 1000),
      generatorCpuMs: Math.round(all.reduce((sum, result) => sum + (result.cpuMs ?? 0), 0)),
    }),
  };
}

/** The join storm's steps over every generator process's clients, from `startAt` (see JoinMarks). */
export function joinPhases(results: readonly Joined[], startAt: number): JoinPhases {
  const step = (key: keyof JoinMarks) => {
    const ms = results
      .flatMap((result) => result.marks.map((marks) => marks[key]))
      .filter((at): at is number => at !== undefined)
      .map((at) => at - startAt)
      .sort((a, b) => a - b);
    return { p50Ms: round(ms[Math.floor(ms.length / 2)] ?? Number.NaN), maxMs: round(ms.at(-1) ?? Number.NaN) };
  };
  return { joined: step("joinedAt"), connected: step("connectedAt"), ready: step("readyAt") };
}

/** Splits the links into `parts` nearly equal consecutive shares. */
export function split<T>(items: readonly T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, i) =>
    items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)),
  );
}
