/**
 * `pnpm bench`: Trilogue's load benchmarks against real server processes on loopback.
 *
 *   pnpm bench                 the full run (50/200/500 clients), once
 *   pnpm bench --runs=3        three runs; the figures are the median of each
 *   pnpm bench --quick         small numbers, for developing the bench itself
 *   pnpm bench --only=storm    some scenarios only (storm, stormsecret, throughput, fanout, export, firstload,
 *                              stormbaseline, browserstorm, scale, twonodes, saturation;
 *                              pglite, postgres), e.g. --only=stormsecret,postgres
 *   pnpm bench --generators=1  hold the vote storm's clients in one generator process (default 2)
 *   pnpm bench --scale-generators=6    processes for the 1,000/2,000 rooms, two nodes, saturation (default 4)
 *   BENCH_CPU_PROF=/tmp/prof pnpm bench    also write CPU profiles of the server and the generators
 *
 * This process prepares databases, servers and consultations (through the operator API) and
 * writes the report; the load generator runs in its own process (generator.ts), and the fan-out
 * baseline is a bare Socket.IO server in a third (baseline-server.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { DatabaseKind } from "../src/support/databases.js";
import { startBaselineServer } from "./lib/baseline.js";
import { measureExportsIfPresent } from "./lib/exports.js";
import { type CpuReport, forkPool, type Pool } from "./lib/ipc.js";
import { medianOf } from "./lib/median.js";
import { prepareConsultation } from "./lib/operator.js";
import type { PhaseCpu } from "./lib/phase-cpu.js";
import { type BenchReport, checkTargets, perClient, toMarkdown } from "./lib/report.js";
import { type BenchServer, startBenchServer } from "./lib/servers.js";
import { type BrowserStormDetails, browserDuringStorm } from "./scenarios/browser-storm.js";
import type { FanoutRow } from "./scenarios/fanout.js";
import { type FirstLoadResult, firstLoad } from "./scenarios/first-load.js";
import { saturation } from "./scenarios/saturation.js";
import { joinStormAt } from "./scenarios/scale.js";
import { ratioP99, spreadFanout } from "./scenarios/spread.js";
import { storm } from "./scenarios/storm.js";
import { ratioOf, stormBaseline } from "./scenarios/storm-baseline.js";
import { stormSecret } from "./scenarios/storm-secret.js";
import type { ThroughputResult } from "./scenarios/throughput.js";
import { twoNodes } from "./scenarios/two-nodes.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
/** Whether a scenario or database is part of this run. */
const wanted = (name: string, group: readonly string[]) =>
  !only?.some((o) => group.includes(o)) || (only?.includes(name) ?? true);
const scenarios = [
  "storm",
  "stormsecret",
  "throughput",
  "fanout",
  "export",
  "firstload",
  // Issue 21: the storms' same-run baseline (runs with the storm; this name selects both), the
  // browser during a storm, rooms of 1,000 and 2,000, two nodes, ballots a second at saturation.
  "stormbaseline",
  "browserstorm",
  "scale",
  "twonodes",
  "saturation",
];
const databases = ["postgres", "pglite"];
/** Generator processes sharing the vote storm's room (fan-out and throughput use the first). */
const generators = Math.min(4, Math.max(1, Number(args.find((a) => a.startsWith("--generators="))?.slice(13) ?? 2)));
/** Generator processes for the rooms of 1,000 and 2,000, two nodes and saturation. */
const scaleGenerators = Math.min(
  8,
  Math.max(1, Number(args.find((a) => a.startsWith("--scale-generators="))?.slice(19) ?? 4)),
);
const runs = Math.min(5, Math.max(1, Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 1)));

/** How big each scenario is. */
const scale = quick
  ? { sizes: [10, 30], ballots: 30, storm: 40, casters: 20, rate: 10, durationMs: 2000 }
  : { sizes: [50, 200, 500], ballots: 200, storm: 500, casters: 500, rate: 6, durationMs: 5000 };

