import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChainReport } from "@trilogue/shared";

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs a root `pnpm <script> …args` as an operator would, with only the given environment. */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["--silent", script, ...args], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, out, err }));
  });
}

/** Runs `pnpm verify-log <id> --json` as an operator would, against the given database. */
export async function runVerifyLog(
  id: string,
  env: Record<string, string>,
): Promise<{ code: number | null; reports: ChainReport[] }> {
  const { code, out, err } = await runScript("verify-log", [id, "--json"], env);
  try {
    return { code, reports: JSON.parse(out) as ChainReport[] };
  } catch {
    throw new Error(`verify-log printed no report (exit ${code}):\n${out}\n${err}`);
  }
}
