import { LatencyRecorder } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import type { PhaseCpu } from "../lib/phase-cpu.js";
import { openNamedPoll } from "./room.js";
import type { saturationStep } from "./saturation-tasks.js";
import { phase, settle, split } from "./storm.js";

export type SaturationParams = {
  url: string;
  serverPid?: number;
  chairLink: string;
  delegateLinks: string[];
  /** Offered rates to try, ballots a second in all, rising. */
  rates: number[];
  /** How long each rate is held. */
  holdMs: number;
};

/** One step of the search. */
export type SaturationStep = {
  offeredPerSecond: number;
  ackedPerSecond: number;
  ackP50Ms: number;
  ackP99Ms: number;
  refused: number;
  /** Casts that left late because a delegation already had three unanswered: the acknowledgements lag. */
  heldBack: number;
  held: boolean;
  cpu: PhaseCpu;
};

export type SaturationResult = {
  /** The warm-up at the first rate before the search (not counted): the first ballots of a poll pay for cold caches. */
  warmUp: { offeredPerSecond: number; ackedPerSecond: number; ackP99Ms: number; refused: number };
  /** The highest offered rate held for the whole step: acknowledged within 3% of it, none refused, ack p99 under 300 ms. */
  heldPerSecond: number | null;
  clients: number;
  holdMs: number;
  steps: SaturationStep[];
};

/** A delegation may cast 20 commands a second (the server's per-socket bucket): stay under it. */
const maxPerClientRate = 18;
const ackP99LimitMs = 300;

type Stepped = Awaited<ReturnType<typeof saturationStep>>;

/**
 * `ballotsPerSecondSaturation`: the delegations of one poll (results on close, as in the
 * throughput scenario) cast at a rising offered rate, each held for `holdMs`, until the
 * acknowledgements lag (p99 at 300 ms or more, fewer acknowledged than offered, or a refusal).
 */
export async function saturation(pool: Pool, params: SaturationParams): Promise<SaturationResult> {
  const pollId = await openNamedPoll(params.url, params.chairLink, "Saturation: adopt the expectation?", "on_close");
  const shares = split(params.delegateLinks, pool.size);
  const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
  const clients = params.delegateLinks.length;
  const steps: SaturationStep[] = [];
  let warmUp: SaturationResult["warmUp"] = { offeredPerSecond: 0, ackedPerSecond: 0, ackP99Ms: 0, refused: 0 };
  try {
    await Promise.all(
      pool.workers.map((worker, i) =>
        worker.run(
          "saturationJoin",
          { url: params.url, links: shares[i] ?? [], firstNumber: firstNumbers[i] ?? 1 },
          30 * 60_000,
        ),
      ),
    );
    await settle(1000);
    const firstRate = params.rates[0] ?? 1;
    const warm = await phase<Stepped>(pool, params.serverPid, "saturationStep", (startAt, i) => ({
      pollId,
      perClientRate: firstRate / clients,
      durationMs: Math.min(params.holdMs, 3000),
      startAt,
      firstNumber: firstNumbers[i] ?? 1,
    }));
    const warmLatency = new LatencyRecorder();
    for (const result of warm.results) for (const ms of result.latencies) warmLatency.record(ms);
    warmUp = {
      offeredPerSecond: firstRate,
      ackedPerSecond: Math.round(
        (warm.results.reduce((sum, result) => sum + result.accepted, 0) /
          Math.max(...warm.results.map((result) => result.elapsedMs))) *
          1000,
      ),
      ackP99Ms: warmLatency.summary().p99Ms,
      refused: warm.results.reduce((sum, result) => sum + result.refused, 0),
    };
    await settle(1000);
    for (const rate of params.rates) {
      const perClientRate = rate / clients;
      if (perClientRate > maxPerClientRate) break;
      const step = await phase<Stepped>(pool, params.serverPid, "saturationStep", (startAt, i) => ({
        pollId,
        perClientRate,
        durationMs: params.holdMs,
        startAt,
        firstNumber: firstNumbers[i] ?? 1,
      }));
      const latency = new LatencyRecorder();
      for (const result of step.results) for (const ms of result.latencies) latency.record(ms);
      const accepted = step.results.reduce((sum, result) => sum + result.accepted, 0);
      const refused = step.results.reduce((sum, result) => sum + result.refused, 0);
      const heldBack = step.results.reduce((sum, result) => sum + result.heldBack, 0);
      const elapsedMs = Math.max(...step.results.map((result) => result.elapsedMs));
      const ackedPerSecond = Math.round((accepted / elapsedMs) * 1000);
      const summary = latency.summary();
      const held = refused === 0 && summary.p99Ms < ackP99LimitMs && ackedPerSecond >= rate * 0.97;
      steps.push({
        offeredPerSecond: rate,
        ackedPerSecond,
        ackP50Ms: summary.p50Ms,
        ackP99Ms: summary.p99Ms,
        refused,
        heldBack,
        held,
        cpu: step.cpu(step.results),
      });
      process.stdout.write(
        `    offered ${rate}/s: acknowledged ${ackedPerSecond}/s, ack p99 ${summary.p99Ms} ms${held ? "" : " (lags)"}\n`,
      );
      if (!held) break;
      await settle(1000);
    }
  } finally {
    await Promise.all(pool.workers.map((worker) => worker.run("saturationClose", {}, 60_000)));
  }
  const held = steps.filter((step) => step.held).map((step) => step.offeredPerSecond);
  return { heldPerSecond: held.length ? Math.max(...held) : null, clients, holdMs: params.holdMs, warmUp, steps };
}
