import type { SecretStormFigure } from "../scenarios/storm-secret.js";
import type { CpuReport } from "./ipc.js";
import type { PhaseCpu } from "./phase-cpu.js";

/** One fan-out size, in the shape the issue fixes (plus the database and frame size). */
export type FanoutFigure = {
  clients: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  baselineP50Ms: number;
  baselineP99Ms: number;
  ratioP99: number;
  baselineMaxMs: number;
  frameBytes: number;
  incomplete: number;
  /** The caster's acknowledgement (cast to commit), inside p50/p99 above. */
  ackP50Ms: number;
  ackP99Ms: number;
  database: string;
};

export type VoteStormFigure = {
  clients: number;
  ackP99Ms: number;
  finalTallyMs: number;
  eventLoopMaxStallMs: number;
  ackP50Ms: number;
  ackMaxMs: number;
  refused: number;
  database: string;
  /** The generator's and the server's CPU during the storm itself. */
  cpu: PhaseCpu;
};

export type ExportFigures = { md: number | null; pdf: number | null; docx: number | null; json: number | null };

/** `bench-results/latest.json`: the issue's shape first, then what explains it. */
export type BenchReport = {
  fanout: FanoutFigure[];
  voteStorm: VoteStormFigure[];
  /** The vote storm on a secret poll: sealed ballots, proofs checked off the event loop, the tally verified. */
  voteStormSecret: (SecretStormFigure & { database: string })[];
  joinStorm: { clients: number; allReadyMs: number; database: string; failed: number; cpu: PhaseCpu }[];
  memoryPerClientKb: number | null;
  ballotsPerSecond: { pglite: number | null; postgres: number | null };
  exportMs: ExportFigures;
  /** The delegate view through a 400 kbit/s, 400 ms link in Chromium (null when not run). */
  firstLoad: { coldMs: number; warmMs: number; jsKbCompressed: number } | null;
  /** Extra: how each figure was obtained and what the machine was doing. */
  details: {
    startedAt: string;
    runs: number;
    loadAverage: number[];
    node: string;
    cpus: number;
    /** CPU of the load generator, the server and the baseline server per scenario (percent of one core). */
    cpu: Record<
      string,
      {
        /** The one generator process's CPU over the scenario; per phase instead for the storm (see its rows). */
        generator: CpuReport | null;
        generatorProcesses?: number;
        serverPercent: number;
        baselinePercent?: number;
      }
    >;
    /** Generator processes the vote storm's room was spread over. */
    generatorProcesses: number;
    throughput: Record<string, unknown>;
    memory: Record<string, unknown>;
    exportNote: string;
    /** How the first load was measured, and its parts. */
    firstLoad?: unknown;
    targets: { what: string; target: string; value: string; met: boolean | null }[];
  };
};

const fmt = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(value) ? "–" : String(value);

/** The Markdown table written beside the JSON, also pasted into the README. */
export function toMarkdown(report: BenchReport): string {
  const lines = [
    `Benchmarks of ${report.details.startedAt} (${report.details.runs === 1 ? "one run" : `median of ${report.details.runs} runs`}; load average ${report.details.loadAverage.map((n) => n.toFixed(2)).join(", ")}; Node ${report.details.node}, ${report.details.cpus} cores).`,
    "",
    "| fan-out clients | p50 ms | p99 ms | max ms | bare Socket.IO p50 | bare p99 | ratio p99 |",
    "| --: | --: | --: | --: | --: | --: | --: |",
    ...report.fanout.map(
      (row) =>
        `| ${row.clients} | ${fmt(row.p50Ms)} | ${fmt(row.p99Ms)} | ${fmt(row.maxMs)} | ${fmt(row.baselineP50Ms)} | ${fmt(row.baselineP99Ms)} | ${fmt(row.ratioP99)} |`,
    ),
    "",
    "| vote storm | clients | ack p99 ms | final tally at every client ms | longest event-loop stall ms | CPU busiest generator process / server |",
    "| --- | --: | --: | --: | --: | --: |",
    ...report.voteStorm.map(
      (row) =>
        `| ${row.database} | ${row.clients} | ${fmt(row.ackP99Ms)} | ${fmt(row.finalTallyMs)} | ${fmt(row.eventLoopMaxStallMs)} | ${fmt(row.cpu?.generatorPercent)}% / ${fmt(row.cpu?.serverPercent)}% |`,
    ),
    "",
    "| secret vote storm | clients | ack p99 ms | turnout at every client ms | longest event-loop stall ms | close to verified result at every client ms | board check ms | sealing a ballot p50 / max ms | CPU busiest generator process / server |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: |",
    ...(report.voteStormSecret ?? []).map(
      (row) =>
        `| ${row.database} | ${row.clients} | ${fmt(row.ackP99Ms)} | ${fmt(row.finalTallyMs)} | ${fmt(row.eventLoopMaxStallMs)} | ${fmt(row.tallyMs)} | ${fmt(row.boardVerifyMs)} | ${fmt(row.encryptP50Ms)} / ${fmt(row.encryptMaxMs)} | ${fmt(row.cpu?.generatorPercent)}% / ${fmt(row.cpu?.serverPercent)}% |`,
    ),
    "",
    "| figure | value |",
    "| --- | --: |",
    ...report.joinStorm.map(
      (row) =>
        `| join storm, ${row.clients} clients ready (${row.database}; CPU busiest generator process ${fmt(row.cpu?.generatorPercent)}%, server ${fmt(row.cpu?.serverPercent)}%) | ${fmt(row.allReadyMs)} ms |`,
    ),
    `| server memory per connected client (RSS growth; JavaScript heap growth ${fmt((report.details.memory.postgres as { heapPerClientKb?: number } | undefined)?.heapPerClientKb)} KB) | ${fmt(report.memoryPerClientKb)} KB |`,
    `| ballots per second, PostgreSQL | ${fmt(report.ballotsPerSecond.postgres)} |`,
    `| ballots per second, PGlite | ${fmt(report.ballotsPerSecond.pglite)} |`,
    ...(["md", "pdf", "docx", "json"] as const).map(
      (format) => `| export ${format} | ${fmt(report.exportMs[format])} ms |`,
    ),
    `| first load of the delegate view, 400 kbit/s and 400 ms: cold / warm | ${fmt(report.firstLoad?.coldMs)} / ${fmt(report.firstLoad?.warmMs)} ms |`,
    `| … its JavaScript as sent (compressed) | ${fmt(report.firstLoad?.jsKbCompressed)} KB |`,
    "",
    "| target | wanted | measured | met |",
    "| --- | --- | --- | :-: |",
    ...report.details.targets.map(
      (t) => `| ${t.what} | ${t.target} | ${t.value} | ${t.met === null ? "–" : t.met ? "yes" : "**no**"} |`,
    ),
    "",
    `Load generator CPU (percent of one core) per scenario: ${Object.entries(report.details.cpu)
      .map(([name, cpu]) =>
        cpu.generator
          ? `${name} ${cpu.generator.percent}% (server ${cpu.serverPercent}%)`
          : `${name} in ${cpu.generatorProcesses} processes, per phase above (server ${cpu.serverPercent}%)`,
      )
      .join(
        "; ",
      )}. The vote and join storms spread the room over ${report.details.generatorProcesses} generator processes.`,
    "",
  ];
  return lines.join("\n");
}