/** How big issue 21's scenarios are. */
const scale21 = quick
  ? {
      sizes: [40, 80],
      ballots: 20,
      gapMs: 20,
      twoNodes: 40,
      browserStorm: 40,
      saturationCasters: 20,
      saturationRates: [10, 20, 40, 80, 160, 320],
      holdMs: 2000,
    }
  : {
      sizes: [1000, 2000],
      ballots: 100,
      gapMs: 50,
      twoNodes: 1000,
      browserStorm: 500,
      saturationCasters: 600,
      saturationRates: Array.from({ length: 12 }, (_, i) => (i + 1) * 1000),
      holdMs: 10_000,
    };

const minute = 60_000;
const resultsDir = fileURLToPath(new URL("../../bench-results/", import.meta.url));

type Cpu = BenchReport["details"]["cpu"];

/** A phase's CPU time per client, server and generators: what one join costs each side. */
const perJoin = (cpu: PhaseCpu, clients: number) =>
  `server ${perClient(cpu.serverCpuMs, clients) ?? "–"} ms, generators ${perClient(cpu.generatorCpuMs, clients) ?? "–"} ms`;

/** Runs a generator task, reporting its CPU and the server's over the same time. */
async function measured<T>(
  cpu: Cpu,
  name: string,
  server: BenchServer,
  run: () => Promise<{ result: T; cpu: CpuReport }>,
): Promise<T> {
  const before = server.cpuSeconds();
  const began = performance.now();
  const { result, cpu: generator } = await run();
  const serverPercent = Math.round(((server.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100);
  cpu[name] = { generator, serverPercent };
  process.stdout.write(`  ${name}: done (generator ${generator.percent}% CPU, server ${serverPercent}%)\n`);
  return result;
}

async function runOnce(): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const pool = forkPool("generator.ts", generators);
  const generator = pool.workers[0];
  if (!generator) throw new Error("no generator process");
  const baseline = await startBaselineServer();
  const cpu: Cpu = {};
  const partial: Omit<BenchReport, "details" | "exportMs" | "firstLoad"> = {
    fanout: [],
    voteStorm: [],
    voteStormSecret: [],
    joinStorm: [],
    memoryPerClientKb: null,
    ballotsPerSecond: { pglite: null, postgres: null },
    browserDuringStorm: [],
    twoNodes: null,
    ballotsPerSecondSaturation: { pglite: null, postgres: null },
  };
  // Issue 21's scenarios spread their rooms over more processes, forked only when one of them runs.
  let scalePool: Pool | undefined;
  const spreadPool = () => {
    scalePool ??= forkPool("generator.ts", scaleGenerators);
    return scalePool;
  };
  const stormBaselines: Record<string, unknown> = {};
  const saturationDetails: Record<string, unknown> = {};
  let browserStormDetails: BrowserStormDetails[] | null = null;
  let twoNodesDetails: unknown = null;
  const throughputDetails: Record<string, unknown> = {};
  const memoryDetails: Record<string, unknown> = {};
  try {
    // Only start a server per database when a scenario run on it is wanted.
    const perDatabase = ["storm", "stormbaseline", "stormsecret", "throughput", "saturation", "fanout"].some((name) =>
      wanted(name, scenarios),
    );
    for (const kind of (["postgres", "pglite"] as DatabaseKind[]).filter((k) => perDatabase && wanted(k, databases))) {
      process.stdout.write(`${kind}:\n`);
      const server = await startBenchServer(kind);
      try {
        if (wanted("storm", scenarios) || wanted("stormbaseline", scenarios)) {
          const stormRoom = await prepareConsultation(server.url, server.operatorToken, scale.storm, "Vote storm");
          const before = server.cpuSeconds();
          const began = performance.now();
          const stormed = await storm(pool, {
            url: server.url,
            operatorToken: server.operatorToken,
            serverPid: server.process.child.pid,
            ...stormRoom,
            readSnapshot: true,
          });
          cpu[`storm ${kind}`] = {
            generator: null,
            generatorProcesses: generators,
            serverPercent: Math.round(((server.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100),
          };
          const steps = stormed.joinStorm.phases;
          process.stdout.write(
            `  storm ${kind}: done (join storm ${stormed.joinStorm.allReadyMs} ms; p50/max joined ${steps.joined.p50Ms}/${steps.joined.maxMs}, connected ${steps.connected.p50Ms}/${steps.connected.maxMs}, ready ${steps.ready.p50Ms}/${steps.ready.maxMs} ms; server ${stormed.joinStorm.cpu.serverPercent}%, generators ${stormed.joinStorm.cpu.generatorProcessesPercent?.join("/")}%; CPU per join ${perJoin(stormed.joinStorm.cpu, stormed.joinStorm.clients)}; from ${stormed.joinStorm.startAt} epoch ms)\n`,
          );
          // The same work on the bare Socket.IO server, at once, in the same processes.
          const bare = stormed.snapshot
            ? await stormBaseline(pool, {
                baselineUrl: baseline.url,
                baselinePid: baseline.pid,
                clients: stormed.joinStorm.clients,
                snapshot: stormed.snapshot,
                tally: stormed.tallyEvents,
              })
            : null;
          stormBaselines[kind] = bare;
          process.stdout.write(
            `  storm baseline ${kind}: join ${bare?.joinMs} ms (CPU per join ${bare ? perJoin(bare.cpu.join, bare.clients) : "–"}), vote ${bare?.voteMs} ms\n`,
          );
          partial.joinStorm.push({
            ...stormed.joinStorm,
            database: kind,
            baselineMs: bare?.joinMs ?? Number.NaN,
            ratio: bare ? ratioOf(stormed.joinStorm.allReadyMs, bare.joinMs) : null,
          });
          partial.voteStorm.push({
            ...stormed.voteStorm,
            database: kind,
            baselineMs: bare?.voteMs ?? Number.NaN,
            ratio: bare ? ratioOf(stormed.voteStorm.finalTallyMs, bare.voteMs) : null,
          });
          memoryDetails[kind] = stormed.memory;
          if (kind === "postgres") partial.memoryPerClientKb = stormed.memory.perClientKb;
        }

        if (wanted("stormsecret", scenarios)) {
          const secretRoom = await prepareConsultation(server.url, server.operatorToken, scale.storm, "Secret storm");
          const before = server.cpuSeconds();
          const began = performance.now();
          const secret = await stormSecret(pool, {
            url: server.url,
            operatorToken: server.operatorToken,
            serverPid: server.process.child.pid,
            ...secretRoom,
          });
          cpu[`secret storm ${kind}`] = {
            generator: null,
            generatorProcesses: generators,
            serverPercent: Math.round(((server.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100),
          };
          process.stdout.write(`  secret storm ${kind}: done\n`);
          partial.voteStormSecret.push({ ...secret, database: kind });
        }

        if (wanted("throughput", scenarios)) {
          const castRoom = await prepareConsultation(server.url, server.operatorToken, scale.casters, "Throughput");
          const sustained = await measured(cpu, `throughput ${kind}`, server, () =>
            generator.run<ThroughputResult>(
              "throughput",
              { url: server.url, ...castRoom, durationMs: scale.durationMs, perClientRate: scale.rate },
              5 * minute,
            ),
          );
          partial.ballotsPerSecond[kind] = sustained.ballotsPerSecond;
          throughputDetails[kind] = sustained;
        }

        if (wanted("saturation", scenarios)) {
          const room = await prepareConsultation(
            server.url,
            server.operatorToken,
            scale21.saturationCasters,
            "Saturation",
          );
          process.stdout.write(`  saturation ${kind}:\n`);
          const found = await saturation(spreadPool(), {
            url: server.url,
            serverPid: server.process.child.pid,
            ...room,
            rates: scale21.saturationRates,
            holdMs: scale21.holdMs,
          });
          partial.ballotsPerSecondSaturation[kind] = found.heldPerSecond;
          saturationDetails[kind] = found;
        }

        if (kind === "postgres" && wanted("fanout", scenarios)) {
          const biggest = Math.max(...scale.sizes);
          const fanRoom = await prepareConsultation(server.url, server.operatorToken, biggest, "Fan-out");
          const before = baseline.cpuSeconds();
          const began = performance.now();
          const rows = await measured(cpu, "fanout", server, () =>
            generator.run<FanoutRow[]>(
              "fanout",
              { url: server.url, baselineUrl: baseline.url, ...fanRoom, sizes: scale.sizes, ballots: scale.ballots },
              15 * minute,
            ),
          );
          const fanCpu = cpu.fanout;
          if (fanCpu) {
            fanCpu.baselinePercent = Math.round(
              ((baseline.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100,
            );
          }
          partial.fanout = rows.map((row) => ({
            clients: row.clients,
            p50Ms: row.ours.p50Ms,
            p99Ms: row.ours.p99Ms,
            maxMs: row.ours.maxMs,
            baselineP50Ms: row.baseline.p50Ms,
            baselineP99Ms: row.baseline.p99Ms,
            ratioP99: Math.round((row.ours.p99Ms / row.baseline.p99Ms) * 100) / 100,
            baselineMaxMs: row.baseline.maxMs,
            frameBytes: row.frameBytes,
            incomplete: row.incomplete,
            ackP50Ms: row.ack.p50Ms,
            ackP99Ms: row.ack.p99Ms,
            database: kind,
          }));
        }
      } catch (error) {
        process.stderr.write(`server output (${kind}):\n${server.process.output().slice(-4000)}\n`);
        throw error;
      } finally {
        await server.stop();
      }
    }

    if (wanted("scale", scenarios)) {
      // Rooms of 1,000 and 2,000 on one node (PostgreSQL), spread over the scale pool's processes.
      process.stdout.write("scale (postgres):\n");
      const server = await startBenchServer("postgres");
      const spread = spreadPool();
      try {
        for (const size of scale21.sizes) {
          const before = server.cpuSeconds();
          const began = performance.now();
          const joined = await joinStormAt(spread, server, baseline, size);
          cpu[`join storm ${size}`] = {
            generator: null,
            generatorProcesses: spread.size,
            generatorProcessesPercent: joined.row.cpu.generatorProcessesPercent,
            serverPercent: Math.round(((server.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100),
          };
          stormBaselines[`join ${size}`] = joined.baseline;
          partial.joinStorm.push({ ...joined.row, database: "postgres" });
          process.stdout.write(
            `  join storm ${size}: ${joined.row.allReadyMs} ms (bare ${joined.row.baselineMs} ms; p50/max joined ${joined.row.phases.joined.p50Ms}/${joined.row.phases.joined.maxMs}, connected ${joined.row.phases.connected.p50Ms}/${joined.row.phases.connected.maxMs}, ready ${joined.row.phases.ready.p50Ms}/${joined.row.phases.ready.maxMs} ms), server ${joined.row.cpu.serverPercent}%, generators ${joined.row.cpu.generatorProcessesPercent?.join("/")}% CPU, CPU per join ${perJoin(joined.row.cpu, size)} (bare ${perJoin(joined.baseline.cpu.join, size)})${joined.row.failed ? `; ${joined.row.failed} failed: ${JSON.stringify(joined.row.errors)}` : ""}\n`,
          );
        }
        const biggest = Math.max(...scale21.sizes);
        const room = await prepareConsultation(server.url, server.operatorToken, biggest, "Fan-out, large rooms");
        const before = server.cpuSeconds();
        const began = performance.now();
        const rows = await spreadFanout(spread, {
          urls: [server.url],
          baselineUrl: baseline.url,
          ...room,
          sizes: scale21.sizes,
          ballots: scale21.ballots,
          gapMs: scale21.gapMs,
        });
        cpu["fanout spread"] = {
          generator: null,
          generatorProcesses: spread.size,
          generatorProcessesPercent: rows.at(-1)?.generatorCpuPercent,
          serverPercent: Math.round(((server.cpuSeconds() - before) / ((performance.now() - began) / 1000)) * 100),
        };
        for (const row of rows) {
          partial.fanout.push({
            clients: row.clients,
            p50Ms: row.ours.p50Ms,
            p99Ms: row.ours.p99Ms,
            maxMs: row.ours.maxMs,
            baselineP50Ms: row.baseline?.p50Ms ?? Number.NaN,
            baselineP99Ms: row.baseline?.p99Ms ?? Number.NaN,
            ratioP99: ratioP99(row.ours, row.baseline) ?? Number.NaN,
            baselineMaxMs: row.baseline?.maxMs ?? Number.NaN,
            frameBytes: row.frameBytes,
            incomplete: row.incomplete,
            ackP50Ms: row.ack.p50Ms,
            ackP99Ms: row.ack.p99Ms,
            database: "postgres",
            generatorProcesses: row.generatorProcesses,
            generatorCpuPercent: row.generatorCpuPercent,
            overlapping: row.overlapping,
          });
        }
      } catch (error) {
        process.stderr.write(`server output (scale):\n${server.process.output().slice(-4000)}\n`);
        throw error;
      } finally {
        await server.stop();
      }
    }

    if (wanted("twonodes", scenarios)) {
      process.stdout.write("two nodes (postgres, redis):\n");
      const measuredTwo = await twoNodes(spreadPool(), {
        clients: scale21.twoNodes,
        ballots: scale21.ballots,
        gapMs: scale21.gapMs,
      });
      partial.twoNodes = measuredTwo.figure;
      twoNodesDetails = measuredTwo.details;
      process.stdout.write(
        `  two nodes: p99 ${measuredTwo.figure.crossNodeP99Ms} ms across, ${measuredTwo.figure.singleNodeP99Ms} ms on one node\n`,
      );
    }

    if (wanted("browserstorm", scenarios)) {
      process.stdout.write("browser during a vote storm (postgres, Chromium):\n");
      const pages = await browserDuringStorm(pool, scale21.browserStorm);
      partial.browserDuringStorm = pages.rows;
      browserStormDetails = pages.details;
    }
  } finally {
    pool.stop();
    scalePool?.stop();
    baseline.stop();
  }
  const exports = wanted("export", scenarios)
    ? await measureExportsIfPresent()
    : { figures: { md: null, pdf: null, docx: null, json: null }, note: "not run (--only)" };
  // Chromium through an emulated link: alone, after the servers of the other scenarios have stopped.
  let firstLoadDetails: FirstLoadResult["details"] | null = null;
  let firstLoadFigure: BenchReport["firstLoad"] = null;
  if (wanted("firstload", scenarios)) {
    const { details, ...figure } = await firstLoad();
    firstLoadFigure = figure;
    firstLoadDetails = details;
    process.stdout.write(`  first load: done (cold ${figure.coldMs} ms, warm ${figure.warmMs} ms)\n`);
  }
  const figures = { ...partial, exportMs: exports.figures, firstLoad: firstLoadFigure };
  return {
    ...figures,
    details: {
      startedAt,
      runs: 1,
      loadAverage: loadavg(),
      node: process.version,
      generatorProcesses: generators,
      cpus: cpus().length,
      cpu,
      throughput: throughputDetails,
      memory: memoryDetails,
      exportNote: exports.note,
      firstLoad: firstLoadDetails,
      stormBaselines,
      browserDuringStorm: browserStormDetails,
      twoNodes: twoNodesDetails,
      saturation: saturationDetails,
      targets: checkTargets(figures, heapOf(memoryDetails)),
    },
  };
}

/** The JavaScript heap's growth per client on PostgreSQL, from the storm's memory details. */
const heapOf = (memory: Record<string, unknown>) =>
  (memory.postgres as { heapPerClientKb?: number } | undefined)?.heapPerClientKb;

async function main() {
  const reports: BenchReport[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`— run ${run} of ${runs}${quick ? " (quick)" : ""}\n`);
    reports.push(await runOnce());
  }
  const merged = medianOf(reports);
  const report: BenchReport = {
    ...merged,
    details: {
      ...merged.details,
      runs,
      targets: checkTargets(merged, heapOf(merged.details.memory)),
      loadAverage: loadavg(),
    },
  };
  mkdirSync(resultsDir, { recursive: true });
  const stamp = report.details.startedAt.replace(/[:.]/g, "-");
  // A partial run (--quick, --only) must not pass for the figures of record.
  const name = quick || only ? "partial" : "latest";
  writeFileSync(`${resultsDir}${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${resultsDir}run-${stamp}.json`, `${JSON.stringify({ report, runs: reports }, null, 2)}\n`);
  const markdown = toMarkdown(report);
  writeFileSync(`${resultsDir}${name}.md`, markdown);
  process.stdout.write(`\n${markdown}\nWritten to ${resultsDir}${name}.json and ${name}.md\n`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
