/**
 * `pnpm --filter @trilogue/tests exec tsx bench/cpu-per-ballot.ts`: the server's CPU per named
 * ballot at a fixed offered rate, the figure that a loaded machine disturbs least (the saturation
 * search's wall-clock figures move with the load; CPU a ballot hardly does).
 *
 *   --db=postgres|pglite   the database (default postgres)
 *   --rate=1000            ballots a second offered, in all (default 1000)
 *   --steps=3              how many steps of --hold ms at that rate (default 3), after a 3 s warm-up
 *   --hold=10000           each step's length
 *   --clients=600          delegations casting (spread over --generators=4 processes)
 *   --node-options=…       V8 flags added to the server's NODE_OPTIONS (to compare, e.g. --max-semi-space-size=32)
 *
 * Each step prints the acknowledged rate, ack p50/p99, the server's CPU ms per acknowledged ballot
 * (from /proc, user + system) and the step's epoch window (to cut a BENCH_CPU_PROF profile to it).
 */

import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import pg from "pg";
import type { DatabaseKind } from "../src/support/databases.js";
import { LatencyRecorder } from "./lib/histogram.js";
import { forkPool } from "./lib/ipc.js";
import { prepareConsultation } from "./lib/operator.js";
import { startBenchServer } from "./lib/servers.js";
import { openNamedPoll } from "./scenarios/room.js";
import type { saturationStep } from "./scenarios/saturation-tasks.js";
import { phase, settle, split } from "./scenarios/storm.js";

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const kind: DatabaseKind = arg("db", "postgres") === "pglite" ? "pglite" : "postgres";
const rate = Number(arg("rate", "1000"));
const steps = Number(arg("steps", "3"));
const holdMs = Number(arg("hold", "10000"));
const clients = Number(arg("clients", "600"));
const generators = Number(arg("generators", "4"));

type Stepped = Awaited<ReturnType<typeof saturationStep>>;

/** The CPU ms so far of the server's threads other than its main one (PGlite's worker, V8's GC helpers, libuv). */
function otherThreadsCpu(pid: number | undefined): number {
  if (pid === undefined) return 0;
  let sum = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    if (tid === String(pid)) continue;
    try {
      const { user, system } = cpuOf(pid, `/task/${tid}`);
      sum += user + system;
    } catch {
      // The thread ended meanwhile.
    }
  }
  return sum;
}

