import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ChainReport } from "@trilogue/shared";

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const serverPackage = fileURLToPath(new URL("../../../server", import.meta.url));

/**
 * Runs an operator's script with only the given environment: `server/scripts/<script>.ts`, which the
 * root `pnpm <script>` runs through two pnpm processes that cost more CPU than most scripts (the
 * `viaPnpm` option takes that road, as an operator types it; `scripts.test.ts` checks the mapping).
 */
export function runScript(
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  options: { viaPnpm?: boolean } = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs, cwd] = options.viaPnpm
      ? ["pnpm", ["--silent", script, ...args], repositoryRoot]
      : [process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], serverPackage];
    const child = spawn(command, commandArgs, {
      cwd,
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
