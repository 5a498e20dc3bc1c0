import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ConfigError, loadConfig } from "@trilogue/server";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/databases.js";
import { startServerProcess } from "../support/process.js";

/** The configuration error `loadConfig` raises for `env`, or a failure if it accepts it. */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("accepts an empty environment with working defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", LOG_LEVEL: "info", DEMO: true });
    // README promises `data/` at the repository's root, although `pnpm start` runs in `server/`.
    expect(config.DATA_DIR).toBe(resolve(import.meta.dirname, "../../../data"));
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PUBLIC_URL).toBe("http://localhost:3000");
  });

  it("treats an empty value as unset", () => {
    const config = loadConfig({ PORT: "", DATABASE_URL: "" });
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("names PORT when it is not a port number", () => {
    expect(refusal({ PORT: "abc" }).message).toMatch(/\bPORT\b/);
    expect(refusal({ PORT: "70000" }).message).toMatch(/\bPORT\b/);
  });

  it("names DATABASE_URL when it is not a PostgreSQL URL", () => {
    const error = refusal({ DATABASE_URL: "mysql://x" });
    expect(error.message).toMatch(/\bDATABASE_URL\b/);
    expect(error.message).not.toMatch(/\bPORT\b/);
  });

  it("names LOG_LEVEL when it is not a level", () => {
    expect(refusal({ LOG_LEVEL: "loud" }).message).toMatch(/\bLOG_LEVEL\b/);
  });

  it("refuses REDIS_URL without DATABASE_URL and says why", () => {
    const error = refusal({ REDIS_URL: "redis://127.0.0.1:6379" });
    expect(error.message).toMatch(/\bREDIS_URL\b/);
    expect(error.message).toMatch(/\bDATABASE_URL\b/);
    expect(error.message).toMatch(/PGlite.*one process/);
    expect(
      loadConfig({ REDIS_URL: "redis://127.0.0.1:6379", DATABASE_URL: "postgres://root@127.0.0.1:5432/test" }),
    ).toMatchObject({ REDIS_URL: "redis://127.0.0.1:6379" });
  });

  it("names every offending variable at once", () => {
    const message = refusal({ PORT: "abc", LOG_LEVEL: "loud", PUBLIC_URL: "ftp://example.org" }).message;
    for (const name of ["PORT", "LOG_LEVEL", "PUBLIC_URL"]) expect(message).toContain(name);
  });
});

describe("the README's configuration table", () => {
  it("lists every variable the server reads", () => {
    const source = readFileSync(resolve(import.meta.dirname, "../../../server/src/config/config.ts"), "utf8");
    const schema = source.slice(source.indexOf("z\n  .object({"), source.indexOf(".superRefine"));
    const variables = [...schema.matchAll(/^ {4}([A-Z][A-Z_]+):/gm)].map((match) => match[1]);
    expect(variables).toContain("DATABASE_URL");
    const readme = readFileSync(resolve(import.meta.dirname, "../../../README.md"), "utf8");
    for (const variable of variables) expect(readme, variable).toMatch(new RegExp(`^\\| \`${variable}\` `, "m"));
  });
});

/** The server package, where `tsx` resolves; the process is started as `pnpm start` would. */
const serverPackage = resolve(import.meta.dirname, "../../../server");

/** Runs the real server entry with `env` (and nothing inherited that configures Trilogue). */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: serverPackage,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not exit; stderr so far: ${stderr}`));
    }, 90_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr });
    });
  });
}

describe("the server process with a bad environment", () => {
  it("exits non-zero before touching anything, naming PORT", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "trilogue-config-"));
    const dataDir = join(scratch, "data");
    try {
      const { code, stderr } = await runServer({ PORT: "notaport", DATA_DIR: dataDir });
      expect(code).not.toBe(0);
      expect(stderr).toMatch(/\bPORT\b/);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("exits non-zero when REDIS_URL comes without DATABASE_URL, saying why", async () => {
    const { code, stderr } = await runServer({ REDIS_URL: "redis://127.0.0.1:6379" });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/REDIS_URL needs DATABASE_URL/);
  });
});

describe("the server process's log when nobody reads it at a terminal", () => {
  it("is one JSON object a line, and names the file that holds the demo's links", async () => {
    // A copy of the demo's template, as a second start finds it: an empty folder would spend most
    // of this test initialising PGlite, which boot.test.ts covers.
    const database = await createTestDatabase("pglite");
    const dataDir = database.dataDir;
    const server = await startServerProcess({ DATA_DIR: dataDir, DEMO: "true" });
    try {
      // Ready answers before the start-up lines are written: wait for the last of them.
      const deadline = Date.now() + 30_000;
      while (!server.output().includes("Trilogue is ready at") && Date.now() < deadline) {
        await new Promise((resolvePromise) => setTimeout(resolvePromise, 50));
      }
      const lines = server.output().trim().split("\n");
      const entries = lines.map((line) => JSON.parse(line) as { msg?: string });
      expect(entries.map((entry) => entry.msg)).toContain(
        `Demo consultation ready. Its invitation links (chair, secretary, delegations) are in ${join(dataDir, "demo-links.json")}`,
      );
      expect(entries.some((entry) => entry.msg?.startsWith("Trilogue is ready at http"))).toBe(true);
    } finally {
      await server.stop();
      await database.drop();
    }
  }, 150_000);
});
