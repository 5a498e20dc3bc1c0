import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { buildApp, loadConfig } from "@trilogue/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { testOperatorToken } from "../support/server.js";

/** Every folder and file under `root`, with its permission bits. */
function modes(root: string): { path: string; mode: number; dir: boolean }[] {
  const stat = statSync(root);
  const here = { path: root, mode: stat.mode & 0o777, dir: stat.isDirectory() };
  if (!here.dir) return [here];
  return [here, ...readdirSync(root).flatMap((name) => modes(join(root, name)))];
}

describe("DATA_DIR is the server's user's alone (embedded database)", () => {
  let database: TestDatabase;
  const lines: string[] = [];

  beforeAll(async () => {
    // Empty: the folder is laid out below as an earlier version of the server left it.
    database = await createTestDatabase("pglite", { fresh: true });
    // As an earlier version left it: world-readable folder, world-writable database files.
    chmodSync(database.dataDir, 0o777);
    mkdirSync(join(database.dataDir, "pglite"), { mode: 0o777 });
    writeFileSync(join(database.dataDir, "pglite", "leftover"), "x", { mode: 0o666 });
    chmodSync(join(database.dataDir, "pglite", "leftover"), 0o666);
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config = loadConfig({
      PORT: "0",
      DATA_DIR: database.dataDir,
      LOG_LEVEL: "info",
      OPERATOR_TOKEN: testOperatorToken,
    });
    const app = await buildApp(config, { logger: { level: "info", stream } });
    await app.close();
  }, 120_000);
  afterAll(async () => {
    await database?.drop();
  });

  it("closes the folder and every file to other users: folders 0700, files 0600", () => {
    const entries = modes(database.dataDir);
    expect(entries.length).toBeGreaterThan(10);
    const open = entries.filter((entry) => (entry.mode & 0o077) !== 0).map((entry) => entry.path);
    expect(open).toEqual([]);
    expect(statSync(database.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(database.dataDir, "demo-links.json")).mode & 0o777).toBe(0o600);
  });

  it("says what it changed, and logs no secret", () => {
    const log = lines.join("");
    expect(log).toMatch(/DATA_DIR was open to other users: closed \d+ folders and files/);
    expect(log).toContain("leftover");
    expect(log).not.toContain(testOperatorToken);
    expect(log).not.toMatch(/join#/);
  });
});
