import { readFileSync } from "node:fs";
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
  const preload = fileURLToPath(new URL("./cpu-profile-preload.mjs", import.meta.url));
  const nodeOptions = ["--expose-gc", ...(profileDir ? [`--import=${preload}`] : [])];
  const proc = await startServerProcess(
    {
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
      ...env,
    },
    port,
  );
  return {
    kind,
    url: proc.url,
    operatorToken: testOperatorToken,
    process: proc,
    cpuSeconds: () => processCpuSeconds(proc.child.pid),
    async stop() {
      await proc.stop();
      await database.drop();
    },
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
