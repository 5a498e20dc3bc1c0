import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/browser.js";
import { runScript } from "../support/verify-log.js";

/** The operator's commands README names, each a root `pnpm <name>`. */
const operatorScripts = ["verify-log", "verify-poll", "backup", "restore", "archive"] as const;
const rootScripts: Record<string, string> = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts;

// The other suites run `server/scripts/<name>.ts` straight (runScript): this one holds them to what
// an operator types.
describe("the operator's pnpm scripts", () => {
  it.each(operatorScripts)("`pnpm %s` runs server/scripts/%s.ts", (name) => {
    expect(rootScripts[name]).toBe(`pnpm --filter @trilogue/server exec tsx scripts/${name}.ts`);
    expect(existsSync(join(repoRoot, "server", "scripts", `${name}.ts`))).toBe(true);
  });

  it("answers through pnpm as run straight: `pnpm verify-poll` without a board says how to use it", async () => {
    const viaPnpm = await runScript("verify-poll", [], {}, { viaPnpm: true });
    const straight = await runScript("verify-poll", [], {});
    expect(viaPnpm.err).toContain("usage: pnpm verify-poll <board.json>");
    expect(straight.err).toContain("usage: pnpm verify-poll <board.json>");
    expect(viaPnpm.code).not.toBe(0);
    expect(straight.code).not.toBe(0);
  });
});
