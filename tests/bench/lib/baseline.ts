import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { processCpuSeconds } from "./servers.js";

/** The bare Socket.IO server of the fan-out and storm baselines, in its own process. */
export type BaselineServer = { url: string; pid: number | undefined; cpuSeconds(): number; stop(): void };

export async function startBaselineServer(): Promise<BaselineServer> {
  const path = fileURLToPath(new URL("../baseline-server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", path], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("baseline server did not start")), 30_000);
    child.stdout.once("data", (chunk: Buffer) => {
      clearTimeout(timer);
      resolve((JSON.parse(chunk.toString()) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: () => child.kill("SIGTERM"),
  };
}