/** A process's (or one of its threads') user and system CPU so far, in ms (from /proc, in ticks of 10 ms). */
function cpuOf(pid: number | undefined, thread = ""): { user: number; system: number } {
  if (pid === undefined) return { user: 0, system: 0 };
  const stat = readFileSync(`/proc/${pid}${thread}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/** Extra V8 flags for the server process, e.g. --node-options=--max-semi-space-size=32 (to compare). */
const nodeOptions = arg("node-options", "");
const server = await startBenchServer(kind, nodeOptions ? { NODE_OPTIONS: `--expose-gc ${nodeOptions}` } : {});
/** PostgreSQL's count of the server database's commits: ballots per commit is the group commit's batch. */
const databaseUrl = readFileSync(`/proc/${server.process.child.pid}/environ`, "utf8")
  .split("\0")
  .find((entry) => entry.startsWith("DATABASE_URL="))
  ?.slice(13);
const stats = databaseUrl ? new pg.Client({ connectionString: databaseUrl }) : null;
await stats?.connect();
/** CPU ms so far of each PostgreSQL backend serving the server's database (null without PostgreSQL). */
const backendsCpu = async (): Promise<Map<number, number> | null> => {
  if (!stats) return null;
  const { rows } = await stats.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
  );
  const used = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const { user, system } = cpuOf(pid);
      used.set(pid, user + system);
    } catch {
      // The backend ended meanwhile.
    }
  }
  return used;
};
/** CPU the backends used between two readings (a backend that ended in between is not counted). */
const backendsUsed = (before: Map<number, number> | null, after: Map<number, number> | null) =>
  before && after ? [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0) : null;
const commits = async () => {
  if (!stats) return 0;
  const { rows } = await stats.query<{ n: string }>(
    "select xact_commit::text as n from pg_stat_database where datname = current_database()",
  );
  return Number(rows[0]?.n ?? 0);
};
const pool = forkPool("generator.ts", generators);
try {
  const room = await prepareConsultation(server.url, server.operatorToken, clients, "CPU per ballot");
  const pollId = await openNamedPoll(server.url, room.chairLink, "CPU per ballot?", "on_close");
  const shares = split(room.delegateLinks, pool.size);
  const firstNumbers = shares.map((_, i) => 1 + shares.slice(0, i).reduce((sum, share) => sum + share.length, 0));
  await Promise.all(
    pool.workers.map((worker, i) =>
      worker.run(
        "saturationJoin",
        { url: server.url, links: shares[i] ?? [], firstNumber: firstNumbers[i] ?? 1 },
        600_000,
      ),
    ),
  );
  const pid = server.process.child.pid;
  for (let step = 0; step <= steps; step++) {
    await settle(1000);
    const warmUp = step === 0;
    const before = cpuOf(pid);
    const othersBefore = otherThreadsCpu(pid);
    const commitsBefore = await commits();
    const backendsBefore = await backendsCpu();
    const ran = await phase<Stepped>(pool, pid, "saturationStep", (startAt, i) => ({
      pollId,
      perClientRate: rate / clients,
      durationMs: warmUp ? 3000 : holdMs,
      startAt,
      firstNumber: firstNumbers[i] ?? 1,
    }));
    const after = cpuOf(pid);
    const othersMs = otherThreadsCpu(pid) - othersBefore;
    await settle(600);
    const commitsDuring = (await commits()) - commitsBefore;
    const backendsAfter = await backendsCpu();
    const userMs = after.user - before.user;
    const systemMs = after.system - before.system;
    const endAt = Date.now();
    const latency = new LatencyRecorder();
    for (const result of ran.results) for (const ms of result.latencies) latency.record(ms);
    const accepted = ran.results.reduce((sum, result) => sum + result.accepted, 0);
    const refused = ran.results.reduce((sum, result) => sum + result.refused, 0);
    const elapsedMs = Math.max(...ran.results.map((result) => result.elapsedMs));
    const summary = latency.summary();
    const line = {
      step: warmUp ? "warm-up" : step,
      kind,
      offered: rate,
      ackedPerSecond: Math.round((accepted / elapsedMs) * 1000),
      refused,
      ackP50Ms: summary.p50Ms,
      ackP99Ms: summary.p99Ms,
      serverCpuMsPerBallot: Math.round(((userMs + systemMs) / Math.max(1, accepted)) * 1000) / 1000,
      otherThreadsMsPerBallot: Math.round((othersMs / Math.max(1, accepted)) * 1000) / 1000,
      userMsPerBallot: Math.round((userMs / Math.max(1, accepted)) * 1000) / 1000,
      systemMsPerBallot: Math.round((systemMs / Math.max(1, accepted)) * 1000) / 1000,
      postgresCpuMsPerBallot: ((used) =>
        used === null ? null : Math.round((used / Math.max(1, accepted)) * 1000) / 1000)(
        backendsUsed(backendsBefore, backendsAfter),
      ),
      generatorCpuMsPerBallot:
        Math.round((ran.results.reduce((sum, result) => sum + result.cpuMs, 0) / Math.max(1, accepted)) * 1000) / 1000,
      ballotsPerCommit: stats ? Math.round((accepted / Math.max(1, commitsDuring)) * 10) / 10 : null,
      serverPercent: ran.cpu(ran.results).serverPercent,
      generatorPercent: ran.cpu(ran.results).generatorProcessesPercent,
      load: loadavg().map((l) => Math.round(l * 10) / 10),
      window: [Math.round(ran.startAt), endAt],
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  await Promise.all(pool.workers.map((worker) => worker.run("saturationClose", {}, 60_000)));
} finally {
  for (const worker of pool.workers) worker.stop();
  await stats?.end();
  await server.stop();
}
