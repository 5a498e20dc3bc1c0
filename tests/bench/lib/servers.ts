import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../../src/support/databases.js";
import { type ServerProcess, startServerProcess } from "../../src/support/process.js";
import { testOperatorToken } from "../../src/support/server.js";

/** A Trilogue server process under test, with its own database. */
export type BenchServer = {
  kind: DatabaseKind;
  url: string;
  operatorToken: string;
  process: ServerProcess;
  /** CPU seconds the server process has used so far (from /proc), for the report. */
  cpuSeconds(): number;
  stop(): Promise<void>;
};

/** Where the server's CPU profiles go when BENCH_CPU_PROF names a folder (see cpu-profile-preload.mjs). */
const profileDir = process.env.BENCH_CPU_PROF;

/**
 * Starts the real server (`server/src/server.ts`) in its own process on a fresh database, with
 * the per-IP limits raised: every bench client comes from 127.0.0.1, as if a whole conference
 * sat behind one address. `--expose-gc` lets the memory figure be read after a collection.
 */
export async function startBenchServer(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  port?: number,
): Promise<BenchServer> {
  const database: TestDatabase = await createTestDatabase(kind);
  const proc = await startServerProcess(benchEnv(database, env), port);
  return {
    ...benchServer(kind, proc),
    async stop() {
      await proc.stop();
      await database.drop();
    },
  };
}

/** The server's environment for a bench: limits raised, quiet logs, GC exposed, profiles when asked. */
function benchEnv(database: TestDatabase, env: Record<string, string>): Record<string, string> {
  const preload = fileURLToPath(new URL("./cpu-profile-preload.mjs", import.meta.url));
  const nodeOptions = [
    "--expose-gc",
    ...(profileDir ? [`--import=${preload}`] : []),
    // Extra flags for the server's Node (--perf-basic-prof, for `perf record` of its CPU time).
    ...(process.env.BENCH_SERVER_NODE_OPTIONS ? [process.env.BENCH_SERVER_NODE_OPTIONS] : []),
  ];
  return {
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    DATA_DIR: database.dataDir,
    DEMO: "false",
    LOG_LEVEL: "warn",
    JOIN_RATE_LIMIT_PER_MINUTE: "1000000",
    COMMAND_RATE_PER_IP: "1000000",
    // The scenarios prepare their rooms through the operator API: a thousand calls for 500 delegations.
    OPERATOR_RATE_LIMIT_PER_MINUTE: "1000000",
    NODE_OPTIONS: nodeOptions.join(" "),
    ...(profileDir ? { BENCH_CPU_PROF: profileDir } : {}),
    // The proof workers' tasks, one line each (server/src/polls/proof-worker.mjs).
    ...(process.env.PROOF_TRACE_FILE ? { PROOF_TRACE_FILE: process.env.PROOF_TRACE_FILE } : {}),
    ...env,
  };
}

function benchServer(kind: DatabaseKind, proc: ServerProcess): Omit<BenchServer, "stop"> {
  return {
    kind,
    url: proc.url,
    operatorToken: testOperatorToken,
    process: proc,
    cpuSeconds: () => processCpuSeconds(proc.child.pid),
  };
}

/** The Redis the two-node deployment shares (TEST_REDIS_URL, as the tests name it). */
export const benchRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * Two app nodes on one fresh PostgreSQL database and one Redis (channels of their own), as the
 * two-node deployment runs them.
 */
export async function startNodePair(): Promise<{ nodes: [BenchServer, BenchServer]; stop(): Promise<void> }> {
  const database = await createTestDatabase("postgres");
  const shared = { REDIS_URL: benchRedisUrl, REDIS_CHANNEL_PREFIX: `bench-${randomUUID()}` };
  const a = await startServerProcess(benchEnv(database, shared));
  const b = await startServerProcess(benchEnv(database, { ...shared, DATA_DIR: join(database.dataDir, "b") })).catch(
    async (error: unknown) => {
      await a.stop();
      await database.drop();
      throw error;
    },
  );
  const stopAll = async () => {
    await Promise.allSettled([a.stop(), b.stop()]);
    await database.drop();
  };
  return {
    nodes: [
      { ...benchServer("postgres", a), stop: stopAll },
      { ...benchServer("postgres", b), stop: stopAll },
    ],
    stop: stopAll,
  };
}

/** User plus system CPU time of a process, from /proc/<pid>/stat (Linux), in seconds. */
export function processCpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100;
  } catch {
    return 0;
  }
}
