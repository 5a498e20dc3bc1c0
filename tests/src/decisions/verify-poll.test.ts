import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Board, decryptShare, makeTrusteeKey } from "@trilogue/shared";
import { honestBoard } from "@trilogue/shared/testing";
import { describe, expect, it } from "vitest";
import { runScript } from "../support/verify-log.js";

const folder = mkdtempSync(join(tmpdir(), "verify-poll-"));

/** Runs `pnpm verify-poll` on a board written to a file; returns its exit code and output. */
async function verifyPoll(board: Board, name: string): Promise<{ code: number; out: string }> {
  const file = join(folder, `${name}.json`);
  writeFileSync(file, JSON.stringify(board));
  const { code, out } = await runScript("verify-poll", [file], {});
  return { code: code ?? -1, out };
}

describe("pnpm verify-poll", () => {
  const board = honestBoard({
    optionCount: 3,
    maxChoices: 1,
    floor: 2,
    voters: [
      { group: ["council"], choices: [0] },
      { group: ["council"], choices: [2] },
      { group: ["council"], choices: [0] },
      { group: ["council", "tpcc"], choices: [1] },
      { group: ["council", "tpcc"], choices: [1] },
      { group: ["council", "tpcc"], choices: [0] },
    ],
  });

  it("verifies an honest board and prints its result", async () => {
    const { code, out } = await verifyPoll(board, "honest");
    expect(code).toBe(0);
    expect(out).toContain("verified");
    expect(out).toContain("all: 3 / 2 / 1");
  }, 60_000);

  it("exits non-zero naming a forged partial decryption", async () => {
    const forged = structuredClone(board);
    const trustee = forged.partials[0];
    if (!trustee) throw new Error("no trustee");
    trustee.partials = decryptShare(
      forged.pollId,
      trustee.trusteeId,
      makeTrusteeKey(forged.pollId, "x").secret,
      forged.aggregates ?? [],
    );
    const { code, out } = await verifyPoll(forged, "forged");
    expect(code).not.toBe(0);
    expect(out).toMatch(/FAILED {2}trustee trustee-0: the partial decryption of scope all, option 1 does not verify/);
  }, 60_000);

  it("exits non-zero naming a dropped ballot", async () => {
    const dropped = structuredClone(board);
    dropped.ballots.splice(1, 1);
    dropped.turnout -= 1;
    const { code, out } = await verifyPoll(dropped, "dropped");
    expect(code).not.toBe(0);
    expect(out).toMatch(/FAILED {2}the aggregate of scope all is not the sum of the ballots on the board/);
  }, 60_000);

  it("needs every trustee's decryption share, a named delegation's among them", async () => {
    const four = honestBoard({
      optionCount: 2,
      maxChoices: 1,
      trustees: 4,
      voters: [0, 1, 1].map((choice) => ({ group: ["tpcc"], choices: [choice] })),
    });
    expect((await verifyPoll(four, "four-trustees")).out).toContain("all: 1 / 2");
    const missing = structuredClone(four);
    missing.partials = missing.partials.filter((p) => p.trusteeId !== "trustee-3");
    const { code, out } = await verifyPoll(missing, "missing-trustee");
    expect(code).not.toBe(0);
    expect(out).toContain("FAILED  a result without the decryption share of trustee-3");
  }, 60_000);
});