/** Checks every figure against the issue's targets for this machine. */
export function checkTargets(
  report: Omit<BenchReport, "details">,
  heapPerClientKb?: number,
): BenchReport["details"]["targets"] {
  const targets: BenchReport["details"]["targets"] = [];
  const add = (
    what: string,
    target: string,
    value: number | null | undefined,
    met: (v: number) => boolean,
    unit = "",
  ) =>
    targets.push({
      what,
      target,
      value: value === null || value === undefined || Number.isNaN(value) ? "–" : `${value}${unit}`,
      met: value === null || value === undefined || Number.isNaN(value) ? null : met(value),
    });
  const biggest = report.fanout.reduce<FanoutFigure | undefined>(
    (a, b) => (!a || b.clients > a.clients ? b : a),
    undefined,
  );
  add(`fan-out ratio p99 at ${biggest?.clients ?? "–"} clients`, "≤ 1.5", biggest?.ratioP99, (v) => v <= 1.5);
  for (const row of report.voteStorm) {
    add(`vote storm ack p99 (${row.database}, ${row.clients})`, "< 300 ms", row.ackP99Ms, (v) => v < 300, " ms");
    add(`vote storm final tally (${row.database})`, "< 500 ms", row.finalTallyMs, (v) => v < 500, " ms");
    add(`vote storm event-loop stall (${row.database})`, "≤ 100 ms", row.eventLoopMaxStallMs, (v) => v <= 100, " ms");
  }
  for (const row of report.voteStormSecret ?? []) {
    const at = `(${row.database}, ${row.clients})`;
    add(`secret vote storm ack p99 ${at}`, "< 1500 ms", row.ackP99Ms, (v) => v < 1500, " ms");
    add(`secret vote storm event-loop stall ${at}`, "≤ 100 ms", row.eventLoopMaxStallMs, (v) => v <= 100, " ms");
    add(`secret poll: verified result at every client ${at}`, "< 2000 ms", row.tallyMs, (v) => v < 2000, " ms");
    add(`sealing a ballot (Node, the page's code) ${at}`, "< 200 ms", row.encryptMaxMs, (v) => v < 200, " ms");
  }
  for (const row of report.joinStorm) {
    add(`join storm ready (${row.database}, ${row.clients})`, "< 3000 ms", row.allReadyMs, (v) => v < 3000, " ms");
  }
  // RSS growth is what the issue names, but the allocator reuses memory freed before the first
  // reading: the check takes the larger of it and the JavaScript heap's growth.
  const memory = [report.memoryPerClientKb, heapPerClientKb].filter((kb): kb is number => typeof kb === "number");
  add(
    "memory per client (larger of RSS and heap growth)",
    "< 100 KB",
    memory.length ? Math.max(...memory) : null,
    (v) => v < 100,
    " KB",
  );
  add("ballots per second, PostgreSQL", "≥ 2000", report.ballotsPerSecond.postgres, (v) => v >= 2000);
  add("ballots per second, PGlite", "≥ 1000", report.ballotsPerSecond.pglite, (v) => v >= 1000);
  add("first load, cold (400 kbit/s, 400 ms)", "< 8000 ms", report.firstLoad?.coldMs, (v) => v < 8000, " ms");
  add("first load, warm", "< 1500 ms", report.firstLoad?.warmMs, (v) => v < 1500, " ms");
  add("delegate JavaScript, compressed", "≤ 150 KB", report.firstLoad?.jsKbCompressed, (v) => v <= 150, " KB");
  return targets;
}
