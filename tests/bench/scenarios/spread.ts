import { LatencyRecorder, type Percentiles } from "../lib/histogram.js";
import type { Pool } from "../lib/ipc.js";
import { openNamedPoll } from "./room.js";
import type { spreadArrivals, spreadBaselineCast, spreadCast } from "./spread-tasks.js";
import { settle, split } from "./storm.js";

export type SpreadParams = {
  /** The nodes the room connects to: link i of a process's share goes to urls[i % urls.length]. */
  urls: string[];
  /** The bare Socket.IO server, for the same-run baseline (none for two nodes). */
  baselineUrl?: string;
  chairLink: string;
  delegateLinks: string[];
  /** Room sizes, growing: each adds delegates to the room already connected. */
  sizes: number[];
  ballots: number;
  /** After each ballot has reached the caster's process, this long before the next. */
  gapMs: number;
};

/** One size of the spread fan-out: ours, the baseline's, each generator process's CPU. */
export type SpreadRow = {
  clients: number;
  ours: Percentiles;
  ack: Percentiles;
  baseline: Percentiles | null;
  frameBytes: number;
  /** Ballots (or broadcasts) that did not reach every client. */
  incomplete: number;
  /** Ballots whose last delivery came after the next ballot was cast (they overlapped). */
  overlapping: number;
  generatorProcesses: number;
  /** Each generator process's CPU while the ballots were delivered, percent of one core. */
  generatorCpuPercent: number[];
  baselineGeneratorCpuPercent: number[];
};

type Arrivals = Awaited<ReturnType<typeof spreadArrivals>>;

/** The delivery of each cast to the whole room: the last arrival over every process, minus the cast. */
async function deliveries(
  pool: Pool,
  casts: { seq: number; sentAt: number }[],
  size: number,
  baseline: boolean,
): Promise<{ latency: LatencyRecorder; incomplete: number; overlapping: number; cpu: number[] }> {
  const seqs = casts.map((cast) => cast.seq);
  const reports: Arrivals[] = await Promise.all(
    pool.workers.map((worker) =>
      worker.run<Arrivals>("spreadArrivals", { seqs, baseline }, 60_000).then(({ result }) => result),
    ),
  );
  const latency = new LatencyRecorder();
  let incomplete = 0;
  let overlapping = 0;
  casts.forEach((cast, index) => {
    const count = reports.reduce((sum, report) => sum + (report.arrivals[index]?.count ?? 0), 0);
    const last = Math.max(...reports.map((report) => report.arrivals[index]?.last ?? 0));
    if (count < size) {
      incomplete += 1;
      return;
    }
    latency.record(last - cast.sentAt);
    const next = casts[index + 1];
    if (next && last > next.sentAt) overlapping += 1;
  });
  return { latency, incomplete, overlapping, cpu: reports.map((report) => report.cpuPercent) };
}

/**
 * Fan-out over a room spread across the generator processes (and, for two nodes, across the
 * nodes): for each size, delegates join until the room has that many, then one delegate casts
 * `ballots` ballots one after another and each is timed from its cast until every client in
 * every process has it. The baseline does the same with the same frame on the bare server.
 */
export async function spreadFanout(pool: Pool, params: SpreadParams): Promise<SpreadRow[]> {
  const [firstUrl] = params.urls;
  if (!firstUrl) throw new Error("no node to connect to");
  const pollId = await openNamedPoll(firstUrl, params.chairLink, "Fan-out across processes: adopt the expectation?");
  const rows: SpreadRow[] = [];
  let joined = 0;
  const [caster] = pool.workers;
  if (!caster) throw new Error("no generator process");
  try {
    for (const size of params.sizes) {
      const shares = split(params.delegateLinks.slice(joined, size), pool.size);
      await Promise.all(
        pool.workers.map((worker, i) =>
          worker.run(
            "spreadJoin",
            {
              urls: params.urls,
              links: shares[i] ?? [],
              firstNumber: joined + 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0),
              pollId,
            },
            30 * 60_000,
          ),
        ),
      );
      joined = size;
      await settle(1000);
      await Promise.all(pool.workers.map((worker) => worker.run("spreadMark", {}, 10_000)));
      const { result: cast } = await caster.run<Awaited<ReturnType<typeof spreadCast>>>(
        "spreadCast",
        { pollId, ballots: params.ballots, gapMs: params.gapMs },
        30 * 60_000,
      );
      const ours = await deliveries(pool, cast.casts, size, false);
      const ack = new LatencyRecorder();
      for (const each of cast.casts) ack.record(each.ackMs);

      let baseline: Awaited<ReturnType<typeof deliveries>> | null = null;
      if (params.baselineUrl) {
        const baselineShares = split(
          Array.from({ length: size }, (_, i) => i),
          pool.size,
        );
        await Promise.all(
          pool.workers.map((worker, i) =>
            worker.run(
              "spreadBaselineJoin",
              { url: params.baselineUrl, count: baselineShares[i]?.length ?? 0 },
              30 * 60_000,
            ),
          ),
        );
        await settle(500);
        await Promise.all(pool.workers.map((worker) => worker.run("spreadMark", {}, 10_000)));
        const { result: broadcast } = await caster.run<Awaited<ReturnType<typeof spreadBaselineCast>>>(
          "spreadBaselineCast",
          { frame: cast.frame, broadcasts: params.ballots, gapMs: params.gapMs },
          30 * 60_000,
        );
        baseline = await deliveries(pool, broadcast.casts, size, true);
        await Promise.all(pool.workers.map((worker) => worker.run("spreadBaselineClose", {}, 60_000)));
      }
      rows.push({
        clients: size,
        ours: ours.latency.summary(),
        ack: ack.summary(),
        baseline: baseline?.latency.summary() ?? null,
        frameBytes: Buffer.byteLength(JSON.stringify(cast.frame)),
        incomplete: ours.incomplete + (baseline?.incomplete ?? 0),
        overlapping: ours.overlapping,
        generatorProcesses: pool.size,
        generatorCpuPercent: ours.cpu,
        baselineGeneratorCpuPercent: baseline?.cpu ?? [],
      });
      process.stdout.write(
        `    ${size} clients: p99 ${ours.latency.at(99)} ms${baseline ? `, bare ${baseline.latency.at(99)} ms` : ""}\n`,
      );
    }
  } finally {
    await Promise.all(pool.workers.map((worker) => worker.run("spreadClose", {}, 120_000)));
  }
  return rows;
}

/** p99 over p99, to two decimals. */
export const ratioP99 = (ours: Percentiles, baseline: Percentiles | null) =>
  baseline && baseline.p99Ms > 0 ? Math.round((ours.p99Ms / baseline.p99Ms) * 100) / 100 : null;
