import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** How much CPU a process used over a scenario: percent of one core (200 is both cores here). */
export type CpuReport = { userMs: number; systemMs: number; wallMs: number; percent: number };

/** A request to a bench process, and its answer. */
export type Request<P> = { id: number; task: string; params: P };
export type Reply =
  | { id: number; ok: true; result: unknown; cpu: CpuReport }
  | { id: number; ok: false; error: string };

/** Measures this process's CPU over `work`. */
export async function withCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuReport }> {
  const start = process.cpuUsage();
  const began = performance.now();
  const result = await work();
  const used = process.cpuUsage(start);
  const wallMs = performance.now() - began;
  const userMs = used.user / 1000;
  const systemMs = used.system / 1000;
  return {
    result,
    cpu: {
      userMs: Math.round(userMs),
      systemMs: Math.round(systemMs),
      wallMs: Math.round(wallMs),
      percent: Math.round(((userMs + systemMs) / wallMs) * 100),
    },
  };
}

/** A bench process started with tsx, answering tasks over the IPC channel one at a time. */
export type Worker = {
  run<T>(task: string, params: unknown, timeoutMs: number): Promise<{ result: T; cpu: CpuReport }>;
  stop(): void;
};

/** Forks `bench/<file>` (relative to the bench folder) as a Node process running TypeScript through tsx. */
export function forkBenchProcess(file: string): Worker {
  const path = fileURLToPath(new URL(`../${file}`, import.meta.url));
  // BENCH_CPU_PROF profiles the bench processes too (written as <name>-<pid>.cpuprofile on exit).
  const profile = process.env.BENCH_CPU_PROF
    ? ["--import", fileURLToPath(new URL("./cpu-profile-preload.mjs", import.meta.url))]
    : [];
  const child = fork(path, [], {
    execArgv: ["--import", "tsx", ...profile],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env: { ...process.env, BENCH_PROFILE_NAME: file.replace(/\.ts$/, "") },
  });
  let next = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  child.on("message", (message: Reply) => waiting.get(message.id)?.(message));
  child.on("exit", (code) => {
    for (const settle of waiting.values()) settle({ id: 0, ok: false, error: `bench process exited with ${code}` });
  });
  return {
    run<T>(task: string, params: unknown, timeoutMs: number) {
      const id = next++;
      return new Promise<{ result: T; cpu: CpuReport }>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`${task} did not finish in ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(id, (reply) => {
          clearTimeout(timer);
          waiting.delete(id);
          if (reply.ok) resolve({ result: reply.result as T, cpu: reply.cpu });
          else reject(new Error(`${task} failed: ${reply.error}`));
        });
        child.send({ id, task, params } satisfies Request<unknown>);
      });
    },
    stop() {
      child.kill("SIGTERM");
    },
  };
}

/** Serves tasks in a forked bench process: each request runs its handler and answers with its CPU use. */
export function serveTasks(handlers: Record<string, (params: never) => Promise<unknown>>): void {
  process.on("message", (message: Request<unknown>) => {
    const handler = handlers[message.task];
    const send = (reply: Reply) => process.send?.(reply);
    if (!handler) {
      send({ id: message.id, ok: false, error: `unknown task ${message.task}` });
      return;
    }
    withCpu(() => handler(message.params as never)).then(
      ({ result, cpu }) => send({ id: message.id, ok: true, result, cpu }),
      (error: unknown) =>
        send({
          id: message.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        }),
    );
  });
  // The parent's exit closes the channel: go with it. An orderly exit also writes a --cpu-prof profile.
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}

/** Several generator processes, each holding a share of a scenario's clients. */
export type Pool = { size: number; workers: Worker[]; stop(): void };

export function forkPool(file: string, size: number): Pool {
  const workers = Array.from({ length: size }, () => forkBenchProcess(file));
  return {
    size,
    workers,
    stop: () => {
      for (const worker of workers) worker.stop();
    },
  };
}
